package dev.baton.daemon.report;

import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a batch of reported events. Each is an object: {@code level} ({@code info}, the default, {@code notice}
 * or {@code action}), {@code kind} (required: lower-case letters, digits, {@code _ . -}), {@code message}, and any
 * other keys as free fields. {@code kind: artifact} declares a file the session produced: {@code path} (relative to
 * the worktree, or absolute) or {@code commit}, and {@code artifact} one of {@link #ARTIFACTS} (default {@code file}).
 */
public final class ReportedEvents {
    public static final int MAX_BATCH = 1_000;
    static final int MAX_MESSAGE = 4_096;
    static final int MAX_FIELDS_JSON = 16_384;
    public static final Set<String> ARTIFACTS = Set.of("file", "test_result", "screenshot", "log", "patch", "commit");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,64}");

    /** The valid events, and one error per invalid one. */
    public record Batch(List<ReportedEvent> valid, List<Refused> refused) {}

    /** An invalid event: its index in the batch (from 0) and why. */
    public record Refused(int index, String error) {}

    private ReportedEvents() {}

    /** {@code worktree}: where relative artifact paths point. */
    public static Batch parse(List<Map<String, Object>> batch, Path worktree) {
        if (batch.size() > MAX_BATCH) {
            throw new IllegalArgumentException("a batch holds at most " + MAX_BATCH + " events; this one has " + batch.size());
        }
        List<ReportedEvent> valid = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            try {
                valid.add(one(i, batch.get(i), worktree));
            } catch (Invalid e) {
                refused.add(new Refused(i, e.getMessage()));
            }
        }
        return new Batch(valid, refused);
    }

    private static ReportedEvent one(int index, Map<String, Object> raw, Path worktree) {
        if (raw == null) {
            throw new Invalid("an event must be a JSON object");
        }
        AttentionLevel level = switch (raw.get("level")) {
            case null -> AttentionLevel.INFO;
            case String s -> AttentionLevel.parse(s).orElseThrow(() -> new Invalid("level must be info, notice or action, not '" + s + "'"));
            default -> throw new Invalid("level must be a string: info, notice or action");
        };
        if (!(raw.get("kind") instanceof String kind)) {
            throw new Invalid(raw.containsKey("kind") ? "kind must be a string" : "kind is missing (e.g. \"kind\":\"test_run\")");
        }
        if (!KIND.matcher(kind).matches()) {
            throw new Invalid("kind '" + clip(kind) + "' must be 1-64 lower-case letters, digits, '_', '.' or '-', starting with a letter");
        }
        String message = switch (raw.get("message")) {
            case null -> "";
            case String s when s.length() <= MAX_MESSAGE -> s;
            case String s -> throw new Invalid("message is longer than " + MAX_MESSAGE + " characters");
            default -> throw new Invalid("message must be a string");
        };
        Map<String, Object> fields = new LinkedHashMap<>(raw);
        fields.remove("level");
        fields.remove("kind");
        fields.remove("message");
        if (Json.write(fields).length() > MAX_FIELDS_JSON) {
            throw new Invalid("the free fields are larger than " + MAX_FIELDS_JSON + " characters of JSON");
        }
        AttentionReason reason = AttentionReason.parse(kind)
                .orElse(level == AttentionLevel.ACTION ? AttentionReason.QUESTION : AttentionReason.NOTIFICATION);
        String text = message.isEmpty() ? kind : message;
        SessionEvent event = kind.equals("artifact") ? artifact(fields, message, worktree)
                : new SessionEvent.Emitted(level, kind, message, fields);
        return new ReportedEvent(index, level, event, reason, text);
    }

    private static SessionEvent.ArtifactSaved artifact(Map<String, Object> f, String label, Path worktree) {
        String type = switch (f.get("artifact")) {
            case null -> f.containsKey("commit") ? "commit" : "file";
            case String s when ARTIFACTS.contains(s) -> s;
            default -> throw new Invalid("artifact must be one of " + String.join(", ", ARTIFACTS.stream().sorted().toList()));
        };
        Optional<String> path = text(f, "path");
        Optional<String> commit = text(f, "commit");
        if (path.isPresent() == commit.isPresent()) {
            throw new Invalid("an artifact needs a path or a commit (one of them)");
        }
        if (commit.isPresent()) {
            if (!COMMIT.matcher(commit.get()).matches()) {
                throw new Invalid("commit must be a commit id (7-64 hex digits), not '" + clip(commit.get()) + "'");
            }
            return new SessionEvent.ArtifactSaved(type, "", commit.get(), label);
        }
        if (path.get().isBlank() || path.get().indexOf('\0') >= 0) {
            throw new Invalid("path must not be empty");
        }
        Path p = Path.of(path.get());
        return new SessionEvent.ArtifactSaved(type, (p.isAbsolute() ? p : worktree.resolve(p)).normalize().toString(), "", label);
    }

    private static Optional<String> text(Map<String, Object> f, String key) {
        return switch (f.get(key)) {
            case null -> Optional.empty();
            case String s -> Optional.of(s);
            default -> throw new Invalid(key + " must be a string");
        };
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** One event's problem; becomes its {@link Refused}. */
    private static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }
}
