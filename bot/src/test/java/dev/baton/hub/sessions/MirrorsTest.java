package dev.baton.hub.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChannelRef;
import dev.baton.chat.Platform;
import dev.baton.chat.ThreadRef;
import dev.baton.hub.HubFixture;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.wire.WireMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One session in several threads: its card everywhere, turns from any thread, shown in the others. */
class MirrorsTest {
    static final ChannelRef OPS = new ChannelRef(Platform.WEB, "ops");

    @TempDir
    Path dir;

    private static String name(HubFixture hub) {
        return hub.daemon.messages(WireMessage.StartSession.class).getLast().name();
    }

    @Test
    void a_mirror_gets_its_own_card_and_its_replies_are_turns_shown_in_the_first_thread() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "hello");
            hub.command("ana", OPS, Optional.empty(), "mirror " + name(hub));
            ThreadRef mirror = hub.web.threadsStarted().getLast().thread();
            assertEquals(OPS, mirror.channel());
            assertTrue(hub.web.texts(mirror).getFirst().startsWith("This thread mirrors session " + name(hub)));
            assertTrue(hub.web.texts(s.thread()).getLast().startsWith("ana mirrored " + name(hub) + " into web:ops/"));

            hub.reply(mirror, "bob", "from ops");
            WireMessage.DeliverTurn turn = hub.daemon.messages(WireMessage.DeliverTurn.class).getLast();
            assertEquals("from ops", turn.text());
            assertEquals("Turn #1 from bob on web: from ops", hub.web.texts(s.thread()).getLast());

            hub.event(s.id(), new SessionEvent.StateChanged(SessionState.STARTING, SessionState.RUNNING, "spawned"));
            long edited = hub.web.calls("update").stream().map(c -> c.where().substring(0, c.where().indexOf('#')))
                    .filter(w -> w.equals(s.thread().key()) || w.equals(mirror.key())).distinct().count();
            assertEquals(2, edited, "the card is edited in both threads");
        }
    }

    @Test
    void unmirror_unbinds_the_thread_so_its_replies_are_no_longer_turns() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "hello");
            hub.command("ana", OPS, Optional.empty(), "mirror " + name(hub));
            ThreadRef mirror = hub.web.threadsStarted().getLast().thread();
            hub.command("ana", mirror, "unmirror");
            hub.reply(mirror, "bob", "anyone?");
            assertEquals(List.of(), hub.daemon.messages(WireMessage.DeliverTurn.class));
            assertTrue(hub.web.texts(s.thread()).getLast().startsWith("ana ended the mirror of " + name(hub)));
        }
    }

    @Test
    void a_session_cannot_be_mirrored_twice_into_one_channel_nor_from_inside_a_session_thread() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "hello");
            hub.command("ana", HubFixture.GENERAL, Optional.empty(), "mirror " + name(hub));
            assertEquals("Session " + name(hub) + " already has a thread in this channel.",
                    hub.web.calls("answer").getLast().text());
            hub.command("ana", s.thread(), "mirror " + name(hub));
            assertTrue(hub.web.calls("answer").getLast().text().startsWith("Run /agent mirror NAME in a channel"));
        }
    }
}
