package dev.baton.adapters.discord;

import dev.baton.chat.testing.RecordingHub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.discord.testing.FakeDiscord;
import dev.baton.testing.Eventually;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Post;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Discord's 2,000-character messages, and order per thread through JDA's own 429 handling. */
class DiscordLimitsIT {
    @Test
    void a_long_screen_is_split_at_line_boundaries_and_a_huge_diff_is_attached() {
        try (FakeDiscord fake = FakeDiscord.start()) {
            RecordingHub hub = new RecordingHub();
            try (DiscordChat chat = DiscordChat.open(DiscordChatIT.options(fake), Clock.systemUTC())) {
                chat.connect(hub);
                chat.start();
                MessageRef card = DiscordChatIT.started(fake, hub, "limits");
                String thread = card.thread().id();

                List<String> lines = IntStream.range(0, 60).mapToObj(i -> "line " + i + " " + "x".repeat(40)).toList();
                chat.reply(card.thread(), new Post.Code("Screen of limits", String.join("\n", lines)));
                Eventually.await("the screen", () -> fake.posts(thread).size() == 2);
                List<FakeDiscord.Call> posts = fake.posts(thread);
                assertEquals(2, posts.size(), "60 lines of ~48 characters need two messages");
                List<String> seen = new ArrayList<>();
                for (FakeDiscord.Call p : posts) {
                    assertTrue(p.content().length() <= 2_000, "at most 2,000 characters: " + p.content().length());
                    String body = p.content().substring(p.content().indexOf("```\n") + 4, p.content().lastIndexOf("\n```"));
                    seen.addAll(List.of(body.split("\n")));
                }
                assertEquals(lines, seen, "every line whole, in order, none cut");
                assertTrue(posts.get(0).content().startsWith("**Screen of limits**"));

                String diff = IntStream.range(0, 400).mapToObj(i -> "+added line " + i).reduce((a, b) -> a + "\n" + b)
                        .orElseThrow();
                chat.reply(card.thread(), new Post.Code("Diff of limits", diff));
                Eventually.await("the diff", () -> fake.posts(thread).size() == 3);
                FakeDiscord.Call attached = fake.posts(thread).getLast();
                assertEquals(diff, attached.files().get("diff-of-limits.txt"), "the whole diff is attached");
                assertTrue(attached.content().length() <= 2_000);
                assertTrue(attached.content().contains("400 lines; all of it is attached"));

                String prose = "word ".repeat(900).strip();
                chat.reply(card.thread(), Post.Text.of(prose));
                Eventually.await("the prose", () -> fake.posts(thread).size() == 6);
                List<FakeDiscord.Call> text = fake.posts(thread).subList(3, fake.posts(thread).size());
                assertEquals(3, text.size());
                assertEquals(prose, String.join(" ", text.stream().map(FakeDiscord.Call::content).toList()),
                        "split at spaces, never inside a word");
            }
        }
    }

    @Test
    void posts_in_a_thread_keep_their_order_when_discord_answers_429() {
        try (FakeDiscord fake = FakeDiscord.start()) {
            RecordingHub hub = new RecordingHub();
            try (DiscordChat chat = DiscordChat.open(DiscordChatIT.options(fake), Clock.systemUTC())) {
                chat.connect(hub);
                chat.start();
                MessageRef card = DiscordChatIT.started(fake, hub, "order");
                String thread = card.thread().id();
                fake.throttleNextPosts(3);
                MessageRef[] prompt = new MessageRef[1];
                // the hub's order: card edits interleaved with replies, all queued without waiting; an edit of a
                // reply names its pending handle
                for (int i = 0; i < 8; i++) {
                    int n = i;
                    chat.update(card, RecordingHub.card("order", "step " + n));
                    if (n == 2) {
                        prompt[0] = chat.reply(card.thread(), Post.Text.of("post " + n));
                    } else {
                        chat.reply(card.thread(), Post.Text.of("post " + n));
                    }
                }
                chat.update(prompt[0], Post.Text.of("post 2, edited"));
                Eventually.await("eight posts", () -> fake.posts(thread).size() == 8);
                assertEquals(IntStream.range(0, 8).mapToObj(i -> "post " + i).toList(),
                        fake.posts(thread).stream().map(FakeDiscord.Call::content).toList());
                assertEquals(3, fake.calls("POST", "/channels/" + thread + "/messages").stream()
                        .filter(FakeDiscord.Call::throttled).count(), "Discord said 429 three times; JDA retried");
                assertTrue(prompt[0].id().startsWith("p:"), "a pending handle: " + prompt[0].id());
                Eventually.await("the edit of post 2, by its real id", () -> fake.calls("PATCH", "/channels/" + thread
                        + "/messages/\\d+").stream().anyMatch(c -> c.content().equals("post 2, edited")));
                Eventually.await("the card's last edit", () -> fake.message(card.id()).orElseThrow().toString()
                        .contains("step 7"));
            }
        }
    }
}
