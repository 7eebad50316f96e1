package dev.baton.bench;

import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attention latency through a real hub and daemon: (1) a {@code PermissionRequest} hook fires → the prompt card is
 * posted in the web chat (the card's stored time); (2) the agent prints a question → the screen scan opens the
 * prompt (the {@code turn_delivered} event of the turn that asked → {@code prompt_opened}). Each prompt is then
 * answered from the thread. Usage: PromptLatency WORKDIR N BATON_HOME
 */
public final class PromptLatency {
    private PromptLatency() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        try (BenchStack stack = new BenchStack(Path.of(args[0]), Path.of(args[2]))) {
            String thread = stack.startSession("gate");
            stack.await("state", e -> e.string("to").equals("waiting"));
            String session = stack.sessionId("gate");
            long[] hook = new long[n];
            for (int i = 0; i < n; i++) {
                Instant fired = Instant.now();
                try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    ch.connect(UnixDomainSocketAddress.of(stack.root.resolve("agentd.sock")));
                    OutputStream out = Channels.newOutputStream(ch);
                    out.write((Json.write(Json.object("op", "hook", "session_id", session, "event", "PermissionRequest",
                            "payload", Json.object("tool_name", "Bash", "tool_input", Json.object("command", "echo " + i,
                                    "description", "bench " + i)))) + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Instant posted = cardTime(stack, thread, "echo " + i);
                    hook[i] = Duration.between(fired, posted).toNanos() / 1000;
                    stack.post("no", thread);
                    InputStream in = Channels.newInputStream(ch);
                    while (in.read() != '\n') {
                        // the hook's answer arrives: deny
                    }
                }
            }
            System.out.println(Percentiles.of(hook).row("hook fired -> prompt card posted"));
            int m = Math.min(n, Math.max(10, n / 4));
            long[] screen = new long[m];
            for (int i = 0; i < m; i++) {
                stack.post("ask Question " + i + "?", thread);
                Instant typed = Instant.parse(stack.await("turn_delivered", e -> true).string("at"));
                Instant opened = Instant.parse(stack.await("prompt_opened", e -> true).string("at"));
                screen[i] = Duration.between(typed, opened).toNanos() / 1000;
                cardTime(stack, thread, "Question " + i + "?"); // the hub has the prompt before it is answered
                stack.post("no", thread);
                stack.await("prompt_answered", e -> true);
            }
            System.out.println(Percentiles.of(screen).row("question printed -> screen scan opens the prompt"));
        }
    }

    /** Waits for the prompt card showing {@code detail}; returns when the web chat stored it. */
    private static Instant cardTime(BenchStack stack, String thread, String detail) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (Object o : (List<?>) Json.parse(stack.get("/api/channels/general/threads/" + thread + "/messages?user=ana"))) {
                Fields m = Fields.of(BenchStack.castMap(o));
                String text = m.string("text");
                if (text.contains("Permission needed") && (text.contains(detail + "\n") || text.contains(detail + " [y/N]"))) {
                    return Instant.parse(m.string("ts"));
                }
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no prompt card for " + detail);
    }
}
