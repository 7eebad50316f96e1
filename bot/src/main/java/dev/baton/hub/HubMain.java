package dev.baton.hub;

import dev.baton.config.BatonConfig;
import dev.baton.config.ConfigException;
import dev.baton.config.ConfigLoader;
import dev.baton.config.RuntimeRoot;
import dev.baton.hub.setup.DiscordSetup;
import dev.baton.hub.setup.LocalDaemon;
import dev.baton.hub.setup.RuntimeFiles;
import dev.baton.hub.setup.SlackSetup;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/baton}: the hub's composition root. {@code up} starts the hub, the web chat and a local daemon
 * connected to it; {@code hub} starts only the hub; {@code token add NAME} registers a remote daemon.
 */
public final class HubMain {
    static final String USAGE = """
            usage: baton <command>
              up                 start the hub, the web chat (127.0.0.1) and a local daemon connected to it
              hub                start only the hub and the web chat
              token add NAME     register a daemon named NAME and print its token (shown once)
              user add NAME      web team mode ([web] accounts = true): print NAME's personal web chat link
              user revoke NAME   that link stops working at once;  user ls  who has one
            Config: <runtime root>/config.toml ([web] bind/port, [daemon], [agents.*], [slack], [discord]); docs/hub.md, docs/slack.md, docs/discord.md""";

    private HubMain() {}

    public static void main(String[] args) {
        List<String> argv = Arrays.asList(args);
        String command = argv.isEmpty() ? "up" : argv.get(0);
        RuntimeRoot root = RuntimeRoot.resolve(System.getenv(), RuntimeFiles.uid());
        // before the first logger: logback.xml sends the libraries' lines here, and prints only Baton's own
        System.setProperty("baton.hub.log", hubLog(root).toString());
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger(); // java.util.logging (okhttp) too
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        Clock clock = Clock.systemUTC();
        try {
            switch (command) {
                case "up", "hub" -> serve(root, clock, command.equals("up"));
                case "token" -> {
                    if (argv.size() != 3 || !argv.get(1).equals("add")) {
                        fail("usage: baton token add NAME", 2);
                    }
                    token(root, clock, argv.get(2));
                }
                case "user" -> user(root, argv);
                case "help", "-h", "--help" -> System.out.println(USAGE);
                default -> fail("unknown command '" + command + "'\n" + USAGE, 2);
            }
        } catch (ConfigException e) {
            fail(e.describe(), 2);
        } catch (IllegalStateException e) {
            fail(e.getMessage(), 1);
        }
    }

