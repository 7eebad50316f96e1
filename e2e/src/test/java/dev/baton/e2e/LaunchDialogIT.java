package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.config.ChannelSettings;
import dev.baton.config.Identity;
import dev.baton.protocol.json.Json;
import dev.baton.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web chat's "New session" dialog over its API, against a real daemon: defaults from #general's channel table,
 * the repo's branches from the daemon, an inline error for a branch that has gone, and a preferred daemon that is
 * offline reported (in the dialog and to {@code /agent run}).
 */
class LaunchDialogIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    @TempDir
    Path tmp;
    Stack stack;

    @BeforeEach
    void up() throws Exception {
        stack = new Stack(tmp);
        stack.repo.git("branch", "release");
        String folder = stack.repo.dir().getFileName().toString();
        stack.channels = Map.of("web:general", new ChannelSettings("web:general", Optional.of(folder),
                Optional.of("scripted"), Optional.empty(), Optional.of("release")));
        stack.identities = List.of(new Identity("ana", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("ana"), Optional.empty(),
                Optional.of("ana-laptop")));
        stack.startHub().startDaemon();
        stack.awaitDaemonOnline();
    }

    @AfterEach
    void down() {
        stack.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> field(Map<String, Object> form, String key) {
        return ((List<Map<String, Object>>) form.get("fields")).stream().filter(f -> key.equals(f.get("key")))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> optionValues(Map<String, Object> field) {
        return ((List<Map<String, Object>>) field.get("options")).stream().map(o -> o.get("value")).toList();
    }

    private String card(String name) {
        return Eventually.value("the status card of " + name, WAIT, () -> stack.web.botRoot("general", "Session " + name)
                .map(m -> (String) m.get("text")).orElse(null));
    }

    @Test
    void a_session_launched_through_the_dialog_starts_with_the_channels_defaults_and_the_daemons_branches() {
        Map<String, Object> form = stack.web.launchForm("general", "bob", Map.of());
        assertEquals(Map.of(), form.get("errors"), Json.write(form));
        assertEquals("test", field(form, "daemon").get("value"));
        assertEquals("scripted", field(form, "agent").get("value"));
        assertEquals(stack.repo.dir().toString(), field(form, "repo").get("value"));
        Map<String, Object> branch = field(form, "branch");
        assertEquals("select", branch.get("kind"));
        assertEquals("release", branch.get("value"));
        assertEquals(List.of("main", "release"), optionValues(branch), "the checked-out branch first, from the daemon");

        Map<String, Object> started = stack.web.launch("general", Json.object("user", "bob", "daemon", "test",
                "agent", "scripted", "repo", stack.repo.dir().toString(), "branch", "release", "name", "dialog",
                "prompt", "hello from the dialog", "visibility", "channel"), 201);
        assertEquals("dialog", started.get("name"));
        Eventually.await("the card of the dialog's session running from release", WAIT, () -> {
            String text = card("dialog");
            return text.contains("Branch: baton/dialog from release") && text.contains("Agent: scripted");
        });

        stack.web.post("general", "bob", "/agent run --name typed hello with no flags", null);
        Eventually.await("a typed run to take the channel's agent and branch too", WAIT,
                () -> card("typed").contains("Branch: baton/typed from release"));
    }

    @Test
    void the_new_session_dialog_works_in_a_real_browser() throws Exception {
        BrowserScript.requireBrowser();
        BrowserScript.run("launch.cjs", "launch browser test: all steps passed", "http://127.0.0.1:" + stack.hub.port(),
                Stack.TOKEN, BrowserScript.ROOT.resolve("e2e/target/launch-dialog.png").toString());
    }

    @Test
    void a_branch_that_has_gone_is_an_inline_error_and_nothing_starts() {
        Map<String, Object> refused = stack.web.launch("general", Json.object("user", "bob", "branch", "gone",
                "name", "nope", "prompt", "hello"), 422);
        String error = String.valueOf(((Map<?, ?>) refused.get("errors")).get("branch"));
        assertTrue(error.contains("Branch 'gone' is not in"), Json.write(refused));
        assertEquals(error, field(refused, "branch").get("error"));
        Map<String, Object> noPrompt = stack.web.launch("general", Json.object("user", "bob"), 422);
        assertTrue(((Map<?, ?>) noPrompt.get("errors")).containsKey("prompt"), Json.write(noPrompt));
        assertTrue(stack.web.botRoot("general", "Session nope").isEmpty());
    }

    @Test
    void an_offline_preferred_daemon_is_reported_in_the_dialog_and_to_a_typed_run() {
        Map<String, Object> form = stack.web.launchForm("general", "ana", Map.of());
        String error = String.valueOf(field(form, "daemon").get("error"));
        assertTrue(error.contains("Your preferred daemon ana-laptop is offline") && error.contains("test"), error);
        assertEquals("", field(form, "daemon").get("value"), "never picked silently");

        Map<String, Object> typed = stack.web.post("general", "ana", "/agent run hello", null);
        Eventually.await("the answer in the command's thread", WAIT, () -> stack.web.thread("general",
                (String) typed.get("thread"), "ana").stream().anyMatch(m -> String.valueOf(m.get("text"))
                .contains("Your preferred daemon ana-laptop is offline. Online: test")));

        Map<String, Object> picked = stack.web.launchForm("general", "ana", Map.of("daemon", "test"));
        assertEquals(Map.of(), picked.get("errors"), "picking another daemon clears it");
    }
}
