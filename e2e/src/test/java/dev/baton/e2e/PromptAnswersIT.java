package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.testing.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A question on the agent's screen becomes a prompt card in the thread. Only approvers may answer; chit-chat
 * never reaches the dialog; the first valid answer wins and the card says who answered.
 */
class PromptAnswersIT extends WebStackFixture {

    private List<Map<String, Object>> thread(String thread, String viewer) {
        return stack.web.thread("general", thread, viewer);
    }


    @Test
    void only_approvers_answer_and_chit_chat_never_reaches_the_dialog() {
        String thread = run("ana", "gate", "go");
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("gate").contains("\n>"));
        stack.web.post("general", "bob", "ask Drop the staging table?", thread);
        Map<String, Object> card = Eventually.value("the prompt card", WAIT,
                () -> message(thread, "ana", "Permission needed").orElse(null));
        assertTrue(String.valueOf(card.get("text")).contains("Drop the staging table? [y/N]"), card.toString());
        assertTrue(String.valueOf(card.get("text")).contains("@ana") && String.valueOf(card.get("text")).contains("@bob"),
                "the owner and the driver are mentioned: " + card);
        String cardId = (String) card.get("id");
        String promptValue = ((List<?>) ((Map<?, ?>) card.get("post")).get("buttons")).stream()
                .map(b -> (String) ((Map<?, ?>) b).get("value")).filter(v -> v.endsWith("|allow_once")).findFirst().orElseThrow();

        stack.web.press("carol", "general", thread, cardId, "prompt", promptValue);
        Eventually.await("carol is refused politely", WAIT, () -> message(thread, "ana", "Sorry carol").isPresent());
        Eventually.await("the refusal is audited", WAIT, () -> stack.daemon.cli().run("events", "gate", "--json").out()
                .contains("\"type\":\"audit\",\"actor\":\"web:carol\""));

        stack.web.post("general", "ana", "what does this do?", thread);
        Eventually.await("chit-chat is refused", WAIT, () -> message(thread, "ana", "That message was not sent to the agent").isPresent());
        assertTrue(!stack.daemon.cli().screen("gate").contains("what does this do"), "chit-chat never reaches the dialog");

        stack.web.post("general", "ana", "yes", thread);
        Eventually.await("the dialog to get y", WAIT, () -> stack.daemon.cli().screen("gate").contains("approved"));
        Eventually.await("the card to say who answered", WAIT, () -> String.valueOf(
                message(thread, "ana", "Permission").map(m -> m.get("text")).orElse("")).contains("approved once by ana at"));

        Map<String, Object> answered = message(thread, "ana", "approved once by ana").orElseThrow();
        assertTrue(((List<?>) ((Map<?, ?>) answered.get("post")).get("buttons")).isEmpty(), "the card's buttons are gone");
        String events = stack.daemon.cli().run("events", "gate", "--json").ok().out();
        assertTrue(events.contains("\"type\":\"prompt_answered\"") && events.contains("\"decision\":\"allow_once\"")
                && events.contains("\"by\":\"web:ana\""), events);
    }

    @Test
    void an_unanswered_prompt_pings_again_then_pings_the_channel() throws Exception {
        stack.close();
        stack = new Stack(tmp.resolve("escalation"));
        stack.approvals = new dev.baton.config.ApprovalSettings(List.of(), Map.of(), java.util.Set.of(),
                Duration.ofSeconds(1), true);
        stack.startHub().startDaemon();
        stack.awaitDaemonOnline();
        String thread = run("ana", "idle", "go");
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("idle").contains("\n>"));
        stack.web.post("general", "ana", "ask Rotate the keys?", thread);
        Eventually.await("the prompt card", WAIT, () -> message(thread, "ana", "Permission needed").isPresent());
        Eventually.await("a second ping to the approvers", WAIT, () -> message(thread, "ana", "Still waiting for an answer").isPresent());
        Eventually.await("then the channel", WAIT, () -> message(thread, "ana", "@channel a permission prompt has waited").isPresent());
        Eventually.await("the recap after the channel ping", WAIT, () -> {
            List<String> texts = thread(thread, "ana").stream().map(m -> String.valueOf(m.get("text"))).toList();
            int ping = IntStream.range(0, texts.size()).filter(i -> texts.get(i).contains("@channel a permission prompt"))
                    .findFirst().orElse(texts.size());
            return texts.subList(ping, texts.size()).stream()
                    .anyMatch(t -> t.contains("Recap of idle (a prompt waits for an answer)") && t.contains("Goal: go"));
        });
    }
}
