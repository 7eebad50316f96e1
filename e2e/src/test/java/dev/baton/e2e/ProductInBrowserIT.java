package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person in headless Chromium drives a real session: web chat → hub → daemon → the scripted agent, with two
 * names in one thread. Skips loudly where Chromium, node or playwright-core is missing (bin/test installs them).
 */
class ProductInBrowserIT {
    static final Path ROOT = Path.of(System.getProperty("baton.home", "..")).toAbsolutePath().normalize();
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("BATON_CHROMIUM", "/usr/bin/chromium"));

    @TempDir
    Path tmp;

    @Test
    void two_people_drive_a_real_session_from_the_browser() throws Exception {
        skipUnless(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        skipUnless(Files.isDirectory(ROOT.resolve("tools/node_modules/playwright-core")), "playwright-core is not installed");
        Path screenshot = ROOT.resolve("e2e/target/session-thread.png"); // docs/img holds a copy for the docs
        try (Stack stack = new Stack(tmp).startHub().startDaemon()) {
            stack.awaitDaemonOnline();
            ProcessBuilder pb = new ProcessBuilder("node", ROOT.resolve("e2e/src/test/browser/product.cjs").toString(),
                    "http://127.0.0.1:" + stack.hub.port(), Stack.TOKEN, screenshot.toString()).redirectErrorStream(true);
            pb.environment().put("NODE_PATH", ROOT.resolve("tools/node_modules").toString());
            Process node;
            try {
                node = pb.start();
            } catch (IOException e) {
                skipUnless(false, "node is not installed");
                return;
            }
            List<String> output = new ArrayList<>();
            Thread reader = Thread.ofVirtual().start(() -> node.inputReader(StandardCharsets.UTF_8).lines().forEach(output::add));
            boolean finished = node.waitFor(180, TimeUnit.SECONDS);
            reader.join(5000);
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly();
            String log = String.join("\n", output);
            System.out.println(log);
            assertTrue(finished, "the browser script did not finish:\n" + log);
            assertEquals(0, node.exitValue(), "the browser script failed:\n" + log);
            assertTrue(log.contains("product browser test: all steps passed"), log);
            assertTrue(Files.readString(stack.daemon.root().resolve("worktrees/pair/greeting.txt")).contains("hello from ana"));
        }
    }

    private static void skipUnless(boolean ok, String why) {
        if (!ok) {
            System.err.println("\n*** SKIPPED: " + why + " (bin/test installs it) ***\n");
            Assumptions.abort(why);
        }
    }
}
