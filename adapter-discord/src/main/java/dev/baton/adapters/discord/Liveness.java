package dev.baton.adapters.discord;

import dev.baton.chat.Reconnector;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;

/**
 * After the first READY, JDA reconnects a dropped gateway connection by itself; this tells the {@link Reconnector}
 * so the status (console, {@code /agent daemons}) says "not connected" until JDA has resumed or re-identified.
 */
final class Liveness extends ListenerAdapter {
    private final Reconnector link;

    Liveness(Reconnector link) {
        this.link = link;
    }

    @Override
    public void onSessionDisconnect(SessionDisconnectEvent event) {
        CloseCode code = event.getCloseCode();
        String why = code != null ? code.getMeaning() + " (" + code.getCode() + ")"
                : event.getServiceCloseFrame() != null ? "code " + event.getServiceCloseFrame().getCloseCode()
                : "no close frame";
        link.lost("the Discord gateway connection closed: " + why + "; JDA reconnects");
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        link.regained();
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        link.regained();
    }
}
