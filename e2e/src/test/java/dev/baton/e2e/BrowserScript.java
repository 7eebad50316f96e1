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

/**
 * A playwright-core script under {@code e2e/src/test/browser} driving headless Chromium against a running stack. Each
 * script prints {@code ok: STEP} per step and {@code FAILED: STEP: WHY} on the first failure. Skips loudly where
 * Chromium, node or playwright-core is missing (bin/test installs them).
 */
final class BrowserScript {
    static final Path ROOT = Path.of(System.getProperty("baton.home", "..")).toAbsolutePath().normalize();
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("BATON_CHROMIUM", "/usr/bin/chromium"));

    private BrowserScript() {}

    /** Aborts (skips) the calling test unless Chromium and playwright-core are installed. */
    static void requireBrowser() {
        skipUnless(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        skipUnless(Files.isDirectory(ROOT.resolve("tools/node_modules/playwright-core")), "playwright-core is not installed");
    }

    /** Runs {@code script} with {@code args}; asserts it finished, passed and printed {@code passed}; returns its log. */
    static String run(String script, String passed, String... args) throws InterruptedException {
        List<String> argv = new ArrayList<>(List.of("node", ROOT.resolve("e2e/src/test/browser/" + script).toString()));
        argv.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
        pb.environment().put("NODE_PATH", ROOT.resolve("tools/node_modules").toString());
        Process node;
        try {
            node = pb.start();
        } catch (IOException e) {
            skipUnless(false, "node is not installed");
            return "";
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
        assertTrue(log.contains(passed), log);
        return log;
    }

    private static void skipUnless(boolean ok, String why) {
        if (!ok) {
            System.err.println("\n*** SKIPPED: " + why + " (bin/test installs it) ***\n");
            Assumptions.abort(why);
        }
    }
}
