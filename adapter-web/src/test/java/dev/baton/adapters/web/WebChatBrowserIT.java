package dev.baton.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChatEvent;
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
 * The whole web chat in headless Chromium, driven by {@code src/test/browser/web-chat.cjs} through playwright-core
 * (tools/package.json). Skips loudly where Chromium, node or playwright-core is missing; run
 * {@code adapter-web/src/test/browser/setup.sh} to install Chromium.
 */
class WebChatBrowserIT {
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path ROOT = MODULE.getParent();
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("BATON_CHROMIUM", "/usr/bin/chromium"));

    @TempDir
    Path dir;

    @Test
    void a_person_runs_an_agent_presses_its_card_button_and_replies_in_the_thread() throws Exception {
        Path script = MODULE.resolve("src/test/browser/web-chat.cjs");
        Path playwright = ROOT.resolve("tools/node_modules/playwright-core");
        skipUnless(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + " (run adapter-web/src/test/browser/setup.sh)");
        skipUnless(onPath("node"), "node is not on PATH");
        skipUnless(Files.isDirectory(playwright), "playwright-core is not installed (cd tools && npm ci)");
        Path screenshot = MODULE.resolve("target/web-chat.png"); // docs/img holds a copy for the docs
        Files.createDirectories(screenshot.getParent());

        try (WebChatServer server = WebChatServer.start(dir)) {
            ProcessBuilder pb = new ProcessBuilder("node", script.toString(), server.url(), WebChatServer.TOKEN,
                    screenshot.toString()).redirectErrorStream(true);
            pb.environment().put("NODE_PATH", ROOT.resolve("tools/node_modules").toString());
            pb.environment().put("BATON_CHROMIUM", CHROMIUM.toString());
            Process node = pb.start();
            List<String> output = new ArrayList<>();
            Thread reader = Thread.ofVirtual().start(() -> readAll(node, output));
            try {
                boolean finished = node.waitFor(120, TimeUnit.SECONDS);
                reader.join(5_000);
                String log = String.join("\n", output);
                System.out.println(log);
                assertTrue(finished, "the browser script did not finish within 120 s:\n" + log);
                assertEquals(0, node.exitValue(), "the browser script failed:\n" + log);
                assertTrue(log.contains("web chat browser test: all steps passed"), log);
            } finally {
                node.descendants().forEach(ProcessHandle::destroyForcibly);
                node.destroyForcibly();
            }
            assertTrue(server.hub().all(ChatEvent.Button.class).stream()
                    .anyMatch(b -> b.user().id().equals("ana") && b.action().equals("approve")));
            assertTrue(server.hub().all(ChatEvent.Reply.class).stream()
                    .anyMatch(r -> r.user().id().equals("bo") && r.text().equals("looks good, ship it")));
            assertTrue(Files.size(screenshot) > 10_000, "a real screenshot at " + screenshot);
        }
    }

    private static void readAll(Process p, List<String> into) {
        try (var in = p.inputReader(StandardCharsets.UTF_8)) {
            in.lines().forEach(line -> {
                synchronized (into) {
                    into.add(line);
                }
            });
        } catch (IOException e) {
            into.add("(output ended: " + e + ")");
        }
    }

    private static void skipUnless(boolean ok, String why) {
        if (!ok) {
            String line = "SKIPPED: WebChatBrowserIT: " + why;
            System.out.println(line);
            System.err.println(line);
            Assumptions.abort(line);
        }
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }
}
