package dev.baton.hub;

import dev.baton.adapters.discord.DiscordChat;
import dev.baton.adapters.discord.DiscordOptions;
import dev.baton.adapters.slack.SlackChat;
import dev.baton.adapters.slack.SlackOptions;
import dev.baton.adapters.web.WebChat;
import dev.baton.hub.daemons.DaemonEndpoint;
import dev.baton.hub.daemons.LinkSettings;
import dev.baton.hub.daemons.TokenHash;
import dev.baton.hub.store.HubStore;
import dev.baton.protocol.session.HeldSecrets;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running hub: {@code hub.db}, the core, the web chat, Slack and Discord when configured, and one HTTP server for the page,
 * its API, Slack's {@code /slack/events} (HTTP mode) and the daemons' WebSocket. Started by {@link HubMain} (and by tests, on port 0). Closes in reverse order.
 */
public final class Hub implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Hub.class);

    /**
     * Where the hub keeps its files, where it listens, the web chat's access token, who may approve, Slack and
     * Discord.
     */
    public record Options(Path dir, String bind, int port, String webToken, dev.baton.config.ApprovalSettings approvals,
                          Optional<SlackOptions> slack, dev.baton.config.AccessSettings access,
                          Optional<DiscordOptions> discord, java.util.Collection<dev.baton.config.Identity> identities,
                          dev.baton.config.LimitSettings limits, int keepEventsDays, boolean webAccounts,
                          java.util.Map<String, dev.baton.config.ChannelSettings> channels,
                          dev.baton.config.BudgetSettings budgets) {
        public Options {
            channels = java.util.Map.copyOf(channels);
        }

        public Options(Path dir, String bind, int port, String webToken, dev.baton.config.ApprovalSettings approvals,
                       Optional<SlackOptions> slack, dev.baton.config.AccessSettings access,
                       Optional<DiscordOptions> discord, java.util.Collection<dev.baton.config.Identity> identities,
                       dev.baton.config.LimitSettings limits) {
            this(dir, bind, port, webToken, approvals, slack, access, discord, identities, limits,
                    dev.baton.config.HubSettings.KEEP_EVENTS_DAYS, false, java.util.Map.of(),
                    dev.baton.config.BudgetSettings.none());
        }

        public Options(Path dir, String bind, int port, String webToken) {
            this(dir, bind, port, webToken, dev.baton.config.ApprovalSettings.defaults(), Optional.empty());
        }

        public Options(Path dir, String bind, int port, String webToken, dev.baton.config.ApprovalSettings approvals,
                       Optional<SlackOptions> slack) {
            this(dir, bind, port, webToken, approvals, slack, dev.baton.config.AccessSettings.defaults());
        }

        public Options(Path dir, String bind, int port, String webToken, dev.baton.config.ApprovalSettings approvals,
                       Optional<SlackOptions> slack, dev.baton.config.AccessSettings access) {
            this(dir, bind, port, webToken, approvals, slack, access, Optional.empty());
        }

        public Options(Path dir, String bind, int port, String webToken, dev.baton.config.ApprovalSettings approvals,
                       Optional<SlackOptions> slack, dev.baton.config.AccessSettings access, Optional<DiscordOptions> discord) {
            this(dir, bind, port, webToken, approvals, slack, access, discord, java.util.List.of(),
                    dev.baton.config.LimitSettings.defaults());
        }

        /** The same options with these identities (Co-authored-by) and turn limits. */
        public Options with(java.util.Collection<dev.baton.config.Identity> people, dev.baton.config.LimitSettings turnLimits) {
            return new Options(dir, bind, port, webToken, approvals, slack, access, discord, people, turnLimits,
                    keepEventsDays, webAccounts, channels, budgets);
        }

        /** The same options with these {@code [channels."<platform>:<id>"]} launch defaults, by channel key. */
        public Options withChannels(java.util.Map<String, dev.baton.config.ChannelSettings> defaults) {
            return new Options(dir, bind, port, webToken, approvals, slack, access, discord, identities, limits,
                    keepEventsDays, webAccounts, defaults, budgets);
        }

        /** The same options keeping session events for {@code days} days ({@code [hub] keep_events_days}; 0: forever). */
        public Options keepingEvents(int days) {
            return new Options(dir, bind, port, webToken, approvals, slack, access, discord, identities, limits, days,
                    webAccounts, channels, budgets);
        }

        /** The same options in web team mode ({@code [web] accounts}): personal links, names from the link. */
        public Options withWebAccounts(boolean on) {
            return new Options(dir, bind, port, webToken, approvals, slack, access, discord, identities, limits,
                    keepEventsDays, on, channels, budgets);
        }

        /** The same options with these {@code [budgets]}: the budget card's raise step and who may press it. */
        public Options withBudgets(dev.baton.config.BudgetSettings settings) {
            return new Options(dir, bind, port, webToken, approvals, slack, access, discord, identities, limits,
                    keepEventsDays, webAccounts, channels, settings);
        }
    }

    private final HubStore store;
    private final ChatConnections connections;
    private final HubWiring core;
    private final WebChat web;
    private final Optional<SlackChat> slack;
    private final Optional<DiscordChat> discord;
    private final Javalin server;
    private final DaemonEndpoint daemons;
    private final HeldSecrets held;

    private Hub(HubStore store, ChatConnections connections, HubWiring core, WebChat web, Optional<SlackChat> slack,
                Optional<DiscordChat> discord, Javalin server, DaemonEndpoint daemons, HeldSecrets held) {
        this.held = held;
        this.store = store;
        this.connections = connections;
        this.core = core;
        this.web = web;
        this.slack = slack;
        this.discord = discord;
        this.server = server;
        this.daemons = daemons;
    }

    public static Hub start(Options options, Clock clock) {
        return start(options, clock, LinkSettings.defaults());
    }

    /** As {@link #start(Options, Clock)}, with the daemon links' heartbeat and idle timeout ({@link LinkSettings}). */
    public static Hub start(Options options, Clock clock, LinkSettings daemonLinks) {
        return start(options, clock, daemonLinks, new dev.baton.hub.store.StoreLocation.Folder(options.dir()));
    }

    /** As {@link #start(Options, Clock, LinkSettings)}, with the hub's state kept at {@code stores} ({@code [hub] store}). */
    public static Hub start(Options options, Clock clock, LinkSettings daemonLinks, dev.baton.hub.store.StoreLocation stores) {
        HubStore store = stores.openHub();
        dev.baton.hub.page.LinkSigner links = dev.baton.hub.page.LinkSigner.open(options.dir(), clock);
        HeldSecrets held = heldSecrets(options, links);
        HubWiring core = new HubWiring(store, clock, options, links, held);
        dev.baton.hub.page.SessionPage page = new dev.baton.hub.page.SessionPage(links, core.page);
        WebChat web = switch (stores) {
            case dev.baton.hub.store.StoreLocation.Folder f -> WebChat.open(f.dir().resolve("webchat.db"), options.webToken(), clock);
            case dev.baton.hub.store.StoreLocation.Postgresql pg -> WebChat.onPostgresql(pg.jdbcUrl(), options.webToken(), clock);
        };
        if (options.webAccounts()) {
            web.useAccounts(new dev.baton.adapters.web.WebAccounts(options.dir()));
        }
        core.platform(web);
        web.connect(core.router);
        web.launcher(core.launcher);
        Optional<SlackChat> slack = options.slack().map(o -> SlackChat.open(o, clock));
        slack.ifPresent(s -> {
            core.platform(s);
            s.connect(core.router);
            s.launcher(core.launcher);
            s.watch(core.connections);
        });
        Optional<DiscordChat> discord = options.discord().map(o -> DiscordChat.open(o, clock));
        discord.ifPresent(d -> {
            core.platform(d);
            d.connect(core.router);
            d.launcher(core.launcher);
            d.watch(core.connections);
        });
        DaemonEndpoint daemons = new DaemonEndpoint(store, core.router, daemonLinks, held::hold);
        core.start();
        Javalin server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            web.routes(cfg);
            slack.ifPresent(s -> s.routes(cfg));
            daemons.routes(cfg);
            page.routes(cfg);
            new dev.baton.hub.dashboard.Dashboard(links, core.dashboard).routes(cfg);
        });
        try {
            server.start(options.bind(), options.port());
            daemons.start();
            // a refused token throws here; a platform that cannot be reached yet is retried in the background
            slack.ifPresent(SlackChat::start);
            discord.ifPresent(DiscordChat::start);
        } catch (RuntimeException e) {
            server.stop();
            daemons.close();
            discord.ifPresent(DiscordChat::close);
            slack.ifPresent(SlackChat::close);
            web.close();
            core.close();
            store.close();
            throw new IllegalStateException(e instanceof dev.baton.adapters.slack.SlackException
                    || e instanceof dev.baton.adapters.discord.DiscordException ? e.getMessage()
                    : "cannot listen on " + options.bind() + ":" + options.port()
                    + " (is another hub running? set [web] port): " + rootCause(e), e);
        }
        core.address.listening("http://" + (options.bind().equals("0.0.0.0")
                || options.bind().equals("::") ? "127.0.0.1" : options.bind()) + ":" + server.port());
        log.info("hub listening on {}:{}", options.bind(), server.port());
        return new Hub(store, core.connections, core, web, slack, discord, server, daemons, held);
    }

    /**
     * The secrets this hub holds, to be redacted by value wherever they show: the web token, Slack's bot and app
     * tokens and signing secret, the Discord token, and the page-link key as it would be printed. Daemon tokens are
     * added as they are minted here ({@link #addDaemonToken}) and as daemons present them (only hashes are stored).
     */
    private static HeldSecrets heldSecrets(Options options, dev.baton.hub.page.LinkSigner links) {
        HeldSecrets held = new HeldSecrets();
        held.hold(options.webToken());
        options.slack().ifPresent(s -> {
            held.hold(s.botToken());
            s.signingSecret().ifPresent(held::hold);
            s.appToken().ifPresent(held::hold);
        });
        options.discord().ifPresent(d -> held.hold(d.token()));
        links.printedKey().forEach(held::hold);
        return held;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    public int port() {
        return server.port();
    }

    /** Whether the hub reaches {@code platform} now, for people: {@code connected}, {@code not connected (…), …}. */
    public String connection(dev.baton.chat.Platform platform) {
        return connections.describe(platform);
    }

    /** Registers (or re-keys) a daemon and returns its new token; only the hash is kept. */
    public String addDaemonToken(String name, Clock clock) {
        String token = TokenHash.newToken();
        store.putDaemon(name, TokenHash.hash(token), clock.millis());
        held.hold(token);
        return token;
    }

    @Override
    public void close() {
        server.stop();
        daemons.close();
        discord.ifPresent(DiscordChat::close);
        slack.ifPresent(SlackChat::close);
        web.close();
        core.close();
        store.close();
    }
}
