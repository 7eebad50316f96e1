package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Platform;
import dev.baton.testing.Eventually;
import dev.baton.hub.page.LinkSigner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The live session page over real HTTP and WebSocket: web chat → hub → daemon → the scripted agent's PTY and back.
 * Links are personal, signed and expiring; the one access policy decides every load and every message; a revoked
 * page closes within a second; watchers cannot type; a non-approver cannot approve; inspect-files refuses traversal.
 */
class SessionPageIT extends WebStackFixture {
    private static final Pattern LINK = Pattern.compile("(http://\\S+/s/[A-Za-z0-9_.-]+)");

    private String start(String name) {
        stack.web.post("general", "ana", "/agent run --agent scripted --name " + name + " hello page", null);
        String thread = Eventually.value("the card of " + name, WAIT, () -> stack.web.botRoot("general", "Session " + name)
                .map(m -> (String) m.get("thread")).orElse(null));
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen(name).contains("first prompt: hello page"));
        return thread;
    }

    private boolean says(String thread, String user, String text) {
        return stack.web.thread("general", thread, user).stream().anyMatch(m -> String.valueOf(m.get("text")).contains(text));
    }

    /** {@code user} asks for a link in the thread and reads it from the private answer only they see. */
    private String link(String thread, String user) {
        stack.web.post("general", user, "/agent link", thread);
        return Eventually.value(user + "'s link", WAIT, () -> stack.web.thread("general", thread, user).stream()
                .map(m -> String.valueOf(m.get("text"))).filter(t -> t.contains("Your link to the live page"))
                .map(LINK::matcher).filter(Matcher::find).map(m -> m.group(1)).reduce((a, b) -> b).orElse(null));
    }

    private static String screenText(PageClient page) {
        String t = page.terminal();
        int reset = t.lastIndexOf("<reset>");
        return reset < 0 ? t : t.substring(reset);
    }

    @Test
    void the_page_shows_the_real_screen_takes_turns_inspects_files_and_pauses() throws Exception {
        String thread = start("live");
        stack.web.post("general", "ana", "first words", thread);
        Eventually.await("the turn on screen", WAIT, () -> stack.daemon.cli().screen("live").contains("got: [from ana] first words"));

        String url = link(thread, "ana");
        assertFalse(says(thread, "bob", "Your link to the live page"), "a link is whispered to its owner only");
        Object[] html = PageClient.get(url);
        assertEquals(200, html[0]);
        assertTrue(((String) html[1]).contains("/page/xterm.js"), "the page loads the bundled xterm.js");
        assertEquals(200, PageClient.get(url.replaceFirst("/s/.*", "/page/xterm.js"))[0]);
        try (PageClient ana = new PageClient(url).connect()) {
            Map<String, Object> state = ana.json("/state");
            assertEquals("owner", ((Map<?, ?>) state.get("you")).get("role"));
            assertEquals("live", ((Map<?, ?>) state.get("session")).get("name"));
            Eventually.await("the current screen first, then the live bytes", WAIT,
                    () -> screenText(ana).contains("got: [from ana] first words"));

            ana.send("type", "turn", "text", "typed on the page", "ref", "1");
            Eventually.await("the page's turn reaches the agent, attributed", WAIT,
                    () -> stack.daemon.cli().screen("live").contains("got: [from ana] typed on the page"));
            Eventually.await("and streams back to the page", WAIT, () -> ana.terminal().contains("typed on the page"));
            Eventually.await("the thread keeps the record", WAIT, () -> says(thread, "ana", "ana (on the session page): typed on the page"));
            assertTrue(ana.json("/state").get("turns").toString().contains("typed on the page"));

            ana.send("type", "turn", "text", "write notes.txt hello notes");
            Eventually.await("the agent writes a file", WAIT, () -> stack.daemon.cli().screen("live").contains("wrote notes.txt"));
            Path worktree = stack.daemon.root().resolve("worktrees/live");
            Files.createSymbolicLink(worktree.resolve("leak"), Path.of("/etc/hostname"));
            assertTrue(ana.json("/files").get("files").toString().contains("notes.txt"));
            Map<String, Object> file = ana.json("/file?path=notes.txt");
            assertEquals("hello notes\n", file.get("text"));
            assertTrue(String.valueOf(file.get("diff")).contains("+hello notes"), String.valueOf(file.get("diff")));
            for (String[] bad : List.of(new String[] {"../../../../etc/passwd", "'..' is not allowed"},
                    new String[] {"%2Fetc%2Fpasswd", "relative"}, new String[] {"leak", "leads outside the worktree"},
                    new String[] {".git%2Fconfig", "git's own files"}, new String[] {"sub%2F..%2F..%2Fx", "'..' is not allowed"})) {
                Object[] r = PageClient.get(url + "/file?path=" + bad[0]);
                assertEquals(422, r[0], bad[0] + ": " + r[1]);
                assertTrue(((String) r[1]).contains(bad[1]), bad[0] + ": " + r[1]);
            }
            Map<String, Object> details = ana.json("/details");
            assertTrue(String.valueOf(details.get("diff")).contains("notes.txt"));
            assertTrue(String.valueOf(details.get("attention")).contains("\"state\"") || details.get("attention") instanceof List<?>);
            assertTrue(String.valueOf(details.get("recap")).contains("live"), String.valueOf(details.get("recap")));

            ana.send("type", "pause");
            Eventually.await("the agent interrupted with its interrupt key", WAIT,
                    () -> stack.daemon.cli().screen("live").contains("interrupted"));
            Eventually.await("the thread told", WAIT, () -> says(thread, "ana", "ana paused live"));
            Eventually.await("the page shows it paused", WAIT,
                    () -> Boolean.TRUE.equals(((Map<?, ?>) ana.json("/state").get("session")).get("paused")));
            stack.web.post("general", "ana", "held until resumed", thread);
            Eventually.await("the turn queued at the daemon", WAIT,
                    () -> stack.daemon.cli().run("events", "live").out().contains("held until resumed"));
            stack.web.post("general", "ana", "/agent resume", thread);
            Eventually.await("the held turn delivered after the resume", WAIT,
                    () -> stack.daemon.cli().screen("live").contains("got: [from ana] held until resumed"));
            String events = stack.daemon.cli().run("events", "live").out();
            int queued = events.indexOf("held until resumed");
            int resumed = events.indexOf("\"action\":\"resume\"");
            int delivered = events.indexOf("turn_delivered", queued);
            assertTrue(queued > 0 && resumed > queued && delivered > resumed, "delivered only after the resume:\n" + events);
        }
    }

    @Test
    void what_an_instrumented_agent_reports_reaches_the_thread_by_level_and_the_page_with_its_artifacts() throws Exception {
        String thread = start("reporter");
        stack.daemon.cli().runWithInput("""
                {"kind":"step","message":"quietly parsing"}
                {"level":"notice","kind":"test_run","message":"12 passed, 1 failed","passed":12}
                {"kind":"artifact","artifact":"screenshot","path":"shots/login.png","message":"the login page"}
                """, "emit", "reporter", "--batch").ok();
        Eventually.await("the notice in the thread", WAIT, () -> says(thread, "ana", "notification: 12 passed, 1 failed"));
        assertFalse(says(thread, "ana", "quietly parsing"), "an info event stays out of the thread");
        try (PageClient ana = new PageClient(link(thread, "ana")).connect()) {
            String attention = String.valueOf(ana.json("/details").get("attention"));
            assertTrue(attention.contains("quietly parsing") && attention.contains("emitted"), attention);
            assertTrue(attention.contains("shots/login.png") && attention.contains("screenshot"), attention);
            assertTrue(String.valueOf(ana.json("/details").get("recap")).contains("### Artifacts"));
        }
    }

    @Test
    void links_and_roles_are_checked_on_every_load_and_message() throws Exception {
        String thread = start("guarded");
        String anaUrl = link(thread, "ana");
        String bobUrl = link(thread, "bob"); // channel visibility: bob, in the channel, drives
        Map<String, Object> state = new PageClient(anaUrl).json("/state");
        String sessionId = (String) ((Map<?, ?>) state.get("session")).get("id");
        assertEquals("driver", ((Map<?, ?>) new PageClient(bobUrl).json("/state").get("you")).get("role"));

        // A forged link: ana's, with the user changed to eve; the signature no longer matches.
        String token = anaUrl.substring(anaUrl.lastIndexOf('/') + 1);
        String body = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(body.replace("\nana\nana\n", "\neve\neve\n")
                .getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
        assertTrue(!forged.equals(token));
        Object[] r = PageClient.get(anaUrl.replace(token, forged));
        assertEquals(403, r[0]);
        assertTrue(((String) r[1]).contains("not issued by this hub"), (String) r[1]);
        assertEquals(403, PageClient.get(anaUrl.replace(token, "garbage") + "/state")[0]);
        // An expired link, signed with the hub's own key.
        String expired = LinkSigner.open(tmp.resolve("hub"), Clock.offset(Clock.systemUTC(), Duration.ofDays(-2)))
                .mint(sessionId, new ChatUser(Platform.WEB, "ana", "ana"), Duration.ofHours(1));
        r = PageClient.get(anaUrl.replace(token, expired) + "/state");
        assertEquals(403, r[0]);
        assertTrue(((String) r[1]).contains("expired"), (String) r[1]);
        // A link that expires while its page is open: the next message finds it expired and the page is closed.
        long expiresAt = System.currentTimeMillis() + 1500;
        String shortLived = LinkSigner.open(tmp.resolve("hub"), Clock.systemUTC())
                .mint(sessionId, new ChatUser(Platform.WEB, "ana", "ana"), Duration.ofMillis(1500));
        try (PageClient soon = new PageClient(anaUrl.replace(token, shortLived)).connect()) {
            Eventually.await("the short-lived page streaming", WAIT, () -> screenText(soon).contains("first prompt: hello page"));
            Eventually.await("the link's expiry to pass", WAIT, () -> System.currentTimeMillis() > expiresAt + 50);
            soon.send("type", "turn", "text", "too late");
            soon.closedAt.get(5, TimeUnit.SECONDS);
            assertTrue(soon.closeReason().contains("expired"), soon.closeReason());
        }
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(tmp.resolve("hub/page-link.key"))));

        // Revoking: bob's open page closes within a second of the visibility change; a reload is refused.
        try (PageClient bob = new PageClient(bobUrl).connect()) {
            Eventually.await("bob's page streaming", WAIT, () -> screenText(bob).contains("first prompt: hello page"));
            long asked = System.nanoTime();
            stack.web.post("general", "ana", "/agent visibility shared", thread);
            long closed = bob.closedAt.get(5, TimeUnit.SECONDS);
            long ms = (closed - asked) / 1_000_000;
            System.out.println("revoked page closed after " + ms + " ms");
            assertTrue(ms < 1000, "bob's page closed after " + ms + " ms");
            assertTrue(bob.closeReason().contains("shared with named people only"), bob.closeReason());
        }
        r = PageClient.get(bobUrl + "/state");
        assertEquals(403, r[0]);
        stack.web.post("general", "bob", "can I still drive?", thread);
        Eventually.await("bob's reply refused, privately", WAIT, () -> says(thread, "bob", "That message was not sent to the agent"));
        assertFalse(says(thread, "ana", "That message was not sent to the agent"), "the refusal is bob's alone");
        String bobLs = (String) stack.web.post("general", "bob", "/agent ls", null).get("thread");
        Eventually.await("bob's list leaves out what he may not see", WAIT, () -> says(bobLs, "bob", "No sessions in this channel yet"));
        String anaLs = (String) stack.web.post("general", "ana", "/agent ls", null).get("thread");
        Eventually.await("ana's list has it", WAIT, () -> says(anaLs, "ana", "guarded"));

        // Watchers see but cannot type, send keys or approve.
        stack.web.post("general", "ana", "/agent share @carol --watch", thread);
        Eventually.await("the share announced", WAIT, () -> says(thread, "ana", "shared guarded with carol (watcher)"));
        String carolUrl = link(thread, "carol");
        try (PageClient carol = new PageClient(carolUrl).connect(); PageClient ana = new PageClient(anaUrl).connect()) {
            Eventually.await("carol's page streaming", WAIT, () -> screenText(carol).contains("first prompt: hello page"));
            carol.send("type", "turn", "text", "carol was here", "ref", "c1");
            carol.send("type", "keys", "keys", List.of("enter"), "ref", "c2");
            Eventually.await("both refused", WAIT, () -> carol.results().size() == 2);
            for (Map<String, Object> res : carol.results()) {
                assertEquals(false, res.get("ok"));
                assertTrue(String.valueOf(res.get("error")).contains("carol is a watcher of guarded"), res.toString());
            }
            ana.send("type", "turn", "text", "ask Ship it?");
            Eventually.await("a prompt open on the page", WAIT, () -> carol.json("/state").get("prompt") != null);
            String promptId = (String) ((Map<?, ?>) carol.json("/state").get("prompt")).get("id");
            carol.send("type", "answer", "prompt", promptId, "decision", "allow_once", "ref", "c3");
            Eventually.await("carol's approval refused", WAIT, () -> carol.results().size() == 3);
            assertEquals(false, carol.results().get(2).get("ok"));
            assertTrue(String.valueOf(carol.results().get(2).get("error")).contains("only watches"), carol.results().toString());
            Eventually.await("the refusals are audited in the session's events", WAIT, () -> {
                String events = stack.daemon.cli().run("events", "guarded").out();
                return events.contains("send_turn") && events.contains("approve") && events.contains("refused");
            });
            assertFalse(stack.daemon.cli().screen("guarded").contains("carol was here"));
            ana.send("type", "keys", "keys", List.of("y", "enter"));
            Eventually.await("ana's answer reaches the agent", WAIT, () -> stack.daemon.cli().screen("guarded").contains("approved"));

            long asked = System.nanoTime();
            stack.web.post("general", "ana", "/agent unshare @carol", thread);
            long closed = carol.closedAt.get(5, TimeUnit.SECONDS);
            long ms = (closed - asked) / 1_000_000;
            System.out.println("unshared page closed after " + ms + " ms");
            assertTrue(ms < 1000, "carol's page closed after " + ms + " ms");
            assertFalse(ana.closedAt.isDone(), "the owner's page stays open");
        }
        // Only the owner changes sharing: a named driver may not, and bob, now outside, may not even see it.
        stack.web.post("general", "ana", "/agent share @dan --drive", thread);
        stack.web.post("general", "dan", "/agent visibility channel", thread);
        Eventually.await("dan refused", WAIT, () -> says(thread, "dan", "only the owner (ana) can change who may see guarded"));
        stack.web.post("general", "bob", "/agent visibility channel", thread);
        Eventually.await("bob refused", WAIT, () -> says(thread, "bob", "Sorry bob, guarded is shared with named people only"));
    }
}
