package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.config.Identity;
import dev.baton.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end attribution with the scripted agent: whoever started the session, sent a turn or approved a prompt
 * since the last commit is a Co-authored-by trailer on the agent's next real commit; nobody else is. The recap
 * says who said what.
 */
class AttributionIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    @TempDir
    Path tmp;
    Stack stack;

    @AfterEach
    void down() {
        if (stack != null) {
            stack.close();
        }
    }

    private static Identity person(String key, String name, String email) {
        return new Identity(key, Optional.of(name), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(email), Optional.of(key));
    }

    private boolean threadSays(String thread, String text) {
        return stack.web.thread("general", thread, "ana").stream().anyMatch(m -> String.valueOf(m.get("text")).contains(text));
    }

    private long threadCount(String thread, String text) {
        return stack.web.thread("general", thread, "ana").stream().filter(m -> String.valueOf(m.get("text")).contains(text)).count();
    }

    private String start(String name) {
        stack.web.post("general", "ana", "/agent run --agent scripted --name " + name + " go", null);
        String thread = Eventually.value("the card", WAIT, () -> stack.web.botRoot("general", "Session " + name)
                .map(m -> (String) m.get("thread")).orElse(null));
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen(name).contains("\n>"));
        return thread;
    }

    @Test
    void a_github_identity_without_an_email_is_credited_by_its_noreply_address_and_shown_as_at_login() throws Exception {
        stack = new Stack(tmp);
        stack.identities = List.of(new Identity("ana", Optional.of("Ana Lima"), Optional.empty(), Optional.empty(),
                Optional.of("analima"), Optional.empty(), Optional.of("ana"), Optional.of(1234567L), Optional.empty()),
                new Identity("bob", Optional.of("Bob Builder"), Optional.empty(), Optional.empty(),
                        Optional.of("bobb"), Optional.empty(), Optional.of("bob")));
        stack.startHub().startDaemon();
        stack.awaitDaemonOnline();
        String thread = start("octo");
        stack.web.post("general", "bob", "write notes.txt from bob", thread);
        stack.web.post("general", "bob", "commit From the phone", thread);
        Eventually.await("the commit", WAIT, () -> stack.daemon.cli().screen("octo").contains("committed "));
        String msg = stack.repo.git("log", "-1", "--format=%B", "baton/octo");
        assertEquals(List.of("Co-authored-by: Ana Lima <1234567+analima@users.noreply.github.com>",
                "Co-authored-by: Bob Builder <bobb@users.noreply.github.com>"),
                msg.lines().filter(l -> l.startsWith("Co-authored-by:")).toList(), "exact with github_id, by login without");
        stack.web.post("general", "ana", "/agent transcript", thread);
        Eventually.await("the transcript names bob with his login", WAIT, () -> threadSays(thread, "bob (web) @bobb: write notes.txt"));
    }

    @Test
    void commits_credit_the_people_whose_turns_and_approvals_led_to_them() throws Exception {
        stack = new Stack(tmp);
        stack.identities = List.of(person("ana", "Ana Lima", "ana@example.com"), person("bob", "Bob Builder", "bob@example.com"));
        stack.startHub().startDaemon();
        stack.awaitDaemonOnline();
        String thread = start("credit");

        stack.web.post("general", "bob", "write notes.txt from bob", thread);
        stack.web.post("general", "bob", "commit First change", thread);
        Eventually.await("the first commit", WAIT, () -> stack.daemon.cli().screen("credit").contains("committed "));
        String first = stack.repo.git("log", "-1", "--format=%B", "baton/credit");
        assertTrue(first.startsWith("First change\n\n"), first);
        assertEquals(List.of("Co-authored-by: Ana Lima <ana@example.com>", "Co-authored-by: Bob Builder <bob@example.com>"),
                first.lines().filter(l -> l.startsWith("Co-authored-by:")).toList(), "the owner's prompt and bob's turns");

        stack.web.post("general", "carol", "write later.txt from carol", thread);
        stack.web.post("general", "carol", "ask Ship it?", thread);
        Eventually.await("a prompt card", WAIT, () -> threadSays(thread, "Permission needed"));
        stack.web.post("general", "ana", "yes", thread);
        Eventually.await("the approval", WAIT, () -> stack.daemon.cli().screen("credit").contains("approved"));
        stack.web.post("general", "carol", "commit Second change", thread);
        Eventually.await("the second commit", WAIT,
                () -> stack.repo.git("log", "-1", "--format=%s", "baton/credit").strip().equals("Second change"));
        String second = stack.repo.git("log", "-1", "--format=%B", "baton/credit");
        assertEquals(List.of("Co-authored-by: Ana Lima <ana@example.com>"),
                second.lines().filter(l -> l.startsWith("Co-authored-by:")).toList(),
                "ana approved; bob did nothing since the last commit; carol has no identity: " + second);

        String audit = stack.daemon.cli().run("events", "credit", "--kind", "audit").ok().out();
        assertTrue(audit.contains("prompt_answered") && audit.contains("\"decision\":\"allow_once\"") && audit.contains("\"by\":\"web:ana\""), audit);
        assertTrue(!audit.contains("turn_delivered") && !audit.contains("state "), "only the audit trail: " + audit);
        stack.web.post("general", "ana", "/agent kill", thread);
        Eventually.await("the kill in every session's audit trail", WAIT, () -> stack.daemon.cli()
                .run("events", "--kind", "audit").ok().out().matches("(?s).*credit +\\d+ +\\S+ +kill_requested +.*web:ana.*"));
        assertTrue(String.valueOf(stack.web.botRoot("general", "Session credit").orElseThrow().get("text"))
                .contains("Mode: unconfined"), "the card shows the scripted agent is not sandboxed");
        stack.web.post("general", "ana", "/agent recap", thread);
        Eventually.await("the recap", WAIT, () -> threadSays(thread, "Recap of credit"));
        String recap = stack.web.thread("general", thread, "ana").stream().map(m -> String.valueOf(m.get("text")))
                .filter(t -> t.contains("Recap of credit")).findFirst().orElseThrow();
        assertTrue(recap.contains("bob") && recap.contains("carol"), "the recap names who drove it: " + recap);
        String events = stack.daemon.cli().run("events", "credit").ok().out();
        assertTrue(events.contains("web:bob") && events.contains("web:carol") && events.contains("web:ana"),
                "the transcript names each sender: " + events);
    }

    @Test
    void a_flood_of_turns_is_refused_with_a_reply_per_turn_and_never_reaches_the_agent() throws Exception {
        stack = new Stack(tmp);
        stack.limits = new dev.baton.config.LimitSettings(1, 1, 3);
        stack.startHub().startDaemon();
        stack.awaitDaemonOnline();
        String thread = start("flood");
        for (int i = 1; i <= 5; i++) {
            stack.web.post("general", "dave", "dave " + i, thread);
        }
        for (int i = 1; i <= 2; i++) {
            stack.web.post("general", "eve", "eve " + i, thread);
        }
        Eventually.await("two refusals for dave", WAIT, () -> threadCount(thread, "Sorry dave, you are sending turns faster than 1 a minute") == 2);
        Eventually.await("a refusal for eve: the session's bucket is empty", WAIT,
                () -> threadCount(thread, "Sorry eve, this session is getting turns faster than 1 a minute") == 2);
        Eventually.await("the accepted turns delivered", WAIT, () -> stack.daemon.cli().screen("flood").contains("got: [from dave] dave 3"));
        String screen = stack.daemon.cli().screen("flood");
        assertTrue(!screen.contains("dave 4") && !screen.contains("dave 5") && !screen.contains("eve 1")
                && !screen.contains("eve 2"), "refused turns never reach the agent: " + screen);
        List<Map<String, Object>> msgs = stack.web.thread("general", thread, "ana");
        assertEquals(4, msgs.stream().filter(m -> "not sent (rate limit)".equals(m.get("badge"))).count(),
                "each refused turn is marked: " + msgs);
    }
}
