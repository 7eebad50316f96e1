package dev.baton.adapters.slack;

import dev.baton.testing.Eventually;
import static dev.baton.adapters.slack.SlackServer.CHANNEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.slack.testing.FakeSlack;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posting within Slack's limits: 429 + Retry-After, pacing per channel, coalesced card edits. Real clock, 1 s pace. */
class SlackOutboxIT {
    @TempDir
    Path tmp;
    FakeSlack fake;
    SlackServer slack;

    @BeforeEach
    void up() {
        fake = FakeSlack.start();
        slack = new SlackServer(fake, tmp.resolve("slack.db"), Set.of(), Set.of(), Map.of(),
                SlackOptions.Tuning.DEFAULTS);
    }

    @AfterEach
    void down() {
        slack.close();
        fake.close();
    }

    @Test
    void a_429_is_retried_after_retry_after_with_nothing_dropped_and_order_kept() {
        MessageRef card = slack.chat.startThread(SlackRefs.channel(CHANNEL), Post.Text.of("root"));
        ThreadRef thread = card.thread();
        fake.throttleNext(2, 1);
        long t0 = System.nanoTime();
        for (int i = 1; i <= 3; i++) {
            slack.chat.reply(thread, Post.Text.of("line " + i));
        }
        List<FakeSlack.Call> posts = fake.await("chat.postMessage", 4, Duration.ofSeconds(15));
        long took = System.nanoTime() - t0;
        assertEquals(List.of("root", "line 1", "line 2", "line 3"), posts.stream().map(c -> c.param("text")).toList());
        assertEquals(2, fake.calls().stream().filter(FakeSlack.Call::throttled).count());
        assertTrue(took >= Duration.ofSeconds(2).toNanos(), "waited Retry-After twice: " + took / 1_000_000 + " ms");
    }

    @Test
    void posts_in_one_channel_are_paced_to_one_per_second() {
        MessageRef root = slack.chat.startThread(SlackRefs.channel(CHANNEL), Post.Text.of("root"));
        for (int i = 1; i <= 2; i++) {
            slack.chat.reply(root.thread(), Post.Text.of("line " + i));
        }
        long t0 = System.nanoTime();
        fake.await("chat.postMessage", 3, Duration.ofSeconds(10));
        assertTrue(System.nanoTime() - t0 >= Duration.ofMillis(1_800).toNanos(), "three posts take two intervals");
    }

    @Test
    void a_burst_of_ten_card_updates_within_a_second_becomes_at_most_two_edits_ending_with_the_latest() {
        MessageRef card = slack.chat.startThread(SlackRefs.channel(CHANNEL), Post.Text.of("v0"));
        for (int i = 1; i <= 10; i++) {
            slack.chat.update(card, Post.Text.of("v" + i));
        }
        Eventually.await("the latest content to be shown", () -> fake.last("chat.update")
                .map(c -> c.param("text").equals("v10")).orElse(false));
        List<FakeSlack.Call> edits = fake.calls("chat.update");
        assertTrue(edits.size() <= 2, "edits: " + edits.size());
        assertEquals("v10", edits.getLast().param("text"));
        assertEquals(card.id(), edits.getLast().param("ts"));
        assertEquals(1, fake.calls("chat.postMessage").size(), "never re-posted");
    }

    @Test
    void an_edit_of_a_reply_runs_against_the_reply_once_it_is_posted() {
        MessageRef root = slack.chat.startThread(SlackRefs.channel(CHANNEL), Post.Text.of("root"));
        MessageRef reply = slack.chat.reply(root.thread(), Post.Text.of("first"));
        slack.chat.update(reply, Post.Text.of("second"));
        FakeSlack.Call edit = fake.await("chat.update", 1, Duration.ofSeconds(10)).getFirst();
        assertEquals(fake.calls("chat.postMessage").get(1).param("_ts"), edit.param("ts"));
        assertEquals("second", edit.param("text"));
    }
}
