package dev.baton.e2e;

import dev.baton.adapters.discord.DiscordOptions;
import dev.baton.adapters.discord.testing.FakeDiscord;
import dev.baton.adapters.slack.SlackOptions;
import dev.baton.adapters.slack.testing.FakeSlack;
import dev.baton.chat.Identity;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.testing.Eventually;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.hub.Hub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A hub in this JVM and a daemon in its own process, connected over loopback, with one git repo to serve. */
final class Stack implements AutoCloseable {
    static final String TOKEN = "0123456789abcdef0123456789abcdef";
    final Path dir;
    final TempRepo repo;
    Hub hub;
    DaemonProcess daemon;
    WebApi web;
    private String daemonToken;
    private int port;
    private Optional<SlackOptions> slack = Optional.empty();
    private Optional<DiscordOptions> discord = Optional.empty();

    Stack(Path dir) throws Exception {
        this.dir = dir;
        this.repo = TempRepo.create(dir);
        Files.createDirectories(dir.resolve("hub"));
    }

    dev.baton.config.ApprovalSettings approvals = dev.baton.config.ApprovalSettings.defaults();
    /** {@code [identities.*]} of the hub (Co-authored-by trailers) and its turn limits. */
    java.util.List<dev.baton.config.Identity> identities = java.util.List.of();
    dev.baton.config.LimitSettings limits = dev.baton.config.LimitSettings.defaults();
    /** Web team mode ({@code [web] accounts = true}): personal links in the hub's folder, {@code stack.web} refused. */
    boolean webAccounts;
    /** {@code [channels."<platform>:<id>"]}: the hub's channel launch defaults, by channel key. */
    Map<String, dev.baton.config.ChannelSettings> channels = Map.of();
    /** The hub's heartbeat and idle timeout on daemon links, and extra JVM arguments of the daemon (its heartbeat). */
    dev.baton.hub.daemons.LinkSettings links = dev.baton.hub.daemons.LinkSettings.defaults();
    java.util.List<String> daemonJvmArgs = new java.util.ArrayList<>();

    /** The hub also speaks Slack (HTTP mode, signing secret {@code secret}) to {@code fake}. */
    Stack slack(FakeSlack fake, String secret, Map<String, Identity> people) {
        slack = Optional.of(new SlackOptions("xoxb-e2e", Optional.of(secret), Optional.empty(), fake.apiUrl(), Set.of(),
                Set.of(), people, dir.resolve("hub").resolve("slack.db")));
        return this;
    }

    /** The hub also speaks Discord, through the real JDA, to {@code fake} (REST and gateway on loopback). */
    Stack discord(FakeDiscord fake, Map<String, Identity> people) {
        discord = Optional.of(new DiscordOptions("discord-e2e-token", Set.of(FakeDiscord.GUILD), Set.of(), Set.of(),
                people, fake.apiUrl(), Optional.of(fake.gatewayUrl())));
        return this;
    }

    /** The hub speaks Slack in Socket Mode to whatever listens at {@code apiUrl} (maybe nothing yet), retrying fast. */
    Stack slackSocketMode(String apiUrl, String botToken) {
        slack = Optional.of(new SlackOptions(botToken, Optional.empty(), Optional.of("xapp-e2e"), apiUrl, Set.of(),
                Set.of(), Map.of(), dir.resolve("hub").resolve("slack.db")).withTuning(SlackOptions.Tuning.DEFAULTS
                .withReconnect(QUICK)));
        return this;
    }

    /** The hub speaks Discord to whatever listens on loopback {@code port} (maybe nothing yet), retrying fast. */
    Stack discordAt(int port) {
        discord = Optional.of(new DiscordOptions("discord-e2e-token", Set.of(FakeDiscord.GUILD), Set.of(), Set.of(),
                Map.of(), "http://127.0.0.1:" + port + "/api/v10/", Optional.of("ws://127.0.0.1:" + port + "/gateway"))
                .withTuning(DiscordOptions.Tuning.DEFAULTS.withReconnect(QUICK)));
        return this;
    }

    static final dev.baton.chat.Backoff QUICK = new dev.baton.chat.Backoff(Duration.ofMillis(100), Duration.ofMillis(500));

    Stack startHub() {
        hub = Hub.start(new Hub.Options(dir.resolve("hub"), "127.0.0.1", port, TOKEN, approvals, slack,
                dev.baton.config.AccessSettings.defaults(), discord).with(identities, limits).withWebAccounts(webAccounts).withChannels(channels), Clock.systemUTC(), links);
        port = hub.port();
        web = new WebApi(port, TOKEN);
        if (daemonToken == null) {
            daemonToken = hub.addDaemonToken("test", Clock.systemUTC());
        }
        return this;
    }

    Stack startDaemon() {
        return startDaemon(Map.of(), "");
    }

    /** Starts the daemon with extra environment (its own {@code BATON_HUB_URL}, say) and extra config TOML (e.g. more agents). */
    Stack startDaemon(Map<String, String> env, String extraToml) {
        if (daemon == null) {
            Map<String, String> all = new java.util.HashMap<>(env);
            all.putIfAbsent("BATON_HUB_URL", "ws://127.0.0.1:" + port + "/daemon");
            all.put("BATON_HUB_TOKEN", daemonToken);
            daemon = new DaemonProcess(dir.resolve("root"), all).config("repos = [\"" + repo.dir() + "\"]", extraToml)
                    .jvmArgs(daemonJvmArgs.toArray(String[]::new));
        }
        daemon.start();
        return this;
    }

    /** Waits until the daemon shows as connected in {@code /agent daemons}. */
    void awaitDaemonOnline() {
        Eventually.await("the daemon to connect to the hub", Duration.ofSeconds(30),
                () -> daemon.cli().run("daemon", "info").out().contains("connected to ws://"));
    }

    @Override
    public void close() {
        if (daemon != null) {
            daemon.close();
        }
        if (hub != null) {
            hub.close();
        }
    }
}
