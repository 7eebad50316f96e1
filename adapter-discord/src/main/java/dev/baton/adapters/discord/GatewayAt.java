package dev.baton.adapters.discord;

import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/** JDA's session controller with the gateway URL overridden (tests point it at a fake gateway on loopback). */
final class GatewayAt extends SessionControllerAdapter {
    private final String url;

    GatewayAt(String url) {
        this.url = url;
    }

    @Override
    public String getGateway() {
        return url;
    }
}
