package dev.baton.adapters.discord;

import dev.baton.chat.Reconnector.Outcome;
import java.util.EnumSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDA client's lifecycle. {@link #connectOnce()} is one attempt for the {@link Reconnector}: build a client with
 * the REST base URL and (for tests) a gateway URL, log in, wait (bounded) for READY and register {@code /agent} in
 * each configured guild. A refused token, a missing intent or a guild the bot is not in is {@link Outcome.Refused};
 * anything that may pass (no network, a gateway that never got ready) is {@link Outcome.Unreachable}, and the client
 * of that attempt is shut down at once. Owns the {@link JDA} instance; {@link #client()} is how the surface reaches it.
 */
final class Connection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Connection.class);
    /** Reading thread messages needs Message Content (privileged); GUILD_MESSAGES brings MESSAGE_CREATE. */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT);
    /** What the bot does, as permissions: the invite URL in docs/discord.md asks for exactly these. */
    static final EnumSet<Permission> PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS, Permission.CREATE_PUBLIC_THREADS, Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_ATTACH_FILES, Permission.MESSAGE_HISTORY, Permission.MESSAGE_ADD_REACTION);

    private final DiscordOptions options;
    private final EventListener intake;
    private final EventListener liveness;
    private volatile JDA jda;
    private volatile boolean closed;
    /** The attempt under way, so that {@link #close()} need not wait for its READY. */
    private volatile Startup current;

    /** {@code link} hears when JDA's established gateway connection drops and comes back (JDA reconnects itself). */
    Connection(DiscordOptions options, EventListener intake, dev.baton.chat.Reconnector link) {
        this.options = options;
        this.intake = intake;
        this.liveness = new Liveness(link);
    }

    private JDABuilder builder(Startup startup) {
        JDABuilder builder = JDABuilder.createLight(options.token(), INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(options.apiUrl()))
                .setEnableShutdownHook(false)
                .addEventListeners(startup, intake, liveness);
        options.gatewayUrl().ifPresent(g -> builder.setSessionController(new GatewayAt(g))
                .setCompression(Compression.NONE));
        return builder;
    }

    /**
     * One attempt: logs in, waits for READY and registers {@code /agent} in every configured guild. The
     * {@link dev.baton.chat.Reconnector} never runs two at once.
     */
    Outcome connectOnce() {
        if (closed) {
            return new Outcome.Unreachable("closed");
        }
        if (jda != null) {
            return new Outcome.Up();
        }
        Startup startup = new Startup();
        current = startup;
        JDA j;
        try {
            j = builder(startup).build();
        } catch (InvalidTokenException e) {
            return new Outcome.Refused("Discord refused the bot token: check [discord] token (docs/discord.md)");
        } catch (RuntimeException e) {
            return new Outcome.Unreachable("cannot reach Discord at " + options.apiUrl() + ": " + rootMessage(e));
        }
        Outcome ready;
        try {
            ready = startup.ready.get(options.tuning().readyTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            ready = new Outcome.Unreachable("cannot connect to Discord: " + rootMessage(e.getCause()));
        } catch (TimeoutException e) {
            ready = new Outcome.Unreachable("Discord did not get ready within "
                    + options.tuning().readyTimeout().toSeconds() + " s (gateway "
                    + options.gatewayUrl().orElse("of discord.com") + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ready = new Outcome.Unreachable("interrupted while connecting to Discord");
        }
        if (!(ready instanceof Outcome.Up)) {
            stopNow(j);
            return ready;
        }
        for (String id : options.guilds()) {
            Outcome registered = register(j, id);
            if (!(registered instanceof Outcome.Up)) {
                stopNow(j);
                return registered;
            }
        }
        String name = j.getSelfUser().getName();
        synchronized (this) {
            if (!closed) {
                jda = j;
                j = null;
            }
        }
        if (j != null) {
            stopNow(j);
            return new Outcome.Unreachable("closed");
        }
        log.info("Discord adapter started as {} in {} guild(s); /agent registered", name, options.guilds().size());
        return new Outcome.Up();
    }

    private static Outcome register(JDA j, String guildId) {
        Guild guild = j.getGuildById(guildId);
        if (guild == null) {
            return new Outcome.Refused("the bot is not a member of guild " + guildId + " ([discord] guilds): invite it"
                    + " with the URL in docs/discord.md");
        }
        try {
            guild.updateCommands().addCommands(SlashCommands.definition()).complete();
        } catch (RuntimeException e) {
            return new Outcome.Unreachable("cannot register /agent in guild " + guildId + ": " + rootMessage(e));
        }
        EnumSet<Permission> missing = EnumSet.copyOf(PERMISSIONS);
        missing.removeAll(guild.getSelfMember().getPermissions());
        if (!missing.isEmpty()) {
            log.warn("in {} the bot's roles lack {} (channels may still grant them); invite it with the URL in"
                    + " docs/discord.md", guild.getName(), missing);
        }
        return new Outcome.Up();
    }

    /** The innermost cause that says something (JDA appends a {@code ContextException} for the call site). */
    private static String rootMessage(Throwable e) {
        Throwable said = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!(t instanceof net.dv8tion.jda.api.exceptions.ContextException) && t.getMessage() != null) {
                said = t;
            }
        }
        return said.getMessage() == null ? said.toString() : said.getMessage();
    }

    JDA client() {
        JDA j = jda;
        if (j == null) {
            throw new DiscordException("Discord is not connected (yet): see /agent daemons");
        }
        return j;
    }

    private static void stopNow(JDA j) {
        j.shutdownNow();
        await(j);
    }

    /** Shuts JDA down (queued requests get 5 s, then it is forced). Idempotent. */
    @Override
    public void close() {
        JDA j;
        synchronized (this) {
            closed = true;
            j = jda;
            jda = null;
        }
        Startup s = current;
        if (s != null) {
            s.ready.complete(new Outcome.Unreachable("closed"));
        }
        if (j != null) {
            try {
                j.shutdown();
            } catch (RuntimeException e) {
                // JDA reconnecting to a Discord that went away holds its lock; shutdownNow does not need it
                log.debug("graceful JDA shutdown failed: {}", e.toString());
            }
            if (!await(j)) {
                j.shutdownNow();
            }
        }
    }

    private static boolean await(JDA j) {
        try {
            return j.awaitShutdown(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
