package dev.baton.hub.turns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.chat.MessageRef;
import dev.baton.hub.HubFixture;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.wire.WireMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A turn's acknowledgements: queued once (a Slack reaction each), then delivered. */
class TurnAcknowledgementTest {
    @TempDir
    Path dir;

    @Test
    void a_turn_is_acknowledged_as_queued_once_then_as_delivered() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "hello");
            MessageRef reply = hub.reply(s.thread(), "ana", "add a README");
            WireMessage.DeliverTurn turn = hub.daemon.messages(WireMessage.DeliverTurn.class).getLast();
            hub.event(s.id(), new SessionEvent.TurnQueued(turn.turnId(), turn.number(), Sender.parse("web:ana"),
                    turn.text(), 0));
            hub.event(s.id(), new SessionEvent.TurnDelivered(turn.turnId(), turn.number(), turn.text()));
            assertEquals(List.of("queued #1", "delivered"), hub.web.acknowledgements(reply),
                    "the hub says queued when it takes the turn; the daemon's queued event adds nothing to show");
        }
    }
}
