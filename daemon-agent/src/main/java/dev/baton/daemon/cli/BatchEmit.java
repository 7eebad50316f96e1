package dev.baton.daemon.cli;

import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.CliRequest;
import dev.baton.protocol.cli.Target;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code agent emit --batch}: reads one JSON object per line on stdin and sends them as {@code append_session_events}
 * requests (up to {@value #CHUNK} events or about 2 MiB each). Every line that is not recorded is reported with its
 * line number and why; the exit code is 1 if any was not.
 */
final class BatchEmit {
    static final int CHUNK = 1_000;
    private static final int CHUNK_CHARS = 2 * 1024 * 1024;
    private final AgentCli.Context ctx;
    private final Target target;
    private final Optional<String> user;
    private final List<Map<String, Object>> events = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private int chars;
    private long recorded;
    private int problems;

    BatchEmit(AgentCli.Context ctx, Target target, Optional<String> user) {
        this.ctx = ctx;
        this.target = target;
        this.user = user;
    }

    int send() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> event;
                try {
                    event = Json.parseObject(line);
                } catch (JsonException e) {
                    problem(number, "not a JSON object: " + e.getMessage());
                    continue;
                }
                if (chars + line.length() > CHUNK_CHARS || events.size() == CHUNK) {
                    flush();
                }
                events.add(event);
                lines.add(number);
                chars += line.length();
            }
        } catch (IOException e) {
            throw new CliException("cannot read the events on stdin: " + e.getMessage());
        }
        flush();
        ctx.out().println("recorded " + recorded + " event" + (recorded == 1 ? "" : "s")
                + (problems == 0 ? "" : "; " + problems + " refused"));
        return problems == 0 ? 0 : 1;
    }

    private void flush() {
        if (events.isEmpty()) {
            return;
        }
        CliReply.Appended r = IpcClient.call(ctx.root().socket(),
                new CliRequest.AppendSessionEvents(target, List.copyOf(events), user));
        recorded += r.accepted();
        for (CliReply.Rejection x : r.rejected()) {
            problem(lines.get((int) x.index()), x.error());
        }
        events.clear();
        lines.clear();
        chars = 0;
    }

    private void problem(int line, String error) {
        problems++;
        ctx.err().println("agent: line " + line + ": " + error);
    }
}
