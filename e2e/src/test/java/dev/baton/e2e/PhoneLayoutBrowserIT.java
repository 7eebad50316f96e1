package dev.baton.e2e;

import dev.baton.testing.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web chat and the session page at phone size (390×844) in headless Chromium: no horizontal scrolling, tap
 * targets of at least 44 px, the terminal within the width, and a prompt answered by a tap on the session page.
 * Screenshots go to {@code e2e/target/img/} (docs/img holds copies). The dashboard's phone test is {@link DashboardBrowserIT}.
 */
class PhoneLayoutBrowserIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("(http://\\S+/s/[A-Za-z0-9_.-]+)");
    @TempDir
    Path tmp;

    @Test
    void the_web_chat_and_the_session_page_are_usable_at_phone_size() throws Exception {
        BrowserScript.requireBrowser();
        try (Stack stack = new Stack(tmp).startHub().startDaemon()) {
            stack.awaitDaemonOnline();
            stack.web.post("general", "ana", "/agent run --agent scripted --name pocket go", null);
            String thread = Eventually.value("the card", WAIT, () -> stack.web.botRoot("general", "Session pocket")
                    .map(m -> (String) m.get("thread")).orElse(null));
            Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("pocket").contains("\n>"));
            stack.web.post("general", "ana", "ask Ship it from the bus?", thread);
            Eventually.await("the prompt card", WAIT, () -> stack.web.thread("general", thread, "ana").stream()
                    .anyMatch(m -> String.valueOf(m.get("text")).contains("Ship it from the bus?")));
            stack.web.post("general", "ana", "/agent link", thread);
            String link = Eventually.value("ana's link", WAIT, () -> stack.web.thread("general", thread, "ana").stream()
                    .map(m -> String.valueOf(m.get("text"))).filter(t -> t.contains("Your link to the live page"))
                    .map(LINK::matcher).filter(Matcher::find).map(m -> m.group(1)).reduce((a, b) -> b).orElse(null));
            BrowserScript.run("phone.cjs", "phone browser test: all steps passed", "http://127.0.0.1:" + stack.hub.port(),
                    Stack.TOKEN, thread, link, "Ship it from the bus?", Files.createDirectories(BrowserScript.ROOT.resolve("e2e/target/img")).toString());
            Eventually.await("the agent got the answer", WAIT, () -> stack.daemon.cli().screen("pocket").contains("approved"));
        }
    }
}
