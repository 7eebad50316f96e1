package dev.baton.hub.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SignalLayer;
import dev.baton.recap.Recap;
import dev.baton.recap.RecapBuilder;
import dev.baton.recap.SessionFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecapPostsTest {
    static final Sender ANA = new Sender(Sender.Surface.WEB, "ana");

    static Recap huge() {
        List<SessionEvent> events = new ArrayList<>();
        events.add(new SessionEvent.Created("big", "demo", "/r", "main", "baton/big", "/w", "word ".repeat(2_000), ANA));
        List<Recap.FileChange> files = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.add(new SessionEvent.TurnQueued("t" + i, i, new Sender(Sender.Surface.WEB, "user" + i), "x", 0));
            events.add(new SessionEvent.PromptOpened("p" + i, SignalLayer.SCREEN, "Bash", "make target-" + i + " ".repeat(3)
                    + "arg ".repeat(200), "Run it?", List.of(), "h", false));
            events.add(new SessionEvent.PromptAnswered("p" + i, Decision.DENY, ANA, "chat", ""));
            files.add(new Recap.FileChange("src/very/long/path/number/" + i + "/File.java", i, 1, false));
        }
        return RecapBuilder.build(new SessionFacts(events, Optional.of(new SessionFacts.Worktree(files,
                List.of("abc1234 commit"), List.of("a.txt"))), "screen"));
    }

    @Test
    void a_recap_is_a_card_mentioning_the_new_owner_and_a_code_block() {
        ChatUser bob = new ChatUser(Platform.WEB, "bob", "bob");
        List<Post> posts = RecapPosts.render("Handoff", huge(), List.of(bob));
        Post.Card card = assertInstanceOf(Post.Card.class, posts.get(0));
        assertEquals(List.of(bob), card.mentions());
        assertTrue(card.fields().stream().anyMatch(f -> f.label().equals("Goal")));
        assertInstanceOf(Post.Code.class, posts.get(1));
    }

    @Test
    void even_a_huge_recap_fits_slack_limits_by_summarising_at_word_boundaries() {
        List<Post> posts = RecapPosts.render("Handoff", huge(), List.of());
        Post.Card card = (Post.Card) posts.get(0);
        assertTrue(card.fields().size() <= 10);
        for (Post.Field f : card.fields()) {
            assertTrue(f.value().length() <= RecapPosts.FIELD, f.label());
        }
        Post.Card goal = card;
        String g = goal.fields().get(0).value();
        assertTrue(g.endsWith("word…"), "cut after a whole word: " + g.substring(g.length() - 10));
        Post.Code code = (Post.Code) posts.get(1);
        assertTrue(code.text().length() <= RecapPosts.CODE, "code " + code.text().length());
        assertTrue(code.text().contains("… and 485 more"), code.text());
        assertTrue(code.text().contains("more lines: agent recap big"), code.text());
    }

    @Test
    void a_recap_with_usage_says_what_the_session_cost_and_what_each_persons_turns_cost() {
        List<SessionEvent> events = new ArrayList<>();
        events.add(new SessionEvent.Created("paid", "claude", "/r", "main", "baton/paid", "/w", "fix it", ANA));
        events.add(new SessionEvent.Usage("r1", "m", 1_000, 234, 0, 0, Optional.of(0.5)));
        events.add(new SessionEvent.TurnQueued("t1", 1, new Sender(Sender.Surface.WEB, "bob"), "and docs", 0));
        events.add(new SessionEvent.TurnDelivered("t1", 1, "[from bob] and docs"));
        events.add(new SessionEvent.Usage("r2", "m", 10, 0, 0, 0, Optional.of(0.25)));
        events.add(new SessionEvent.ToolCall("c1", "Bash", "{}", "npm test"));
        events.add(new SessionEvent.PromptOpened("p1", SignalLayer.SCREEN, "Bash", "rm x", "Run it?", List.of(), "h", false));
        Recap r = RecapBuilder.build(new SessionFacts(events, Optional.empty(), ""));
        Post.Card card = (Post.Card) RecapPosts.render("Recap", r, List.of()).get(0);
        assertTrue(card.fields().size() <= 10);
        assertEquals("$0.75 · 1,244 tokens\nana: $0.50 · 1,234 tokens\nbob: $0.25 · 10 tokens",
                card.fields().stream().filter(f -> f.label().equals("Cost")).findFirst().orElseThrow().value());
        assertEquals("1 step needing a decision, 1 tool call without a prompt", card.fields().stream()
                .filter(f -> f.label().equals("What was tried")).findFirst().orElseThrow().value());
    }
}
