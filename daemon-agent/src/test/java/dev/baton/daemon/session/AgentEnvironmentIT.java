package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.testing.Eventually;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agent runs commands a model chose, so its process never holds the bot's credentials: read from the real agent's
 * {@code /proc/PID/environ}, the user's environment and the agent's own {@code env} are there, and no variable that a
 * {@code [slack]}, {@code [discord]} or {@code [hub]} reference names, nor {@code BATON_HUB_TOKEN}.
 */
class AgentEnvironmentIT {
    @TempDir
    Path tmp;

    @Test
    void the_agents_process_keeps_the_users_environment_and_holds_no_secret_the_config_names() throws Exception {
        TempRepo repo = TempRepo.create(tmp);
        Map<String, String> env = Map.of("DISCORD_TOKEN", "discord-secret-1", "SLACK_BOT_TOKEN", "xoxb-secret-2",
                "SLACK_SIGNING_SECRET", "signing-secret-3", "MY_HUB_TOKEN", "daemon-secret-4",
                "BATON_HUB_TOKEN", "daemon-secret-5", "ANTHROPIC_API_KEY", "sk-ant-users-own", "HTTPS_PROXY",
                "http://proxy.example:3128");
        String toml = """
                [agents.scripted.env]
                AGENT_SETTING = "from-config"
                [hub]
                token = "env:MY_HUB_TOKEN"
                [slack]
                bot_token = "env:SLACK_BOT_TOKEN"
                signing_secret = "env:SLACK_SIGNING_SECRET"
                [discord]
                token = "env:DISCORD_TOKEN"
                guilds = ["123456789012345678"]
                """;
        try (DaemonProcess daemon = new DaemonProcess(tmp.resolve("root"), env).config(toml).start()) {
            Cli cli = daemon.cli();
            cli.run("run", "--name", "envcheck", "--agent", "scripted", "--repo", repo.dir().toString(), "x").ok();
            Eventually.await("the agent's prompt", Duration.ofSeconds(20), () -> cli.screen("envcheck").contains("\n>"));
            long pid = Long.parseLong(cli.run("ls", "--json").ok().out().replaceAll("(?s).*\"pid\":(\\d+).*", "$1"));
            Map<String, String> environ = environ(pid);
            assertTrue(environ.containsKey("PATH") && environ.containsKey("HOME"), environ.keySet().toString());
            assertEquals("sk-ant-users-own", environ.get("ANTHROPIC_API_KEY"));
            assertEquals("http://proxy.example:3128", environ.get("HTTPS_PROXY"));
            assertEquals("from-config", environ.get("AGENT_SETTING"));
            for (String name : new String[] {"DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "MY_HUB_TOKEN",
                    "BATON_HUB_TOKEN"}) {
                assertFalse(environ.containsKey(name), name + " reached the agent");
            }
            String all = String.join("\n", environ.values());
            assertFalse(all.contains("secret-"), "a secret value reached the agent");
        }
    }

    static Map<String, String> environ(long pid) throws Exception {
        byte[] raw = Files.readAllBytes(Path.of("/proc/" + pid + "/environ"));
        Map<String, String> out = new HashMap<>();
        for (String entry : new String(raw, StandardCharsets.UTF_8).split("\0")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                out.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return out;
    }
}
