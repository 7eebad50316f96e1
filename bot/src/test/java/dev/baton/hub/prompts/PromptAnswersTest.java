package dev.baton.hub.prompts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.MessageRef;
import dev.baton.chat.Post;
import dev.baton.hub.HubFixture;
import dev.baton.hub.testing.RecordingSurface;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SignalLayer;
import dev.baton.protocol.wire.WireMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Permission prompts in a thread, answered from chat: the card, who may answer, and late clicks. */
class PromptAnswersTest {
    static final List<String> OPTIONS = List.of("1. Yes", "2. Yes, and don't ask again", "3. No");

    @TempDir
    Path dir;

    private static MessageRef openPrompt(HubFixture hub, HubFixture.Started s) {
        hub.event(s.id(), new SessionEvent.PromptOpened("p-1", SignalLayer.SCREEN, "Bash", "rm -rf build",
                "Do you want to proceed?", OPTIONS, "hash-1", false));
        RecordingSurface.Call card = hub.web.calls("reply").stream()
                .filter(c -> c.post() instanceof Post.Card k && k.title().startsWith("Permission needed")).toList().getLast();
        Post.Card c = (Post.Card) card.post();
        assertEquals(List.of("p-1|allow_once", "p-1|allow_always", "p-1|deny"),
                c.buttons().stream().map(Post.Button::value).toList());
        assertEquals(List.of("ana"), c.mentions().stream().map(u -> u.id()).toList(), "the owner is asked");
        return new MessageRef(s.thread(), card.id());
    }

    @Test
    void the_owner_approves_with_a_button_and_the_daemon_gets_the_bound_answer() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "clean up");
            MessageRef card = openPrompt(hub, s);
            hub.press("ana", card, "prompt", "p-1|allow_once");
            WireMessage.AnswerPrompt answer = hub.daemon.messages(WireMessage.AnswerPrompt.class).getLast();
            assertEquals("p-1", answer.promptId());
            assertEquals("hash-1", answer.inputHash(), "bound to the input the person saw");
            assertEquals(Decision.ALLOW_ONCE, answer.decision());
            assertEquals(Sender.parse("web:ana"), answer.sender());
            assertTrue(hub.web.calls("update").stream().anyMatch(c -> c.text().startsWith("Permission answered")
                    && c.text().contains("approved once by ana")), "the card says who answered");
        }
    }

    @Test
    void a_reply_while_a_prompt_is_open_is_an_answer_never_typed_text() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "clean up");
            openPrompt(hub, s);
            hub.reply(s.thread(), "ana", "maybe later");
            assertEquals(List.of(), hub.daemon.messages(WireMessage.DeliverTurn.class));
            assertEquals(List.of(), hub.daemon.messages(WireMessage.AnswerPrompt.class));
            assertTrue(hub.web.texts(s.thread()).getLast().startsWith("A permission prompt is open (Bash: rm -rf build)"));
            hub.reply(s.thread(), "ana", "deny: use make clean");
            WireMessage.AnswerPrompt answer = hub.daemon.messages(WireMessage.AnswerPrompt.class).getLast();
            assertEquals(Decision.DENY, answer.decision());
            assertEquals("use make clean", answer.message());
        }
    }

    @Test
    void someone_who_may_not_approve_is_refused_politely_and_the_refusal_is_audited() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "clean up");
            MessageRef card = openPrompt(hub, s);
            hub.press("bob", card, "prompt", "p-1|allow_always");
            assertEquals(List.of(), hub.daemon.messages(WireMessage.AnswerPrompt.class));
            assertEquals("Sorry bob, only ana can answer this prompt.", hub.web.texts(s.thread()).getLast());
            WireMessage.AuditNote note = hub.daemon.messages(WireMessage.AuditNote.class).getLast();
            assertEquals(Sender.parse("web:bob"), note.actor());
            assertEquals("refused", note.outcome());
        }
    }

    @Test
    void a_late_click_is_told_the_prompt_was_already_answered() {
        try (HubFixture hub = new HubFixture(dir)) {
            HubFixture.Started s = hub.run("ana", "clean up");
            MessageRef card = openPrompt(hub, s);
            hub.press("ana", card, "prompt", "p-1|deny");
            hub.press("ana", card, "prompt", "p-1|allow_once");
            assertEquals(1, hub.daemon.messages(WireMessage.AnswerPrompt.class).size(), "one answer reaches the daemon");
            RecordingSurface.Call last = hub.web.calls().getLast();
            assertEquals("whisper", last.kind());
            assertTrue(last.text().startsWith("Already answered: denied by ana"), last.text());
        }
    }
}
