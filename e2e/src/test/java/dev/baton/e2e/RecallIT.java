package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.testing.Eventually;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** From the channel, Ana recalls a past session by a word from one of its turns, then opens its recap by name. */
class RecallIT extends WebStackFixture {

    private String answer(String command, String needle) {
        return answer("ana", command, needle);
    }

    private String answer(String user, String command, String needle) {
        Map<String, Object> asked = stack.web.post("general", user, command, null);
        return Eventually.value(needle, WAIT, () -> stack.web.thread("general", (String) asked.get("thread"), user).stream()
                .map(m -> String.valueOf(m.get("text"))).filter(t -> t.contains(needle)).reduce((a, b) -> b).orElse(null));
    }

    @Test
    void recall_finds_a_session_by_a_word_from_its_turns_and_recap_by_name_works_from_the_channel() {
        String thread = run("ana", "lighthouse", "tidy the docs");
        stack.web.post("general", "ana", "/agent run --agent scripted --name other something else", null);
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("lighthouse").contains("\n>"));
        stack.web.post("general", "bob", "write plan.txt the Zeppelin rollout", thread);
        Eventually.await("the file", WAIT, () -> stack.daemon.cli().screen("lighthouse").contains("wrote plan.txt"));

        String found = answer("/agent recall zeppelin", "Sessions matching 'zeppelin'");
        assertTrue(found.contains("lighthouse"), found);
        assertTrue(found.contains("ana"), "the owner is shown: " + found);
        assertTrue(found.contains(thread), "the thread is pointed to: " + found);
        assertFalse(found.contains("other"), found);
        assertTrue(answer("/agent recall nobody-said-this", "No session mentions").contains("nobody-said-this"));

        String recap = answer("/agent recap lighthouse", "Recap of lighthouse (asked by ana)");
        assertTrue(recap.contains("Goal: tidy the docs"), recap);

        stack.web.post("general", "ana", "/agent visibility private", thread);
        Eventually.await("private", WAIT, () -> stack.web.thread("general", thread, "ana").stream()
                .anyMatch(m -> String.valueOf(m.get("text")).toLowerCase(java.util.Locale.ROOT).contains("private")));
        assertTrue(answer("carol", "/agent recall zeppelin", "No session mentions").contains("zeppelin"),
                "a private session is not recalled for someone who may not see it");
        assertTrue(answer("/agent recall zeppelin", "Sessions matching").contains("lighthouse"), "its owner still finds it");
        assertTrue(answer("/agent recap nosuch", "No session named").contains("'nosuch'"));
    }

    @Test
    void continue_starts_a_linked_session_on_the_old_worktree_with_its_recap_and_transcript_opens_a_past_one() {
        String old = run("ana", "harbor", "map the harbor");
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("harbor").contains("\n>"));
        stack.web.post("general", "bob", "write map.txt north pier first", old);
        Eventually.await("the file", WAIT, () -> stack.daemon.cli().screen("harbor").contains("wrote map.txt"));
        assertTrue(answer("/agent continue harbor", "still").contains("handoff"), "a running session is not continued");

        stack.web.post("general", "ana", "/agent kill", old);
        Eventually.await("the final recap", WAIT, () -> stack.web.thread("general", old, "ana").stream()
                .anyMatch(m -> String.valueOf(m.get("text")).contains("Final recap")));
        String transcript = answer("/agent transcript harbor", "Transcript of harbor");
        assertTrue(transcript.contains("goal (ana): map the harbor") && transcript.contains("#1 bob (web): write map.txt north pier first"),
                transcript);

        stack.web.post("general", "carol", "/agent continue harbor then add the south pier", null);
        String next = Eventually.value("the new card", WAIT, () -> stack.web.botRoot("general", "Session harbor-2")
                .map(m -> (String) m.get("thread")).orElse(null));
        Eventually.await("the link in the new thread", WAIT, () -> stack.web.thread("general", next, "carol").stream()
                .map(m -> String.valueOf(m.get("text"))).anyMatch(t -> t.contains("Continues harbor (its thread: ") && t.contains(old)));
        Eventually.await("the link in the old thread", WAIT, () -> stack.web.thread("general", old, "ana").stream()
                .anyMatch(m -> String.valueOf(m.get("text")).contains("Continued as harbor-2 by carol")));
        Eventually.await("the agent starts on the old worktree with the recap", WAIT,
                () -> stack.daemon.cli().screen("harbor-2").contains("then add the south pier"));
        String events = stack.daemon.cli().run("events", "harbor-2", "--json").out();
        assertTrue(events.contains("You are continuing the coding session 'harbor'") && events.contains("map.txt"), events);
        assertTrue(java.nio.file.Files.exists(stack.daemon.root().resolve("worktrees/harbor-2/map.txt")));
    }
}
