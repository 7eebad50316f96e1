package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person in headless Chromium drives a real session: web chat → hub → daemon → the scripted agent, with two
 * names in one thread. Skips loudly where Chromium, node or playwright-core is missing (bin/test installs them).
 */
class ProductInBrowserIT {

    @TempDir
    Path tmp;

    @Test
    void two_people_drive_a_real_session_from_the_browser() throws Exception {
        BrowserScript.requireBrowser();
        Path screenshot = BrowserScript.ROOT.resolve("e2e/target/session-thread.png"); // docs/img holds a copy for the docs
        try (Stack stack = new Stack(tmp).startHub().startDaemon()) {
            stack.awaitDaemonOnline();
            BrowserScript.run("product.cjs", "product browser test: all steps passed",
                    "http://127.0.0.1:" + stack.hub.port(), Stack.TOKEN, screenshot.toString());
            assertTrue(Files.readString(stack.daemon.root().resolve("worktrees/pair/greeting.txt")).contains("hello from ana"));
        }
    }

}
