package dev.baton.adapters.discord;

import dev.baton.chat.Reconnector.Outcome;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;

/**
 * Watches one attempt's first connection: READY (all guilds loaded) is {@link Outcome.Up}; a gateway close that JDA
 * cannot recover from is {@link Outcome.Refused} when Discord turned the bot away (4004: bad token; 4014: a
 * privileged intent, here Message Content, is not enabled in the Developer Portal), with a sentence for the person
 * running the hub, and {@link Outcome.Unreachable} otherwise.
 */
final class Startup extends ListenerAdapter {
    static final String MESSAGE_CONTENT_HELP = "Discord refused the connection (close code 4014, disallowed intents):"
            + " Baton reads thread messages, which needs the privileged Message Content intent. Turn it on in the"
            + " Discord Developer Portal → your application → Bot → Privileged Gateway Intents → Message Content"
            + " Intent, then start again (docs/discord.md).";

    final CompletableFuture<Outcome> ready = new CompletableFuture<>();

    @Override
    public void onReady(ReadyEvent event) {
        ready.complete(new Outcome.Up());
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        CloseCode code = event.getCloseCode();
        if (code == CloseCode.DISALLOWED_INTENTS) {
            ready.complete(new Outcome.Refused(MESSAGE_CONTENT_HELP));
        } else if (code == CloseCode.AUTHENTICATION_FAILED) {
            ready.complete(new Outcome.Refused("Discord refused the bot token (close code 4004):"
                    + " check [discord] token (docs/discord.md)."));
        } else {
            ready.complete(new Outcome.Unreachable("the Discord connection closed before it was ready"
                    + (code == null ? " (code " + event.getCode() + ")" : ": " + code.getMeaning() + " ("
                    + code.getCode() + ")")));
        }
    }
}
