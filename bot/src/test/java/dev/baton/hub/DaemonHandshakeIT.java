package dev.baton.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon endpoint refuses wrong tokens, unknown daemons, other versions and garbage, saying why. */
class DaemonHandshakeIT {
    @TempDir
    Path tmp;
    Hub hub;
    String token;

    @BeforeEach
    void start() {
        hub = Hub.start(new Hub.Options(tmp, "127.0.0.1", 0, "webtokenwebtokenwebtokenwebtoken"), Clock.systemUTC());
        token = hub.addDaemonToken("laptop", Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    /** Sends one text frame and returns the first frame the hub answers with. */
    private String firstAnswer(String frame) throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + hub.port() + "/daemon"), new WebSocket.Listener() {
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

    private static String hello(int version, String name, String token) {
        return WireJson.write(new Frame(0, 0, new WireMessage.Hello(version, "d-1", name, "host", List.of("/r"),
                List.of(new WireMessage.AgentOffer("claude", "claude")), 4, token, 0)));
    }

    private static String rejection(String answer) {
        WireMessage m = WireJson.read(answer).message();
        assertTrue(m instanceof WireMessage.Rejected, "expected a rejection, got " + answer);
        return ((WireMessage.Rejected) m).reason();
    }

    @Test
    void the_right_token_is_welcomed() throws Exception {
        assertTrue(WireJson.read(firstAnswer(hello(WireMessage.VERSION, "laptop", token))).message() instanceof WireMessage.Welcome);
    }

    @Test
    void a_wrong_token_is_refused() throws Exception {
        assertEquals("invalid token for daemon 'laptop'", rejection(firstAnswer(hello(WireMessage.VERSION, "laptop", token + "x"))));
    }

    @Test
    void an_unknown_daemon_is_told_how_to_register() throws Exception {
        assertTrue(rejection(firstAnswer(hello(WireMessage.VERSION, "stranger", token))).contains("bin/baton token add stranger"));
    }

    @Test
    void another_protocol_version_is_refused() throws Exception {
        String frame = hello(WireMessage.VERSION, "laptop", token).replace("\"v\":" + WireMessage.VERSION, "\"v\":9");
        assertTrue(rejection(firstAnswer(frame)).contains("protocol version 9 is not supported"));
        String inner = hello(WireMessage.VERSION + 1, "laptop", token);
        assertTrue(rejection(firstAnswer(inner)).contains("protocol version " + (WireMessage.VERSION + 1) + " is not supported"));
    }

    @Test
    void a_malformed_or_wrong_first_frame_is_refused() throws Exception {
        assertTrue(rejection(firstAnswer("{not json")).startsWith("malformed hello"));
        assertEquals("the first frame must be a hello", rejection(firstAnswer(WireJson.write(new Frame(0, 0, new WireMessage.Ack())))));
    }
}
