package dev.baton.daemon.ipc;

import dev.baton.daemon.attention.HookReply;
import dev.baton.daemon.session.Session;
import dev.baton.daemon.session.SessionControl;
import dev.baton.daemon.session.Sessions;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.session.Decision;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code agent hook EVENT} calls from inside a session: the event's JSON goes to the session. A
 * {@code PermissionRequest} keeps the connection open until someone answers; if the hook process goes away first
 * (the agent took an answer at its own terminal), the session hears that too.
 */
public final class HookOps {
    private final Sessions sessions;

    public HookOps(Sessions sessions) {
        this.sessions = sessions;
    }

    void hook(Fields r, InputStream in, OutputStream out) throws IOException {
        Optional<Session> session = sessions.liveById(new SessionId(r.string("session_id")));
        if (session.isEmpty()) {
            Wire.writeLine(out, RequestHandler.error("no live session with that id"));
            return;
        }
        SessionControl control = new SessionControl(session.get());
        String event = r.string("event");
        Map<String, Object> payload = r.object("payload").map();
        if (!event.equals("PermissionRequest")) {
            control.hookEvent(event, payload);
            Wire.writeLine(out, Json.object("ok", true));
            return;
        }
        CompletableFuture<HookReply> reply = control.hookPermission(payload);
        Thread watcher = Thread.ofVirtual().start(() -> {
            try {
                in.read();
            } catch (IOException e) {
                // closed: same as end of stream
            }
            if (!reply.isDone()) {
                control.hookGone(reply);
            }
        });
        try {
            HookReply answer = reply.get();
            Wire.writeLine(out, Json.object("ok", true, "decision", answer.decision().wire(), "message", answer.message(),
                    "updated_permissions", answer.decision() == Decision.ALLOW_ALWAYS ? answer.updatedPermissions() : null));
        } catch (ExecutionException e) {
            Wire.writeLine(out, RequestHandler.error(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            watcher.interrupt();
        }
    }
}
