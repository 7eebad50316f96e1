package dev.baton.adapters.slack;

import com.slack.api.model.view.ViewState;
import dev.baton.chat.LaunchForm;
import com.google.gson.Gson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The launch dialog as a Block Kit modal: one input block per field (block id = the field's key, action id
 * {@code baton_launch.KEY}); choosing a daemon or repo dispatches a block action so the hub can narrow the other
 * lists ({@code views.update}); the channel travels in {@code private_metadata}. Errors known when the form is
 * built show as a context line under their field; errors on submit go back as {@code response_action: errors}.
 */
final class LaunchModal {
    static final String CALLBACK = "baton_launch";
    static final String ACTION_PREFIX = "baton_launch.";
    private static final int MAX_OPTIONS = 100;
    private static final Gson GSON = new Gson();

    private LaunchModal() {}

    static String view(LaunchForm form, String channelId) {
        List<Object> blocks = new ArrayList<>();
        for (LaunchForm.Field f : form.fields()) {
            blocks.add(input(f));
            f.error().ifPresent(e -> blocks.add(obj("type", "context", "block_id", f.key() + "_error",
                    "elements", List.of(obj("type", "mrkdwn", "text", ":warning: " + e)))));
        }
        return GSON.toJson(obj("type", "modal", "callback_id", CALLBACK, "private_metadata", channelId,
                "title", text("New session"), "submit", text("Start"), "close", text("Cancel"), "blocks", blocks));
    }

    private static Map<String, Object> input(LaunchForm.Field f) {
        String action = ACTION_PREFIX + f.key();
        Map<String, Object> element;
        boolean select = f.kind() == LaunchForm.Kind.SELECT && !f.options().isEmpty();
        if (select) {
            List<Object> options = f.options().stream().limit(MAX_OPTIONS)
                    .map(o -> (Object) obj("text", text(cut(o.label(), 75)), "value", o.value())).toList();
            element = obj("type", "static_select", "action_id", action, "options", options,
                    "placeholder", text("Pick one"));
            f.options().stream().filter(o -> o.value().equals(f.value())).findFirst().ifPresent(o ->
                    element.put("initial_option", obj("text", text(cut(o.label(), 75)), "value", o.value())));
        } else {
            element = obj("type", "plain_text_input", "action_id", action,
                    "multiline", f.kind() == LaunchForm.Kind.MULTILINE);
            if (!f.value().isEmpty()) {
                element.put("initial_value", f.value());
            }
        }
        Map<String, Object> block = obj("type", "input", "block_id", f.key(), "label", text(f.label()),
                "element", element, "optional", f.optional() || f.kind() == LaunchForm.Kind.SELECT && !select);
        if (f.key().equals(LaunchForm.DAEMON) || f.key().equals(LaunchForm.REPO)) {
            block.put("dispatch_action", true);
        }
        return block;
    }

    /** The values in a modal's state, by field key (a select's chosen value, an input's text). */
    static Map<String, String> values(ViewState state) {
        Map<String, String> out = new LinkedHashMap<>();
        if (state == null || state.getValues() == null) {
            return out;
        }
        state.getValues().forEach((block, actions) -> actions.forEach((action, v) -> {
            if (!action.startsWith(ACTION_PREFIX)) {
                return;
            }
            String value = v.getSelectedOption() != null ? v.getSelectedOption().getValue() : v.getValue();
            if (value != null) {
                out.put(action.substring(ACTION_PREFIX.length()), value);
            }
        }));
        return out;
    }

    /** An ordered JSON object from key, value, key, value, … */
    private static Map<String, Object> obj(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> text(String s) {
        return obj("type", "plain_text", "text", s);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
