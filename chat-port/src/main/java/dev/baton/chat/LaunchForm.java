package dev.baton.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launch dialog, built once by the hub and rendered by each adapter (a Block Kit modal, a Discord modal, the web
 * chat's dialog): the fields in order, each with its current value, its choices and its inline error. Field keys
 * are the constants below; a submission is a map from those keys to values.
 */
public record LaunchForm(ChannelRef channel, List<Field> fields) {
    public static final String DAEMON = "daemon";
    public static final String AGENT = "agent";
    public static final String REPO = "repo";
    public static final String BRANCH = "branch";
    public static final String NAME = "name";
    public static final String PROMPT = "prompt";
    public static final String VISIBILITY = "visibility";

    /** How a field is entered: one of its options, one line, or several lines. */
    public enum Kind { SELECT, TEXT, MULTILINE }

    public record Option(String value, String label) {}

    /** {@code options} only for a {@link Kind#SELECT}; {@code error} is shown under the field. */
    public record Field(String key, String label, Kind kind, boolean optional, String value, List<Option> options,
                        Optional<String> error) {
        public Field {
            options = List.copyOf(options);
        }
    }

    public LaunchForm {
        fields = List.copyOf(fields);
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The inline errors by field key, in field order; empty when the form can be submitted. */
    public Map<String, String> errors() {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach(f -> f.error().ifPresent(e -> out.put(f.key(), e)));
        return out;
    }

    /** The current values by field key. */
    public Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach(f -> out.put(f.key(), f.value()));
        return out;
    }
}