    private static void serve(RuntimeRoot root, Clock clock, boolean withDaemon) {
        RuntimeFiles.prepare(root);
        BatonConfig config = ConfigLoader.load(root.config(), RuntimeFiles.hostName());
        String webToken = RuntimeFiles.webToken(root);
        dev.baton.config.SecretFiles.scan(root.dir()).forEach(w -> System.err.println("baton: warning: " + w));
        var slack = SlackSetup.options(config, root.dir(), System.getenv());
        var discord = DiscordSetup.options(config, System.getenv());
        var stores = dev.baton.hub.store.StoreLocation.of(config.hub().store(), root.dir(), System.getenv());
        Hub hub = Hub.start(new Hub.Options(root.dir(), config.web().bind(), config.web().port(), webToken,
                config.approvals(), slack, config.access(), discord).with(config.identities().values(), config.limits())
                .keepingEvents(config.hub().keepEventsDays()).withWebAccounts(config.web().accounts())
                .withChannels(config.channels()).withBudgets(config.budgets()), clock, dev.baton.hub.daemons.LinkSettings.defaults(), stores);
        LocalDaemon daemon = null;
        if (withDaemon) {
            String token = hub.addDaemonToken(config.daemon().name(), clock);
            daemon = LocalDaemon.start(root, config, "ws://127.0.0.1:" + hub.port() + "/daemon", token, clock);
        }
        String host = config.web().bind().equals("0.0.0.0") ? "127.0.0.1" : config.web().bind();
        System.out.println(config.web().accounts() ? "Baton is up (web team mode): http://" + host + ":" + hub.port()
                + "/ ; each person opens their own link: bin/baton user add NAME"
                : "Baton is up: http://" + host + ":" + hub.port() + "/?token=" + webToken);
        System.out.println("  runtime root " + root.dir() + " (web token in " + root.dir().resolve("web.token") + ")");
        System.out.println("  store " + stores.describe());
        slack.ifPresent(o -> System.out.println("  Slack: " + (o.socketMode() ? "Socket Mode (Baton dials out to Slack)"
                : "HTTP mode; Slack's Request URL is https://<public host>/slack/events (here: http://" + host + ":"
                + hub.port() + "/slack/events)") + "; " + hub.connection(dev.baton.chat.Platform.SLACK)
                + "; docs/slack.md"));
        discord.ifPresent(o -> System.out.println("  Discord: " + hub.connection(dev.baton.chat.Platform.DISCORD)
                + "; /agent is registered in " + o.guilds().size() + " server(s) once connected; docs/discord.md"));
        if (daemon != null) {
            System.out.println("  local daemon '" + config.daemon().name() + "' serving "
                    + (config.daemon().repos().isEmpty() ? "no repos yet: add [daemon] repos to " + root.config()
                    : config.daemon().repos()) + "; log " + root.daemonLog() + " (restarted if it exits)");
        }
        System.out.println("  hub log " + hubLog(root) + " (this console shows Baton's own lines)");
        System.out.println("  in the chat: /agent run --agent demo hello   (Ctrl-C here stops Baton)");
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        LocalDaemon d = daemon;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (d != null) {
                d.close();
            }
            hub.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void token(RuntimeRoot root, Clock clock, String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            fail("'" + name + "' is not a valid daemon name (letters, digits, '.', '-', '_')", 2);
        }
        RuntimeFiles.prepare(root);
        BatonConfig config = ConfigLoader.load(root.config(), RuntimeFiles.hostName());
        var stores = dev.baton.hub.store.StoreLocation.of(config.hub().store(), root.dir(), System.getenv());
        try (var store = stores.openHub()) {
            String token = dev.baton.hub.daemons.TokenHash.newToken();
            store.putDaemon(name, dev.baton.hub.daemons.TokenHash.hash(token), clock.millis());
            System.out.println(token);
            System.err.println("baton: daemon '" + name + "' registered; the hub keeps only this token's hash."
                    + " On that machine put it in a file (chmod 600) and set in its config.toml:\n"
                    + "  [hub]\n  url = \"ws://HUB:PORT/daemon\"\n  token = \"file:/path/to/token\"");
        }
    }

    private static void user(RuntimeRoot root, List<String> argv) {
        String verb = argv.size() >= 2 ? argv.get(1) : "";
        if (!(verb.equals("ls") && argv.size() == 2 || List.of("add", "revoke").contains(verb) && argv.size() == 3)) {
            fail("usage: baton user add NAME | user revoke NAME | user ls", 2);
        }
        RuntimeFiles.prepare(root);
        BatonConfig config = ConfigLoader.load(root.config(), RuntimeFiles.hostName());
        var accounts = new dev.baton.adapters.web.WebAccounts(root.dir());
        switch (verb) {
            case "ls" -> accounts.names().forEach(System.out::println);
            case "revoke" -> {
                if (!accounts.revoke(argv.get(2))) {
                    fail("'" + argv.get(2) + "' has no personal link", 1);
                }
                System.err.println("baton: " + argv.get(2) + "'s link is revoked");
            }
            default -> {
                String token;
                try {
                    token = accounts.add(argv.get(2));
                } catch (RuntimeException e) {
                    fail(e.getMessage(), 2);
                    return;
                }
                String host = config.web().bind().equals("0.0.0.0") ? "127.0.0.1" : config.web().bind();
                System.out.println("http://" + host + ":" + config.web().port() + "/?token=" + token);
                System.err.println("baton: " + argv.get(2) + "'s personal link (shown once; the hub keeps only its hash;"
                        + " an earlier link of theirs no longer works)" + (config.web().accounts() ? ""
                        : ". Note: [web] accounts is not true in " + root.config() + ", so the hub ignores it"));
            }
        }
    }

    static void fail(String message, int code) {
        System.err.println("baton: " + message);
        System.exit(code);
    }

    /** Where the hub's libraries log (Jetty, Javalin, Bolt, JDA): {@code <runtime root>/logs/hub.log}. */
    static Path hubLog(RuntimeRoot root) {
        return root.logs().resolve("hub.log");
    }

    static Path home() {
        return LocalDaemon.home();
    }
}
