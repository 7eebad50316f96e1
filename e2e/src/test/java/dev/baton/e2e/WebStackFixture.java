package dev.baton.e2e;

import dev.baton.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What most end-to-end tests start from: a hub with its web chat and one daemon (the scripted agent), connected,
 * in a fresh folder, closed after each test; plus the two steps nearly every test takes through the web API.
 */
abstract class WebStackFixture {
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

    /** {@code user} posts {@code /agent run …} in #general; returns the thread of the session's status card. */
    String run(String user, String name, String args) {
        stack.web.post("general", user, "/agent run --agent scripted --name " + name + " " + args, null);
        return Eventually.value("the card of " + name, WAIT, () -> stack.web.botRoot("general", "Session " + name)
                .map(m -> (String) m.get("thread")).orElse(null));
    }

    /** The newest message in a #general thread, as {@code viewer} sees it, whose text contains {@code text}. */
    Optional<Map<String, Object>> message(String thread, String viewer, String text) {
        return stack.web.thread("general", thread, viewer).stream()
                .filter(m -> String.valueOf(m.get("text")).contains(text)).reduce((a, b) -> b);
    }
}
