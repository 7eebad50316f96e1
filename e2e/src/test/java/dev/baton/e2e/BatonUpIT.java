package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.discord.testing.FakeDiscord;
import dev.baton.adapters.slack.testing.FakeSlack;
import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.testing.Eventually;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code bin/baton up}, as docs/slack.md and docs/discord.md set it up (secrets exported, referenced as
 * {@code env:}), against fake Slack and Discord on loopback: its console is readable (the URL, Baton's own lines, no
 * library INFO lines, which go to {@code logs/hub.log}); neither its local daemon nor an agent holds the bot's
 * secrets ({@code /proc/PID/environ}); and a {@code kill -9} of the daemon is followed by a new one that re-adopts
 * the agent from the PTY host and shows online in the hub again. Runs the jars the reactor built.
 */
class BatonUpIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Map<String, String> SECRETS = Map.of("SLACK_BOT_TOKEN", "xoxb-up-secret-1",
            "SLACK_SIGNING_SECRET", "signing-up-secret-2", "DISCORD_TOKEN", "discord-up-secret-3");
    private static final Pattern URL = Pattern.compile("Baton is up: http://127\\.0\\.0\\.1:(\\d+)/\\?token=([0-9a-f]+)");

    @TempDir
    Path tmp;
    private Process baton;
    private FakeSlack slack;
    private FakeDiscord discord;
    private Cli cli;

    @Test
    void baton_up_prints_its_url_keeps_secrets_from_agents_and_restarts_a_killed_daemon_that_readopts_its_agent()
            throws Exception {
        Path home = Path.of(System.getProperty("baton.home", "..")).toAbsolutePath().normalize();
        assertTrue(Files.exists(home.resolve("bot/target/lib")) && Files.exists(home.resolve("daemon-agent/target/lib")),
                "bin/baton runs the built jars: build them first (mvn -DskipTests install)");
        TempRepo repo = TempRepo.create(tmp);
        Path root = tmp.resolve("root");
        slack = FakeSlack.start();
        discord = FakeDiscord.start();
        Files.createDirectories(root);
        Files.writeString(root.resolve("config.toml"), """
                [daemon]
                name = "local"
                repos = ["%s"]
                [web]
                port = 0
                [agents.demo]
                command = "%s"
                args = []
                [slack]
                bot_token = "env:SLACK_BOT_TOKEN"
                signing_secret = "env:SLACK_SIGNING_SECRET"
                api_url = "%s"
                [discord]
                token = "env:DISCORD_TOKEN"
                guilds = ["%s"]
                api_url = "%s"
                gateway_url = "%s"
                """.formatted(repo.dir(), DaemonProcess.scriptedAgent(), slack.apiUrl(), FakeDiscord.GUILD,
                discord.apiUrl(), discord.gatewayUrl()));
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(SECRETS);
        env.put("BATON_DIR", root.toString());
        env.put("BATON_NO_BUILD", "1");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        cli = new Cli(Map.of("BATON_DIR", root.toString(), "PATH", System.getenv("PATH")));
        Path out = tmp.resolve("console.out");
        Path err = tmp.resolve("console.err");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/baton").toString(), "up").directory(repo.dir().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        baton = pb.start();

        Matcher url = Eventually.value("the URL on the console", WAIT, () -> {
            assertTrue(baton.isAlive(), () -> "baton up exited: " + read(out) + read(err));
            Matcher m = URL.matcher(read(out));
            return m.find() ? m : null;
        });
        WebApi web = new WebApi(Integer.parseInt(url.group(1)), url.group(2));
        awaitOnline(web);
        long daemon = daemonPid();

        // the console: the URL and Baton's own lines; the libraries' INFO lines are in logs/hub.log
        String console = read(out) + read(err);
        assertTrue(console.contains("Discord: connected") && console.contains("Slack: HTTP mode"), console);
        for (String library : List.of("org.eclipse.jetty", "io.javalin", "Javalin", "net.dv8tion", "com.slack", "JDA")) {
            assertFalse(console.contains(library), library + " on the console:\n" + console);
        }
        String hubLog = read(root.resolve("logs/hub.log"));
        assertTrue(hubLog.contains("org.eclipse.jetty") && hubLog.contains("io.javalin"), hubLog);

        // no secret in the daemon's, the PTY host's or the agent's environment
        cli.run("run", "--name", "survivor", "--agent", "demo", "--repo", repo.dir().toString(), "hello").ok();
        Eventually.await("the agent's prompt", WAIT, () -> cli.screen("survivor").contains("\n>"));
        long agent = Long.parseLong(cli.run("ls", "--json").ok().out().replaceAll("(?s).*\"pid\":(\\d+).*", "$1"));
        long host = Long.parseLong(Files.readString(root.resolve("ptyhost.pid")).strip());
        Map<String, String> agentEnv = environ(agent);
        assertEquals(root.resolve("worktrees/survivor").toString(), agentEnv.get("BATON_WORKTREE"));
        assertTrue(agentEnv.containsKey("PATH") && !agentEnv.containsKey("BATON_HUB_TOKEN"), agentEnv.keySet().toString());
        assertNoSecret("the agent", agentEnv);
        assertNoSecret("the local daemon", environ(daemon));
        assertNoSecret("the PTY host", environ(host));

        // kill -9: the hub says why, starts a new daemon, which re-adopts the agent and is online again
        ProcessHandle.of(daemon).orElseThrow().destroyForcibly();
        Eventually.await("the exit logged on the console", WAIT, () -> read(err).contains(
                "local daemon 'local' was killed by signal 9 (SIGKILL), exit status 137"));
        assertTrue(read(err).contains("restarting it in 1 s (restart 1 in a row)"), read(err));
        long second = Eventually.value("a new daemon", WAIT, () -> {
            long pid = daemonPidOrZero();
            return pid != 0 && pid != daemon ? pid : null;
        });
        assertNotEquals(daemon, second);
        Eventually.await("the restart logged", WAIT, () -> read(err).contains("local daemon 'local' is running again"));
        awaitOnline(web);
        assertTrue(ProcessHandle.of(agent).map(ProcessHandle::isAlive).orElse(false), "the agent lived through it");
        assertTrue(cli.run("events", "survivor").ok().out().contains("re-adopted from the PTY host"));
        cli.run("send-input", "survivor", "--", "after the crash").ok();
        Eventually.await("the agent served by the new daemon", WAIT,
                () -> cli.screen("survivor").contains("got: after the crash"));
        assertNoSecret("the restarted daemon", environ(second));

        // Ctrl-C (SIGTERM here) stops Baton, the daemon and its agents
        baton.destroy();
        Eventually.await("baton up to stop", WAIT, () -> !baton.isAlive());
        Eventually.await("the agent to end with it", WAIT,
                () -> ProcessHandle.of(agent).map(p -> !p.isAlive()).orElse(true));
    }

    private void awaitOnline(WebApi web) {
        Eventually.await("the daemon to connect", WAIT, () -> cli.run("daemon", "info").out().contains("connected to ws://"));
        String thread = (String) web.post("general", "ana", "/agent daemons", null).get("thread");
        String answer = Eventually.value("the hub's list of daemons", WAIT, () -> web.thread("general", thread, "ana")
                .stream().map(m -> String.valueOf(m.get("text"))).filter(t -> t.contains("local")).findFirst().orElse(null));
        assertTrue(answer.matches("(?s).*local\\s+online.*"), answer);
    }

    private long daemonPid() {
        return Long.parseLong(cli.run("daemon", "info", "--json").ok().out().replaceAll("(?s).*?\"pid\":(\\d+).*", "$1"));
    }

    private long daemonPidOrZero() {
        Cli.Result r = cli.run("daemon", "info", "--json");
        return r.code() == 0 ? Long.parseLong(r.out().replaceAll("(?s).*?\"pid\":(\\d+).*", "$1")) : 0;
    }

    private static void assertNoSecret(String who, Map<String, String> env) {
        for (Map.Entry<String, String> s : SECRETS.entrySet()) {
            assertFalse(env.containsKey(s.getKey()), who + " holds " + s.getKey());
            assertFalse(env.containsValue(s.getValue()), who + " holds the value of " + s.getKey());
        }
    }

    private static Map<String, String> environ(long pid) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String e : Files.readString(Path.of("/proc/" + pid + "/environ"), StandardCharsets.UTF_8).split("\0")) {
            int eq = e.indexOf('=');
            if (eq > 0) {
                out.put(e.substring(0, eq), e.substring(eq + 1));
            }
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (baton != null && baton.isAlive()) {
            baton.destroy();
            baton.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
            baton.destroyForcibly();
        }
        if (cli != null) {
            cli.run("daemon", "stop");
        }
        Optional.ofNullable(discord).ifPresent(FakeDiscord::close);
        Optional.ofNullable(slack).ifPresent(FakeSlack::close);
    }
}
