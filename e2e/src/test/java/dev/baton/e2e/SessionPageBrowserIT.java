package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session page in headless Chromium (playwright-core): the owner sees the agent's real screen in xterm.js, types
 * a turn, reads the diff and inspects a highlighted file; a watcher's page is read-only and closes within a second of
 * the share being revoked. Saves docs' screenshot to {@code e2e/target/session-page.png}. Skips loudly without
 * Chromium, node or playwright-core (bin/test installs them).
 */
class SessionPageBrowserIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("(http://\\S+/s/[A-Za-z0-9_.-]+)");
    @TempDir
    Path tmp;

    @Test
    void the_page_shows_the_live_terminal_and_a_revoked_watcher_loses_it() throws Exception {
        BrowserScript.requireBrowser();
        Path screenshot = BrowserScript.ROOT.resolve("e2e/target/session-page.png"); // docs/img holds a copy for the docs
        try (Stack stack = new Stack(tmp).startHub().startDaemon()) {
            stack.awaitDaemonOnline();
            stack.web.post("general", "ana", "/agent run --agent scripted --name fix-greeting fix the greeting", null);
            String thread = Eventually.value("the card", WAIT, () -> stack.web.botRoot("general", "Session fix-greeting")
                    .map(m -> (String) m.get("thread")).orElse(null));
            stack.web.post("general", "ana", "write Greeter.java class Greeter { String hi() { return \"hello\"; } }", thread);
            stack.web.post("general", "ana", "first words", thread);
            Eventually.await("both turns on screen", WAIT,
                    () -> stack.daemon.cli().screen("fix-greeting").contains("got: [from ana] first words"));
            stack.web.post("general", "ana", "/agent visibility shared", thread);
            stack.web.post("general", "ana", "/agent share @carol --watch", thread);
            String ana = link(stack, thread, "ana");
            String carol = link(stack, thread, "carol");

            BrowserScript.run("session-page.cjs", "session page browser test: all steps passed",
                    ana, carol, "http://127.0.0.1:" + stack.hub.port(), Stack.TOKEN, thread, screenshot.toString());
            assertTrue(stack.daemon.cli().screen("fix-greeting").contains("got: [from ana] hello from the browser"));
        }
    }

    private static String link(Stack stack, String thread, String user) {
        stack.web.post("general", user, "/agent link", thread);
        return Eventually.value(user + "'s link", WAIT, () -> stack.web.thread("general", thread, user).stream()
                .map(m -> String.valueOf(m.get("text"))).filter(t -> t.contains("Your link to the live page"))
                .map(LINK::matcher).filter(Matcher::find).map(m -> m.group(1)).reduce((a, b) -> b).orElse(null));
    }

}
