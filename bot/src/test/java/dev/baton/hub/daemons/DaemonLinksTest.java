package dev.baton.hub.daemons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.hub.store.HubStore;
import dev.baton.hub.store.SqliteHubStore;
import dev.baton.hub.testing.RecordingDaemonLink;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.wire.QueryKind;
import dev.baton.protocol.wire.WireMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reaching daemons: the outbox for what must arrive, nothing queued for what is only worth having now. */
class DaemonLinksTest {
    static final SessionId S = SessionId.random();
    static final Sender ANA = Sender.parse("web:ana");

    @TempDir
    Path dir;

    @Test
    void reliable_messages_for_an_offline_daemon_are_resent_in_order_minus_what_it_acknowledged() {
        try (HubStore store = SqliteHubStore.open(dir.resolve("hub.db"))) {
            DaemonLinks links = new DaemonLinks(store);
            links.sendReliable("d1", new WireMessage.DeliverTurn(S, "t1", 1, ANA, "one"));
            links.sendReliable("d1", new WireMessage.DeliverTurn(S, "t2", 2, ANA, "two"));
            links.sendReliable("d1", new WireMessage.Kill(S, false, ANA));
            RecordingDaemonLink d1 = new RecordingDaemonLink("d1", List.of("demo"), List.of("/r"), 1);
            assertEquals(Optional.empty(), links.connected(d1));
            links.resend(d1);
            assertEquals(List.of("t2"), d1.messages(WireMessage.DeliverTurn.class).stream().map(WireMessage.DeliverTurn::turnId).toList(),
                    "number 1 was applied before the daemon went away");
            assertEquals(1, d1.messages(WireMessage.Kill.class).size());
            links.acked("d1", 3);
            assertEquals(List.of(), store.unacked("d1"));
        }
    }

    @Test
    void immediate_messages_and_queries_are_not_kept_for_an_offline_daemon() {
        try (HubStore store = SqliteHubStore.open(dir.resolve("hub.db"))) {
            DaemonLinks links = new DaemonLinks(store);
            assertFalse(links.sendNow("d1", new WireMessage.SendKeys(S, List.of("esc"), ANA)));
            assertEquals(Optional.empty(), links.query("d1", S, QueryKind.SCREEN, Duration.ofSeconds(1)));
            assertEquals(List.of(), store.unacked("d1"));
        }
    }

    @Test
    void a_query_completes_with_its_answer_or_times_out() {
        try (HubStore store = SqliteHubStore.open(dir.resolve("hub.db"))) {
            DaemonLinks links = new DaemonLinks(store);
            RecordingDaemonLink d1 = new RecordingDaemonLink("d1", List.of("demo"), List.of("/r"), 0);
            links.connected(d1);
            CompletableFuture<WireMessage.QueryResult> screen = links.query("d1", S, QueryKind.SCREEN,
                    Duration.ofSeconds(10)).orElseThrow();
            WireMessage.Query asked = d1.messages(WireMessage.Query.class).getLast();
            assertEquals(QueryKind.SCREEN, asked.kind());
            links.answered(new WireMessage.QueryResult(asked.requestId(), true, "$ "));
            assertEquals("$ ", screen.join().text());

            CompletableFuture<WireMessage.QueryResult> slow = links.query("d1", S, QueryKind.DIFF,
                    Duration.ofMillis(50)).orElseThrow();
            CompletionException e = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class, slow::join);
            assertTrue(e.getCause() instanceof TimeoutException, String.valueOf(e.getCause()));
        }
    }

    @Test
    void a_newer_connection_replaces_the_old_one_and_the_old_ones_close_changes_nothing() {
        try (HubStore store = SqliteHubStore.open(dir.resolve("hub.db"))) {
            DaemonLinks links = new DaemonLinks(store);
            RecordingDaemonLink first = new RecordingDaemonLink("d1", List.of("demo"), List.of("/r"), 0);
            RecordingDaemonLink second = new RecordingDaemonLink("d1", List.of("demo"), List.of("/r"), 0);
            links.connected(first);
            assertEquals(Optional.of(first), links.connected(second));
            assertFalse(links.disconnected(first), "a stale link going away is not the daemon going away");
            assertTrue(links.online("d1"));
            assertTrue(links.disconnected(second));
            assertFalse(links.online("d1"));
        }
    }
}
