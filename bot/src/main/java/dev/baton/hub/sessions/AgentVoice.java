package dev.baton.hub.sessions;

import dev.baton.chat.MessageRef;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import dev.baton.hub.store.HubSession;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.SessionState;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The agent's side of the conversation in a session's threads, as its channel's {@link Detail} asks: the turn's final
 * message posted in full when the agent waits for input again (each platform splits a long post within its limits),
 * (or at once, if it is read only after the agent went back to waiting), and while it works one "working: …" line per thread, edited in place ({@code ChatSurface.update}; Slack's outbox
 * coalesces the edits to its {@code chat.update} rate). Core thread.
 */
public final class AgentVoice {
    private static final int LINE = 200;
    private final SessionThreads threads;
    private final ChannelDetails details;
    private final Map<SessionId, Turn> turns = new HashMap<>();
    /** Messages posted as they came while the agent waited: if a tool call follows, that post becomes the working line. */
    private final Map<SessionId, Map<String, MessageRef>> late = new HashMap<>();

    /** The turn in progress: its latest message (and whether verbose threads have it), its working lines, its tools. */
    private static final class Turn {
        String message = "";
        final Map<String, MessageRef> working = new LinkedHashMap<>();
        int tools;
    }

    public AgentVoice(SessionThreads threads, ChannelDetails details) {
        this.threads = threads;
        this.details = details;
    }

    public void message(HubSession s, SessionEvent.AgentMessage m) {
        if (m.text().isBlank()) {
            return;
        }
        // the transcript is read a moment after the screen: a message that comes once the agent waits is the final one
        boolean late = s.state() == SessionState.WAITING || s.ended();
        if (!late) {
            turn(s).message = m.text();
        } else {
            Turn open = turns.remove(s.id());
            if (open != null) {
                settle(s, open); // the agent already waits: the tools before this message are done
            }
        }
        for (ThreadRef t : threads.threads(s)) {
            if (late) {
                threads.surface(t).ifPresent(surface -> this.late.computeIfAbsent(s.id(), k -> new LinkedHashMap<>())
                        .put(t.key(), surface.reply(t, Post.Text.of(m.text()))));
            } else if (detail(t) == Detail.VERBOSE) {
                threads.say(t, Post.Text.of(m.text()));
            }
        }
    }

    public void toolCall(HubSession s, SessionEvent.ToolCall c) {
        Turn turn = turn(s);
        turn.tools++;
        turn.message = ""; // a message a tool call follows is not the turn's final one
        Map<String, MessageRef> posted = late.remove(s.id());
        if (posted != null) {
            turn.working.putAll(posted); // it came late and was posted: it becomes the working line
        }
        String line = "working: " + doing(c) + "…";
        for (ThreadRef t : threads.threads(s)) {
            MessageRef ref = turn.working.get(t.key());
            if (detail(t) == Detail.QUIET && ref == null) {
                continue;
            }
            if (ref == null) {
                threads.surface(t).ifPresent(surface -> turn.working.put(t.key(), surface.reply(t, Post.Text.of(line))));
            } else {
                threads.surface(t).ifPresent(surface -> surface.update(ref, Post.Text.of(line)));
            }
        }
    }

    public void toolResult(HubSession s, SessionEvent.ToolResult r) {
        if (r.ok()) {
            return;
        }
        for (ThreadRef t : threads.threads(s)) {
            if (detail(t) == Detail.VERBOSE) {
                threads.say(t, Post.Text.of("tool failed: " + clip(r.output())));
            }
        }
    }

    /** The agent waits for input again (or the session ended): its last message goes up, the working lines settle. */
    public void turnEnded(HubSession s) {
        late.remove(s.id());
        Turn turn = turns.remove(s.id());
        if (turn == null) {
            return;
        }
        settle(s, turn);
        for (ThreadRef t : threads.threads(s)) {
            if (!turn.message.isEmpty() && detail(t) != Detail.VERBOSE) {
                threads.say(t, Post.Text.of(turn.message));
            }
        }
    }

    /** The turn's working lines say how many tool calls it made. */
    private void settle(HubSession s, Turn turn) {
        for (ThreadRef t : threads.threads(s)) {
            MessageRef ref = turn.working.get(t.key());
            if (ref != null) {
                String done = "worked: " + turn.tools + (turn.tools == 1 ? " tool call" : " tool calls");
                threads.surface(t).ifPresent(surface -> surface.update(ref, Post.Text.of(done)));
            }
        }
    }

    private Turn turn(HubSession s) {
        return turns.computeIfAbsent(s.id(), k -> new Turn());
    }

    private Detail detail(ThreadRef t) {
        return details.of(t.channel().key());
    }

    /** {@code running `npm test`} for a shell command, else the tool's name. */
    static String doing(SessionEvent.ToolCall c) {
        if (!c.command().isBlank()) {
            return "running `" + clip(c.command().strip().lines().findFirst().orElse("")) + "`";
        }
        return c.tool().isBlank() ? "a tool" : c.tool();
    }

    private static String clip(String s) {
        String one = s.replace('`', '\'');
        return one.length() <= LINE ? one : one.substring(0, LINE) + "…";
    }
}
