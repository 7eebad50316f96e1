package dev.baton.adapters.discord;

import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatUser;
import dev.baton.chat.LaunchForm;
import dev.baton.chat.LaunchOutcome;
import dev.baton.chat.Launcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.label.LabelChildComponent;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The launch dialog as a Discord modal (JDA 6.5: string select menus inside {@code Label}s, Components v2). A modal
 * holds at most five components and cannot be updated while open, so it has the daemon, agent, repo, base branch
 * and prompt (lists as the default daemon has them); the name comes from the prompt and the visibility is the
 * default. Discord cannot show errors inside a modal after submit: they come back as one ephemeral message, field
 * by field, and a problem known up front (a preferred daemon offline) is the field's description.
 */
final class DiscordLaunch {
    static final String MODAL_PREFIX = "baton_launch|";
    private static final long HUB_WITHIN_MS = 2_500;
    private static final List<String> SHOWN = List.of(LaunchForm.DAEMON, LaunchForm.AGENT, LaunchForm.REPO,
            LaunchForm.BRANCH, LaunchForm.PROMPT);
    private static final int MAX_OPTIONS = 25;
    private final AtomicReference<Launcher> launcher = new AtomicReference<>(Launcher.NONE);

    void connect(Launcher hub) {
        launcher.set(hub);
    }

    /** The modal for {@code user} launching in {@code channel} (waits briefly for the hub). */
    Modal modal(ChannelRef channel, ChatUser user) throws Exception {
        LaunchForm form = within(launcher.get().form(channel, user, Map.of()));
        Modal.Builder modal = Modal.create(MODAL_PREFIX + channel.id(), "New session");
        for (String key : SHOWN) {
            form.field(key).ifPresent(f -> modal.addComponents(label(f)));
        }
        return modal.build();
    }

    private static Label label(LaunchForm.Field f) {
        LabelChildComponent child;
        if (f.kind() == LaunchForm.Kind.SELECT && !f.options().isEmpty()) {
            List<SelectOption> options = new ArrayList<>();
            f.options().stream().limit(MAX_OPTIONS).forEach(o -> options.add(SelectOption.of(cut(o.label(), 100), o.value())
                    .withDefault(o.value().equals(f.value()))));
            child = StringSelectMenu.create(f.key()).addOptions(options).build();
        } else {
            TextInput.Builder input = TextInput.create(f.key(), f.kind() == LaunchForm.Kind.MULTILINE
                    ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT).setRequired(!f.optional() && f.kind() != LaunchForm.Kind.SELECT);
            if (!f.value().isEmpty()) {
                input.setValue(f.value());
            }
            child = input.build();
        }
        return f.error().map(e -> Label.of(f.label(), cut(e, Label.DESCRIPTION_MAX_LENGTH), child))
                .orElseGet(() -> Label.of(f.label(), child));
    }

    /** A submitted modal's answer: what started, or the fields' errors. */
    String submit(ChannelRef channel, ChatUser user, List<ModalMapping> mappings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ModalMapping m : mappings) {
            String value = switch (m.getType()) {
                case STRING_SELECT -> m.getAsStringList().isEmpty() ? "" : m.getAsStringList().getFirst();
                default -> m.getAsString();
            };
            values.put(m.getCustomId(), value);
        }
        try {
            return switch (within(launcher.get().submit(channel, user, values))) {
                case LaunchOutcome.Started s -> "Started session " + s.name() + ": its thread is the session.";
                case LaunchOutcome.Invalid i -> "Not started. " + i.form().errors().entrySet().stream()
                        .map(e -> label(i.form(), e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(" "));
            };
        } catch (Exception e) {
            return "Baton could not start it: " + e.getMessage();
        }
    }

    private static String label(LaunchForm form, String key) {
        return form.field(key).map(LaunchForm.Field::label).orElse(key);
    }

    static boolean ours(String modalId) {
        return modalId.startsWith(MODAL_PREFIX);
    }

    private static <T> T within(CompletableFuture<T> f) throws Exception {
        return f.get(HUB_WITHIN_MS, TimeUnit.MILLISECONDS);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
