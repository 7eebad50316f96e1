package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.testing.Eventually;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Ana and Bob drive a session (turns, a denial, an approval), then Ana hands it to Carol: the thread gets the recap
 * with the real facts, Carol is mentioned, and Carol, who was refused as an approver before, may now approve.
 */
class HandoffRecapIT extends WebStackFixture {

    private Optional<Map<String, Object>> message(String thread, String text) {
        return stack.web.thread("general", thread, "ana").stream()
                .filter(m -> String.valueOf(m.get("text")).contains(text)).reduce((a, b) -> b);
    }

    private String text(String thread, String needle) {
        return Eventually.value(needle, WAIT, () -> message(thread, needle).map(m -> String.valueOf(m.get("text"))).orElse(null));
    }

    private String allowButton(Map<String, Object> card) {
        return ((List<?>) ((Map<?, ?>) card.get("post")).get("buttons")).stream()
                .map(b -> (String) ((Map<?, ?>) b).get("value")).filter(v -> v.endsWith("|allow_once")).findFirst().orElseThrow();
    }

    private String screen() {
        return stack.daemon.cli().screen("relay");
    }

    @Test
    void handoff_posts_the_recap_mentions_the_new_owner_and_moves_the_approver_role() {
        String thread = run("ana", "relay", "add a greeting file");
        Eventually.await("the agent's prompt", WAIT, () -> screen().contains("\n>"));

        stack.web.post("general", "ana", "write hello.txt hi there", thread);
        Eventually.await("the file", WAIT, () -> screen().contains("wrote hello.txt"));
        stack.web.post("general", "bob", "ask Delete the cache?", thread);
        text(thread, "Delete the cache? [y/N]");
        stack.web.post("general", "ana", "no", thread);
        Eventually.await("the denial", WAIT, () -> screen().contains("denied"));
        stack.web.post("general", "bob", "ask Ship it?", thread);
        text(thread, "Ship it? [y/N]");
        stack.web.post("general", "ana", "yes", thread);
        Eventually.await("the approval", WAIT, () -> screen().contains("approved"));

        stack.web.post("general", "bob", "ask Deploy now?", thread);
        Map<String, Object> deploy = Eventually.value("the deploy prompt", WAIT,
                () -> message(thread, "Deploy now? [y/N]").filter(m -> m.get("post") instanceof Map<?, ?> p
                        && p.get("buttons") instanceof List<?> b && !b.isEmpty()).orElse(null));
        stack.web.press("carol", "general", thread, (String) deploy.get("id"), "prompt", allowButton(deploy));
        text(thread, "Sorry carol");
        // the refusal reaches the session's events through its actor; a recap asked at the same instant may miss it
        Eventually.await("the refusal is audited", WAIT, () -> stack.daemon.cli().run("events", "relay", "--json").out()
                .contains("\"type\":\"audit\",\"actor\":\"web:carol\""));

        stack.web.post("general", "ana", "/agent handoff @carol", thread);
        String card = text(thread, "Handoff: ana handed relay to carol");
        assertTrue(card.startsWith("@carol "), "carol is mentioned: " + card);
        assertTrue(card.contains("Goal: add a greeting file"), card);
        assertTrue(card.contains("Open prompt: Deploy now? [y/N]"), card);
        assertTrue(card.contains("Owner: carol"), card);
        assertTrue(card.contains("ana (started it): 1 turn, 1 approval, 1 denial"), card);
        assertTrue(card.contains("bob: 3 turns"), card);
        assertTrue(card.contains("1 file changed, 1 insertion(+); 0 commits, 1 uncommitted file"), card);
        String details = text(thread, "Recap details: relay");
        assertTrue(details.contains("hello.txt | 1 +1 -0"), details);
        assertTrue(details.contains("Delete the cache? [y/N] — denied by ana"), details);
        assertTrue(details.contains("refused by carol"), details);
        Eventually.await("the status card shows the new owner", WAIT, () -> stack.web.botRoot("general", "Session relay")
                .map(m -> String.valueOf(m.get("text")).contains("Owner: carol")).orElse(false));

        stack.web.press("carol", "general", thread, (String) deploy.get("id"), "prompt", allowButton(deploy));
        text(thread, "approved once by carol");
        Eventually.await("the dialog to get y", WAIT, () -> screen().lines().filter(l -> l.contains("approved")).count() >= 2);

        stack.web.post("general", "carol", "/agent kill", thread);
        String last = text(thread, "Final recap of relay (killed)");
        assertTrue(last.startsWith("@carol "), "the owner hears of the end: " + last);
    }

    @Test
    void only_the_owner_hands_off_and_a_session_up_for_grabs_can_be_taken() {
        String thread = run("ana", "spare", "idle around");
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("spare").contains("\n>"));
        stack.web.post("general", "bob", "/agent handoff @bob", thread);
        text(thread, "only the owner (ana) can hand spare off");
        stack.web.post("general", "ana", "/agent handoff", thread);
        text(thread, "ana made spare up for grabs");
        stack.web.post("general", "bob", "/agent handoff @me", thread);
        String card = text(thread, "Handoff: bob handed spare to bob");
        assertTrue(card.contains("Owner: bob"), card);
        stack.web.post("general", "ana", "/agent recap", thread);
        assertTrue(text(thread, "Recap of spare (asked by ana)").contains("Goal: idle around"));
    }
}
