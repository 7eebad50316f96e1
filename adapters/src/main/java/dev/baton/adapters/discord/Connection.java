package dev.baton.adapters.discord;

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
 * The JDA client's lifecycle: built with the REST base URL and (for tests) a gateway URL, started by logging in and
 * waiting (bounded) for READY, then {@code /agent} registered in each configured guild; closed gracefully, or at
 * once when startup fails. Owns the {@link JDA} instance; {@link #client()} is how the surface reaches it.
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
    private final Startup startup = new Startup();
    private final JDABuilder builder;
    private JDA jda;

    Connection(DiscordOptions options, EventListener intake) {
        this.options = options;
        this.builder = JDABuilder.createLight(options.token(), INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(options.apiUrl()))
                .setEnableShutdownHook(false)
                .addEventListeners(startup, intake);
        options.gatewayUrl().ifPresent(g -> builder.setSessionController(new GatewayAt(g))
                .setCompression(Compression.NONE));
    }

    /** Logs in, waits for READY and registers {@code /agent} in every configured guild. Idempotent. */
    synchronized void start() {
        if (jda != null) {
            return;
        }
        try {
            jda = builder.build();
        } catch (InvalidTokenException e) {
            throw new DiscordException("Discord refused the bot token: check [discord] token (docs/discord.md)", e);
        }
        try {
            startup.ready.get(options.tuning().readyTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            stopNow();
            throw e.getCause() instanceof DiscordException d ? d
                    : new DiscordException("cannot connect to Discord: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            stopNow();
            throw new DiscordException("Discord did not get ready within " + options.tuning().readyTimeout().toSeconds()
                    + " s (gateway " + options.gatewayUrl().orElse("of discord.com") + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopNow();
            throw new DiscordException("interrupted while connecting to Discord", e);
        }
        for (String id : options.guilds()) {
            register(id);
        }
        log.info("Discord adapter started as {} in {} guild(s); /agent registered", jda.getSelfUser().getName(),
                options.guilds().size());
    }

    private void register(String guildId) {
        Guild guild = jda.getGuildById(guildId);
        if (guild == null) {
            stopNow();
            throw new DiscordException("the bot is not a member of guild " + guildId + " ([discord] guilds): invite it"
                    + " with the URL in docs/discord.md");
        }
        guild.updateCommands().addCommands(SlashCommands.definition()).complete();
        EnumSet<Permission> missing = EnumSet.copyOf(PERMISSIONS);
        missing.removeAll(guild.getSelfMember().getPermissions());
        if (!missing.isEmpty()) {
            log.warn("in {} the bot's roles lack {} (channels may still grant them); invite it with the URL in"
                    + " docs/discord.md", guild.getName(), missing);
        }
    }

    synchronized JDA client() {
        if (jda == null) {
            throw new DiscordException("the Discord adapter is not started");
        }
        return jda;
    }

    private void stopNow() {
        JDA j;
        synchronized (this) {
            j = jda;
            jda = null;
        }
        if (j != null) {
            j.shutdownNow();
            await(j);
        }
    }

    /** Shuts JDA down (queued requests get 5 s, then it is forced). Idempotent. */
    @Override
    public void close() {
        JDA j;
        synchronized (this) {
            j = jda;
            jda = null;
        }
        if (j != null) {
            j.shutdown();
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
