package dev.baton.daemon.ipc;

import dev.baton.daemon.attention.HookReply;
import dev.baton.daemon.session.Session;
import dev.baton.daemon.session.SessionControl;
import dev.baton.daemon.session.Sessions;
import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.CliRequest;
import dev.baton.protocol.id.SessionId;
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

    void hook(CliRequest.Hook r, InputStream in, OutputStream out) throws IOException {
        Optional<Session> session = sessions.liveById(new SessionId(r.sessionId()));
        if (session.isEmpty()) {
            RequestHandler.reply(out, new CliReply.Failed("no live session with that id"));
            return;
        }
        SessionControl control = new SessionControl(session.get());
        String event = r.event();
        Map<String, Object> payload = r.payload();
        sessions.activity().hook(session.get().id(), payload);
        if (!event.equals("PermissionRequest")) {
            control.hookEvent(event, payload);
            RequestHandler.reply(out, CliReply.HookAnswer.none());
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
            RequestHandler.reply(out, new CliReply.HookAnswer(Optional.of(answer.decision().wire()),
                    Optional.ofNullable(answer.message()), Optional.ofNullable(
                            answer.decision() == Decision.ALLOW_ALWAYS ? answer.updatedPermissions() : null)));
        } catch (ExecutionException e) {
            RequestHandler.reply(out, new CliReply.Failed(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            watcher.interrupt();
        }
    }
}
