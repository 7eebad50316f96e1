package dev.baton.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.hub.daemons.LinkSettings;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.store.StoreLocation;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import dev.baton.testing.PostgresServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hub started with {@code [hub] store = "postgresql"} keeps its daemons and the web chat's messages there, and
 * writes neither {@code hub.db} nor {@code webchat.db}.
 */
class HubOnPostgresIT {
    @TempDir
    Path tmp;

    @Test
    void a_daemon_registered_on_a_postgresql_hub_is_welcomed_and_outlives_the_hub() throws Exception {
        String url = PostgresServer.shared().database("hub_on_postgres");
        StoreLocation pg = new StoreLocation.Postgresql(url);
        Hub hub = Hub.start(new Hub.Options(tmp, "127.0.0.1", 0, "webtokenwebtokenwebtokenwebtoken"), Clock.systemUTC(),
                LinkSettings.defaults(), pg);
        try {
            String token = hub.addDaemonToken("laptop", Clock.systemUTC());
            String hello = WireJson.write(new Frame(0, 0, new WireMessage.Hello(WireMessage.VERSION, "d-1", "laptop", "host",
                    List.of("/r"), List.of(new WireMessage.AgentOffer("claude", "claude")), 4, token, 0)));
            assertTrue(WireJson.read(firstAnswer(hub.port(), hello)).message() instanceof WireMessage.Welcome);
        } finally {
            hub.close();
        }
        assertFalse(Files.exists(tmp.resolve("hub.db")), "the hub's state went to PostgreSQL, not hub.db");
        assertFalse(Files.exists(tmp.resolve("webchat.db")), "the web chat's went there too, not webchat.db");
        try (HubStore store = pg.openHub()) {
            assertEquals(List.of("laptop"), store.daemonNames());
        }
        try (var c = java.sql.DriverManager.getConnection(url); var st = c.createStatement();
             var rs = st.executeQuery("SELECT name FROM channels")) {
            assertTrue(rs.next() && rs.getString(1).equals("general"), "the web chat's channels are in the same database");
        }
    }

    private static String firstAnswer(int port, String frame) throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/daemon"), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            answer.complete(text.toString());
                        }
                        w.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        ws.sendText(frame, true).get(10, TimeUnit.SECONDS);
        try {
            return answer.get(10, TimeUnit.SECONDS);
        } finally {
            ws.abort();
        }
    }
}
