package dev.baton.daemon.cli;

import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.CliRequest;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code agent hook EVENT}: what Claude Code's hooks run. Reads the hook's JSON on stdin and forwards it to the
 * daemon. For {@code PermissionRequest} it waits for a human's answer and prints Claude's decision JSON. It never
 * breaks the agent: without a daemon or a session it prints nothing and exits 0, and Claude asks in its terminal.
 */
final class HookCommand {
    private final AgentCli.Context ctx;
    private final InputStream stdin;

    HookCommand(AgentCli.Context ctx, InputStream stdin) {
        this.ctx = ctx;
        this.stdin = stdin;
    }

    int hook(List<String> argv) {
        if (argv.isEmpty() || argv.size() > 2) {
            throw new UsageException("usage: agent hook EVENT [JSON]   (run by the agent's hooks, with the event's JSON"
                    + " on stdin, or as the last argument as Codex's notify passes it)");
        }
        String event = argv.get(0);
        String session = ctx.env().get("BATON_SESSION_ID");
        Map<String, Object> payload;
        try {
            payload = Json.parseObject(argv.size() == 2 ? argv.get(1) : new String(stdin.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | JsonException e) {
            ctx.err().println("agent hook: could not read the hook's JSON: " + e.getMessage());
            return 0;
        }
        if (session == null || session.isBlank()) {
            return 0;
        }
        String socket = ctx.env().get("BATON_SOCKET");
        Path path = socket == null || socket.isBlank() ? ctx.root().socket() : Path.of(socket);
        try (IpcClient client = IpcClient.connect(path)) {
            CliReply.HookAnswer reply = client.open(new CliRequest.Hook(session, event, payload));
            if (event.equals("PermissionRequest")) {
                decision(reply).ifPresent(ctx.out()::println);
            }
        } catch (IpcClient.NotRunning | CliException e) {
            ctx.err().println("agent hook: " + e.getMessage());
        }
        return 0;
    }

    /** Claude Code's PermissionRequest output, or nothing when the answer came from its own terminal. */
    static java.util.Optional<String> decision(CliReply.HookAnswer reply) {
        String d = reply.decision().orElse("answered");
        Map<String, Object> decision;
        switch (d) {
            case "allow_once", "allow_always" -> {
                decision = Json.object("behavior", "allow");
                Object rules = reply.updatedPermissions().orElse(null);
                if (d.equals("allow_always") && rules instanceof List<?> l && !l.isEmpty()) {
                    decision.put("updatedPermissions", rules);
                }
            }
            case "deny" -> decision = Json.object("behavior", "deny", "message",
                    reply.message().filter(m -> !m.isBlank()).orElse("Denied from the chat thread."));
            default -> {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(Json.write(Json.object("hookSpecificOutput",
                Json.object("hookEventName", "PermissionRequest", "decision", decision))));
    }
}
