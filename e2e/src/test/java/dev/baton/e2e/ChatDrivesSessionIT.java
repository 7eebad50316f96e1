package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.testing.Eventually;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Web chat API → hub → daemon → the scripted agent's PTY, and back: run, two users' turns, keys, kill. */
class ChatDrivesSessionIT extends WebStackFixture {

    private String card(String name) {
        return Eventually.value("the status card of " + name, WAIT, () -> stack.web.botRoot("general", "Session " + name)
                .map(m -> (String) m.get("thread")).orElse(null));
    }

    private String cardText(String name) {
        return (String) stack.web.botRoot("general", "Session " + name).orElseThrow().get("text");
    }

    private List<Map<String, Object>> thread(String thread) {
        return stack.web.thread("general", thread, "ana");
    }

    private boolean threadSays(String thread, String text) {
        return thread(thread).stream().anyMatch(m -> String.valueOf(m.get("text")).contains(text));
    }

    @Test
    void a_thread_drives_a_session_with_two_users_turns_in_order() {
        stack.web.post("general", "ana", "/agent run --agent scripted --name duet hello from chat", null);
        String thread = card("duet");
        Eventually.await("the card to show the session running", WAIT, () -> cardText("duet").matches("(?s).*State: . (running|waiting).*"));
        String text = cardText("duet");
        assertTrue(text.contains("Agent: scripted") && text.contains("Branch: baton/duet from main")
                && text.contains("Daemon: test") && text.contains("Owner: ana"), text);

        Map<String, Object> one = stack.web.post("general", "ana", "first from ana", thread);
        Map<String, Object> two = stack.web.post("general", "bob", "second from bob", thread);
        stack.web.post("general", "bob", "!aside this is not for the agent", thread);
        Eventually.await("both turns on the agent's screen", WAIT, () -> {
            String screen = stack.daemon.cli().screen("duet");
            int a = screen.indexOf("got: [from ana] first from ana");
            int b = screen.indexOf("got: [from bob] second from bob");
            return a >= 0 && b > a;
        });
        assertTrue(!stack.daemon.cli().screen("duet").contains("not for the agent"), "asides never reach the agent");
        Eventually.await("both turns acknowledged as delivered", WAIT, () -> thread(thread).stream()
                .filter(m -> m.get("id").equals(one.get("id")) || m.get("id").equals(two.get("id")))
                .allMatch(m -> "delivered".equals(m.get("badge"))));
        Eventually.await("the card to count the turns", WAIT, () -> cardText("duet").contains("Turns: 2"));

        stack.web.post("general", "ana", "ask Ship it?", thread);
        Eventually.await("the question on screen", WAIT, () -> stack.daemon.cli().screen("duet").contains("Ship it? [y/N]"));
        Eventually.await("a prompt card for the question", WAIT, () -> threadSays(thread, "Permission needed"));
        stack.web.post("general", "bob", "/agent keys y enter", thread);
        Eventually.await("the keys to answer it", WAIT, () -> stack.daemon.cli().screen("duet").contains("approved"));

        stack.web.post("general", "ana", "/agent screen", thread);
        Eventually.await("the screen as a code block", WAIT, () -> threadSays(thread, "Screen of duet"));
        stack.web.post("general", "ana", "/agent diff", thread);
        Eventually.await("the diff summary", WAIT, () -> threadSays(thread, "Changes in baton/duet against main"));

        stack.web.post("general", "ana", "/agent kill", thread);
        Eventually.await("the session to end", WAIT, () -> threadSays(thread, "Session ended: killed"));
        Eventually.await("the card to show it", WAIT, () -> cardText("duet").contains("killed"));
        stack.web.post("general", "ana", "anyone there?", thread);
        Eventually.await("a turn to an ended session is refused", WAIT, () -> threadSays(thread, "This session has ended"));
    }

    @Test
    void bad_commands_and_unknown_choices_get_clear_replies() {
        Map<String, Object> r = stack.web.post("general", "ana", "/agent run --agent nope x", null);
        String t = (String) r.get("thread");
        Eventually.await("the refusal", WAIT, () -> stack.web.thread("general", t, "ana").stream()
                .anyMatch(m -> String.valueOf(m.get("text")).contains("cannot spawn agent 'nope'")));
        Map<String, Object> r2 = stack.web.post("general", "ana", "/agent run --repo elsewhere x", null);
        Eventually.await("the repo refusal", WAIT, () -> stack.web.thread("general", (String) r2.get("thread"), "ana").stream()
                .anyMatch(m -> String.valueOf(m.get("text")).contains("does not serve repo 'elsewhere'")));
        Map<String, Object> r3 = stack.web.post("general", "ana", "/agent screen", null);
        Eventually.await("thread-only command outside a thread", WAIT, () -> stack.web.thread("general", (String) r3.get("thread"), "ana").stream()
                .anyMatch(m -> String.valueOf(m.get("text")).contains("Use this in a session's thread")));
        Map<String, Object> r4 = stack.web.post("general", "ana", "/agent daemons", null);
        Eventually.await("the daemon list", WAIT, () -> stack.web.thread("general", (String) r4.get("thread"), "ana").stream()
                .anyMatch(m -> String.valueOf(m.get("text")).contains("test") && String.valueOf(m.get("text")).contains("online")));
        assertEquals(0, stack.web.roots("general", "ana").stream().filter(m -> String.valueOf(m.get("text")).startsWith("Session ")).count());
    }
}
