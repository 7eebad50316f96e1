package dev.baton.adapters.discord;

import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;

/**
 * Watches the first connection: READY (all guilds loaded) completes it; a gateway close that JDA cannot recover from
 * fails it with a sentence for the person running the hub. Close code 4014 means a privileged intent (here Message
 * Content) is not enabled for the bot in the Developer Portal.
 */
final class Startup extends ListenerAdapter {
    static final String MESSAGE_CONTENT_HELP = "Discord refused the connection (close code 4014, disallowed intents):"
            + " Baton reads thread messages, which needs the privileged Message Content intent. Turn it on in the"
            + " Discord Developer Portal → your application → Bot → Privileged Gateway Intents → Message Content"
            + " Intent, then start again (docs/discord.md).";

    final CompletableFuture<Void> ready = new CompletableFuture<>();

    @Override
    public void onReady(ReadyEvent event) {
        ready.complete(null);
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        CloseCode code = event.getCloseCode();
        if (code == CloseCode.DISALLOWED_INTENTS) {
            ready.completeExceptionally(new DiscordException(MESSAGE_CONTENT_HELP));
        } else if (code == CloseCode.AUTHENTICATION_FAILED) {
            ready.completeExceptionally(new DiscordException("Discord refused the bot token (close code 4004):"
                    + " check [discord] token (docs/discord.md)."));
        } else {
            ready.completeExceptionally(new DiscordException("the Discord connection closed before it was ready"
                    + (code == null ? " (code " + event.getCode() + ")" : ": " + code.getMeaning() + " ("
                    + code.getCode() + ")")));
        }
    }
}
