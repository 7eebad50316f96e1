package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in headless Chromium (playwright-core), at desktop size (1280×800) and phone size (390×844): the link
 * {@code /agent dashboard} whispers opens every session the viewer may see; an open prompt waits at the top with
 * Approve and Deny; approving from the dashboard answers the agent and updates the card in the thread. A watcher sees
 * the session without the buttons, a forged link is refused. Screenshots go to {@code e2e/target/img/} (docs/img holds copies).
 */
class DashboardBrowserIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("(http://\\S+/dashboard/[A-Za-z0-9_.-]+)");
    @TempDir
    Path tmp;

    @Test
    void a_prompt_approved_from_the_dashboard_at_desktop_and_phone_size_updates_the_card_in_the_thread() throws Exception {
        BrowserScript.requireBrowser();
        Path img = BrowserScript.ROOT.resolve("e2e/target/img"); // docs/img holds copies for the docs
        java.nio.file.Files.createDirectories(img);
        try (Stack stack = new Stack(tmp).startHub().startDaemon()) {
            stack.awaitDaemonOnline();
            stack.web.post("general", "ana", "/agent run --agent scripted --name gate go", null);
            String thread = Eventually.value("the card", WAIT, () -> stack.web.botRoot("general", "Session gate")
                    .map(m -> (String) m.get("thread")).orElse(null));
            Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("gate").contains("\n>"));
            stack.web.post("general", "ana", "/agent share @carol --watch", thread);
            String ana = dashboard(stack, "ana");
            String carol = dashboard(stack, "carol");
            String base = "http://127.0.0.1:" + stack.hub.port();

            stack.web.post("general", "ana", "ask Drop the staging table?", thread);
            awaitCard(stack, thread, "Drop the staging table?");
            BrowserScript.run("dashboard.cjs", "dashboard browser test (desktop): all steps passed", "desktop", ana,
                    carol, base, Stack.TOKEN, thread, img.resolve("dashboard-desktop.png").toString(),
                    "Drop the staging table?");
            Eventually.await("the agent got the answer", WAIT, () -> stack.daemon.cli().screen("gate").contains("approved"));

            stack.web.post("general", "ana", "ask Rotate the keys?", thread);
            awaitCard(stack, thread, "Rotate the keys?");
            BrowserScript.run("dashboard.cjs", "dashboard browser test (phone): all steps passed", "phone", ana,
                    carol, base, Stack.TOKEN, thread, img.resolve("dashboard-phone.png").toString(), "Rotate the keys?");
            String events = stack.daemon.cli().run("events", "gate", "--json").ok().out();
            assertTrue(events.split("\"type\":\"prompt_answered\"", -1).length - 1 >= 2
                    && events.contains("\"by\":\"web:ana\""), events);

            stack.web.post("general", "ana", "/agent visibility shared", thread);
            String dave = dashboard(stack, "dave");
            Eventually.await("a session dave may not open is not on his dashboard", WAIT,
                    () -> !state(dave).contains("\"name\":\"gate\""));
            assertTrue(state(carol).contains("\"name\":\"gate\""), "carol, who it is shared with, still sees it");
        }
    }

    private static String state(String link) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(link + "/state")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 200, r.body());
        return r.body();
    }

    private static void awaitCard(Stack stack, String thread, String question) {
        Eventually.await("the prompt card for " + question, WAIT, () -> stack.web.thread("general", thread, "ana").stream()
                .map(m -> String.valueOf(m.get("text")))
                .anyMatch(t -> t.contains("Permission needed") && t.contains(question)));
    }

    /** {@code /agent dashboard} in the channel; the link is whispered in the command's thread. */
    private static String dashboard(Stack stack, String user) {
        Map<String, Object> asked = stack.web.post("general", user, "/agent dashboard", null);
        String where = (String) (asked.get("thread") != null ? asked.get("thread") : asked.get("id"));
        return Eventually.value(user + "'s dashboard link", WAIT, () -> stack.web.thread("general", where, user).stream()
                .map(m -> String.valueOf(m.get("text"))).filter(t -> t.contains("Your dashboard"))
                .map(LINK::matcher).filter(Matcher::find).map(m -> m.group(1)).reduce((a, b) -> b).orElse(null));
    }
}
