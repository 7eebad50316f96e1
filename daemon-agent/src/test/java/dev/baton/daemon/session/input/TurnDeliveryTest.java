package dev.baton.daemon.session.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.RecordingEvents;
import dev.baton.daemon.testing.RecordingTerminal;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Key;
import dev.baton.protocol.session.Sender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Turns into a recording terminal: never mid-turn, text and Enter as two writes, and a pause that holds them. */
class TurnDeliveryTest {
    static final Sender ANA = new Sender(Sender.Surface.WEB, "ana");
    static final Sender BOB = new Sender(Sender.Surface.CLI, "bob");

    @TempDir
    Path dir;
    RecordingEvents events;
    final RecordingTerminal terminal = new RecordingTerminal();
    final InputDelivery input = new InputDelivery(Duration.ZERO);

    @BeforeEach
    void open() {
        events = RecordingEvents.open(dir);
    }

    @AfterEach
    void close() {
        events.close();
    }

    TurnDelivery delivery(String vendor) {
        return new TurnDelivery(vendor, input, terminal, events.events());
    }

    @Test
    void a_turn_waits_while_the_agent_works_and_goes_in_once_it_waits() {
        TurnDelivery turns = delivery("claude");
        assertTrue(turns.queue(new Turn("t1", 1, ANA, "fix the build"), "s"));

        assertEquals(Optional.empty(), turns.deliverNext(false));
        assertEquals(List.of(), terminal.writes());
        assertEquals(1, turns.queued());

        assertEquals("t1", turns.deliverNext(true).orElseThrow().id());
        assertEquals(List.of("[from ana] fix the build", "\r"), terminal.writes());
        SessionEvent.TurnDelivered delivered = events.all(SessionEvent.TurnDelivered.class).getFirst();
        assertEquals("[from ana] fix the build", delivered.typed());
        assertEquals(1, delivered.number());
    }

    @Test
    void one_turn_goes_in_per_wait_in_the_order_they_came() {
        TurnDelivery turns = delivery("claude");
        turns.queue(new Turn("t1", 1, ANA, "one"), "s");
        turns.queue(new Turn("t2", 2, BOB, "two"), "s");

        turns.deliverNext(true);
        assertEquals(List.of("[from ana] one", "\r"), terminal.writes());
        turns.deliverNext(true);
        assertEquals(List.of("[from ana] one", "\r", "[from bob] two", "\r"), terminal.writes());
        assertEquals(Optional.empty(), turns.deliverNext(true));
    }

    @Test
    void control_bytes_in_a_turn_are_never_typed() {
        TurnDelivery turns = delivery("claude");
        turns.queue(new Turn("t1", 1, ANA, "hi\u001b[2J\u0003 there"), "s");
        turns.deliverNext(true);
        assertEquals(List.of("[from ana] hi[2J there", "\r"), terminal.writes());
    }

    @Test
    void a_pause_interrupts_the_agent_and_holds_turns_until_resumed() {
        TurnDelivery turns = delivery("claude");
        turns.pause(true, BOB, () -> { throw new AssertionError("a pause releases nothing"); });
        assertTrue(turns.held());
        assertEquals(List.of("\u001b"), terminal.writes(), "Escape interrupts Claude Code");
        SessionEvent.Audit audit = events.all(SessionEvent.Audit.class).getFirst();
        assertEquals("pause", audit.action());
        assertEquals("interrupted with esc; turns held", audit.reason());

        turns.queue(new Turn("t1", 1, ANA, "later"), "s");
        assertEquals(Optional.empty(), turns.deliverNext(true), "held although the agent waits");

        AtomicInteger released = new AtomicInteger();
        long seq = turns.pause(false, BOB, () -> {
            released.incrementAndGet();
            turns.deliverNext(true);
        });
        assertEquals(1, released.get());
        assertFalse(turns.held());
        assertEquals(List.of("\u001b", "[from ana] later", "\r"), terminal.writes());
        assertEquals(events.events().lastSeq(), seq, "the seq covers the delivery the resume released");
    }

    @Test
    void keys_go_through_a_pause() {
        TurnDelivery turns = delivery("codex");
        turns.pause(true, BOB, () -> { });
        input.sendKeys(terminal, events.events(), ANA, List.of(Key.parse("y").orElseThrow()), () -> { });
        assertEquals(List.of("\u001b", "y"), terminal.writes());
        assertEquals(List.of("y"), events.all(SessionEvent.KeysSent.class).getLast().keys());
    }

    @Test
    void the_interrupt_key_is_the_vendors() {
        assertEquals("esc", PauseHold.interruptKey("claude").name());
        assertEquals("esc", PauseHold.interruptKey("CODEX").name());
        assertEquals("ctrl-c", PauseHold.interruptKey("generic").name());
    }
}
