package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From the channel, Ana recalls a past session by a word from one of its turns, then opens its recap by name. */
class RecallIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    @TempDir
    Path tmp;
    Stack stack;

    @BeforeEach
    void up() throws Exception {
        stack = new Stack(tmp).startHub().startDaemon();
        stack.awaitDaemonOnline();
    }

    @AfterEach
    void down() {
        stack.close();
    }

    private String answer(String command, String needle) {
        Map<String, Object> asked = stack.web.post("general", "ana", command, null);
        return Eventually.value(needle, WAIT, () -> stack.web.thread("general", (String) asked.get("thread"), "ana").stream()
                .map(m -> String.valueOf(m.get("text"))).filter(t -> t.contains(needle)).reduce((a, b) -> b).orElse(null));
    }

    @Test
    void recall_finds_a_session_by_a_word_from_its_turns_and_recap_by_name_works_from_the_channel() {
        stack.web.post("general", "ana", "/agent run --agent scripted --name lighthouse tidy the docs", null);
        String thread = Eventually.value("the card", WAIT, () -> stack.web.botRoot("general", "Session lighthouse")
                .map(m -> (String) m.get("thread")).orElse(null));
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
        assertTrue(answer("/agent recap nosuch", "No session named").contains("'nosuch'"));
    }
}
