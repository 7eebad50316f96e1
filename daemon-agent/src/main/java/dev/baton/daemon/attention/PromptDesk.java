package dev.baton.daemon.attention;

import dev.baton.daemon.attention.PromptProfile.ScreenPrompt;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SignalLayer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The session's open permission prompt, from the best layer that saw it: a blocking {@code PermissionRequest} hook
 * (answered with its decision JSON) or the screen scan (answered with the dialog's own keys). An answer must name
 * the open prompt and the hash of its input; anything else is stale. Time comes in as {@code now} (epoch millis) from
 * the caller, so the grace, settle and gone timers follow whatever clock it reads. Actor-confined, except the views.
 */
final class PromptDesk {
    /** How long a dialog may sit on the screen without its hook before the screen scan takes over. */
    static final long HOOK_GRACE_MS = 1500;
    /** How long a dialog must read the same before a screen prompt opens (a half-drawn frame does not count). */
    static final long SETTLE_MS = 150;
    /** How long a dialog must be gone before it counts as answered at the terminal (not a redraw). */
    static final long GONE_MS = 400;
    static final List<String> CLAUDE_OPTIONS = List.of("1. Yes", "2. Yes, and don't ask again", "3. No");

    record Open(String id, SignalLayer layer, String tool, String detail, String question, List<String> options,
                String hash, CompletableFuture<HookReply> hook, Object suggestions) {}

    private final Consumer<SessionEvent> events;
    private final boolean hooksExpected;
    private volatile Open open;
    private boolean seenOnScreen;
    private long screenFirstSeen = -1;
    private String pendingHash;
    private long goneSince = -1;
    private Sender lastKeys;
    /** The dialog just answered with keys stays on screen until the agent redraws; it must not open twice. */
    private String answeredOnScreen;

    PromptDesk(Consumer<SessionEvent> events, boolean hooksExpected) {
        this.events = events;
        this.hooksExpected = hooksExpected;
    }

    boolean isOpen() {
        return open != null;
    }

    Optional<Open> current() {
        return Optional.ofNullable(open);
    }

    /** A {@code PermissionRequest} hook is waiting for a decision. */
    void openFromHook(Map<String, Object> payload, CompletableFuture<HookReply> reply, boolean attended) {
        if (open != null && open.hook() != null) {
            open.hook().complete(new HookReply(Decision.DENY, "superseded by a newer permission request", null));
        }
        String tool = String.valueOf(payload.getOrDefault("tool_name", "tool"));
        Object input = payload.getOrDefault("tool_input", Map.of());
        String detail = detail(input);
        String question = input instanceof Map<?, ?> m && m.get("description") != null
                ? String.valueOf(m.get("description")) : "Allow " + tool + "?";
        open = new Open(newId(), SignalLayer.HOOK, tool, detail, question, CLAUDE_OPTIONS,
                hash(tool + "\n" + Json.write(input)), reply, payload.get("permission_suggestions"));
        seenOnScreen = false;
        announce(attended);
    }

    /**
     * What the screen shows now; opens a screen prompt when no hook brought one. TUIs redraw in pieces, so a dialog
     * must read the same for {@link #SETTLE_MS} before it opens, and be gone for {@link #GONE_MS} before it counts
     * as answered elsewhere. Returns true on a change.
     */
    boolean onScreen(Optional<ScreenPrompt> seen, long now, boolean attended) {
        if (seen.isEmpty()) {
            screenFirstSeen = -1;
            pendingHash = null;
            answeredOnScreen = null;
            if (open != null && seenOnScreen) {
                if (goneSince < 0) {
                    goneSince = now;
                } else if (now - goneSince >= GONE_MS) {
                    answeredElsewhere();
                    return true;
                }
            }
            return false;
        }
        goneSince = -1;
        if (open != null) {
            seenOnScreen = true;
            return false;
        }
        ScreenPrompt p = seen.get();
        String hash = hash(p.tool() + "\n" + p.detail() + "\n" + p.question() + "\n" + p.options());
        if (hash.equals(answeredOnScreen)) {
            return false;
        }
        if (!hash.equals(pendingHash)) {
            pendingHash = hash;
            screenFirstSeen = now;
            return false;
        }
        if (now - screenFirstSeen < (hooksExpected ? HOOK_GRACE_MS : SETTLE_MS)) {
            return false;
        }
        if (hooksExpected) {
            events.accept(new SessionEvent.Attention(AttentionLevel.INFO, AttentionReason.PERMISSION,
                    "no hook reported this prompt; falling back to the screen scan", SignalLayer.SCREEN));
        }
        open = new Open(newId(), SignalLayer.SCREEN, p.tool(), p.detail(), p.question(), p.options(), hash, null, null);
        seenOnScreen = true;
        pendingHash = null;
        announce(attended);
        return true;
    }

    /** Someone sent raw keys; if the dialog then leaves the screen, they answered it. */
    void keysSent(Sender by) {
        lastKeys = by;
    }

    /** The hook process waiting on {@code reply} went away (the agent took an answer at its own terminal). */
    void hookGone(CompletableFuture<HookReply> reply) {
        if (open != null && open.layer() == SignalLayer.HOOK && open.hook() == reply) {
            answeredElsewhere();
        }
    }

    /** {@code how} the answer came: {@code chat} (the hub) or {@code tui} (the supervisor TUI). */
    AnswerOutcome answer(String promptId, String inputHash, Decision decision, Sender by, String message, String how) {
        if (open == null || !open.id().equals(promptId)) {
            return new AnswerOutcome.Stale("that prompt is no longer open");
        }
        if (!open.hash().equals(inputHash)) {
            return new AnswerOutcome.Stale("the prompt's input changed since that answer was given");
        }
        Open answered = open;
        open = null;
        byte[] keys = new byte[0];
        if (answered.hook() != null) {
            answered.hook().complete(new HookReply(decision, message,
                    decision == Decision.ALLOW_ALWAYS ? answered.suggestions() : null));
        } else {
            keys = PromptKeys.forDecision(decision, answered.options());
            answeredOnScreen = answered.hash();
        }
        events.accept(new SessionEvent.PromptAnswered(answered.id(), decision, by, how, message));
        return new AnswerOutcome.Applied(keys);
    }

    /** The session ended: a hook still waiting is released (the agent is gone anyway). */
    void abandon() {
        if (open != null && open.hook() != null) {
            open.hook().complete(new HookReply(Decision.ANSWERED, "", null));
        }
        open = null;
    }

    String summary() {
        Open o = open;
        return o == null ? "" : "action:permission " + (o.tool().isEmpty() ? "" : o.tool() + ": ")
                + (o.detail().isEmpty() ? o.question() : o.detail());
    }

    private void answeredElsewhere() {
        Sender by = lastKeys != null ? lastKeys : Sender.daemon();
        events.accept(new SessionEvent.PromptAnswered(open.id(), Decision.ANSWERED, by,
                lastKeys != null ? "keys" : "terminal", ""));
        if (open.hook() != null) {
            open.hook().complete(new HookReply(Decision.ANSWERED, "", null));
        }
        open = null;
        lastKeys = null;
    }

    private void announce(boolean attended) {
        events.accept(new SessionEvent.PromptOpened(open.id(), open.layer(), open.tool(), open.detail(), open.question(),
                open.options(), open.hash(), attended));
    }

    private static String detail(Object input) {
        if (input instanceof Map<?, ?> m) {
            for (String key : List.of("command", "file_path", "path", "url", "pattern")) {
                if (m.get(key) != null) {
                    return String.valueOf(m.get(key));
                }
            }
        }
        return Json.write(input);
    }

    private static String newId() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
