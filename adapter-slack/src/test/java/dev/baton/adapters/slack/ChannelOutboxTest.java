package dev.baton.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.baton.testing.Eventually;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One channel's outbox against a recording Slack and a ticker the test moves: pacing, coalesced edits, 429s and
 * pending handles, without sleeping. Fake time never moves by itself, so a call held back stays held back until the
 * test advances the ticker and wakes the outbox.
 */
class ChannelOutboxTest {
    static final Duration INTERVAL = Duration.ofSeconds(1);

    /** Records each call as {@code method text-or-name @ts}; answers from a script, else Done with a new ts. */
    static final class RecordingSlack implements SlackCalls {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final Deque<CallResult> script = new ArrayDeque<>();
        final AtomicInteger posted = new AtomicInteger();

        @Override
        public synchronized CallResult call(Outbound op, String ts) {
            calls.add(switch (op) {
                case Outbound.PostMessage p -> "post " + p.message().text();
                case Outbound.Update u -> "update " + u.message().text() + " @" + ts;
                case Outbound.Ephemeral e -> "ephemeral " + e.message().text();
                case Outbound.Reaction r -> "reaction " + r.name() + " @" + ts;
                case Outbound.Respond r -> "respond " + r.message().text();
            });
            CallResult scripted = script.poll();
            if (scripted != null) {
                return scripted;
            }
            return new CallResult.Done(op instanceof Outbound.PostMessage
                    ? Optional.of("1700000000." + posted.incrementAndGet()) : Optional.empty());
        }
    }

    final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    final Ticker ticker = nanos::get;
    final RecordingSlack slack = new RecordingSlack();
    final ChannelOutbox outbox = new ChannelOutbox("C1", slack, INTERVAL, 100, ticker);

    @AfterEach
    void close() {
        outbox.close(Duration.ofSeconds(2));
    }

    void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
        outbox.wake();
    }

    static Outbound.PostMessage post(String text) {
        return new Outbound.PostMessage("C1", Optional.empty(), new Rendered(text, List.of()), Optional.empty(),
                new CompletableFuture<>());
    }

    static Outbound.PostMessage reply(String text, String handle) {
        return new Outbound.PostMessage("C1", Optional.of("1700000000.1"), new Rendered(text, List.of()),
                Optional.of(handle), new CompletableFuture<>());
    }

    static Outbound.Update update(String ts, String text) {
        return new Outbound.Update("C1", ts, new Rendered(text, List.of()));
    }

    void awaitCalls(int n) {
        Eventually.await(n + " calls (so far " + slack.calls + ")", () -> slack.calls.size() >= n);
    }

    @Test
    void posts_go_out_one_per_interval_of_the_ticker() {
        outbox.submit(post("a"), false);
        outbox.submit(post("b"), false);
        outbox.submit(post("c"), false);
        awaitCalls(1);
        assertEquals(List.of("post a"), slack.calls, "b waits for the interval");
        advance(INTERVAL);
        awaitCalls(2);
        advance(INTERVAL);
        awaitCalls(3);
        assertEquals(List.of("post a", "post b", "post c"), slack.calls);
    }

    @Test
    void queued_edits_of_one_message_coalesce_into_the_latest() {
        Outbound.PostMessage card = post("card");
        outbox.submit(card, true);
        String ts = card.posted().join();
        outbox.submit(update(ts, "running"), false);
        outbox.submit(update(ts, "waiting"), false);
        outbox.submit(update(ts, "blocked"), false);
        assertEquals(List.of("post card"), slack.calls, "an edit waits an interval after the post");
        advance(INTERVAL);
        awaitCalls(2);
        advance(INTERVAL);
        assertEquals(List.of("post card", "update blocked @" + ts), slack.calls, "only the latest content is sent");
    }

    @Test
    void a_429_puts_the_call_back_at_the_head_until_retry_after_has_passed_and_order_is_kept() {
        slack.script.add(new CallResult.RetryAfter(Duration.ofSeconds(30), "rate limited (429)"));
        outbox.submit(post("a"), false);
        outbox.submit(post("b"), false);
        awaitCalls(1);
        advance(Duration.ofSeconds(10));
        assertEquals(List.of("post a"), slack.calls, "nothing goes out while Slack said to wait");
        advance(Duration.ofSeconds(20));
        awaitCalls(2);
        advance(INTERVAL);
        awaitCalls(3);
        assertEquals(List.of("post a", "post a", "post b"), slack.calls, "a again first, then b: nothing dropped");
    }

    @Test
    void an_edit_that_names_a_pending_handle_runs_against_the_posted_message() {
        Outbound.PostMessage r = reply("question", "p:7");
        outbox.submit(r, false);
        outbox.submit(update("p:7", "answered"), false);
        String ts = r.posted().join();
        advance(INTERVAL);
        awaitCalls(2);
        assertEquals(List.of("post question", "update answered @" + ts), slack.calls);
    }

    @Test
    void a_handle_unused_for_a_week_is_forgotten_and_its_late_edit_skipped() {
        Outbound.PostMessage r = reply("old", "p:3");
        outbox.submit(r, false);
        String ts = r.posted().join();
        advance(ChannelOutbox.HANDLE_KEPT.minusMinutes(1));
        outbox.submit(update("p:3", "edited"), false);
        awaitCalls(2);
        assertEquals("update edited @" + ts, slack.calls.get(1), "used within the week: still known");
        advance(ChannelOutbox.HANDLE_KEPT.plusMinutes(1));
        outbox.submit(update("p:3", "too late"), false);
        outbox.submit(new Outbound.Reaction("C1", "1700000000.5", "eyes", true), false);
        awaitCalls(3);
        assertEquals(List.of("post old", "update edited @" + ts, "reaction eyes @1700000000.5"), slack.calls,
                "the edit naming a forgotten handle is skipped, and what follows goes on");
    }

    @Test
    void a_reaction_on_a_message_that_was_never_posted_is_skipped() {
        slack.script.add(new CallResult.Failed("channel_not_found"));
        Outbound.PostMessage r = reply("lost", "p:9");
        outbox.submit(r, false);
        outbox.submit(new Outbound.Reaction("C1", "p:9", "white_check_mark", true), false);
        outbox.submit(new Outbound.Reaction("C1", "1700000000.5", "eyes", true), false);
        awaitCalls(2);
        assertEquals(List.of("post lost", "reaction eyes @1700000000.5"), slack.calls);
    }
}
