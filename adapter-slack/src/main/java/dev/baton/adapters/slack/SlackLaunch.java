package dev.baton.adapters.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import dev.baton.chat.LaunchForm;
import dev.baton.chat.LaunchOutcome;
import dev.baton.chat.Launcher;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launch modal's handlers: {@code /agent run} (or {@code new}) with no prompt opens it ({@code views.open} with
 * the command's {@code trigger_id}); picking a daemon or repo rebuilds it ({@code views.update}); submitting starts
 * the session in the channel, or answers {@code response_action: errors} with the hub's inline errors. Slack allows
 * 3 seconds for each, so the hub gets a little less.
 */
final class SlackLaunch {
    private static final Logger log = LoggerFactory.getLogger(SlackLaunch.class);
    private static final long HUB_WITHIN_MS = 2_500;
    private final AtomicReference<Launcher> launcher = new AtomicReference<>(Launcher.NONE);
    private final MethodsClient methods;
    private final SlackUserDirectory users;
    private final AccessGate gate;

    SlackLaunch(MethodsClient methods, SlackUserDirectory users, AccessGate gate) {
        this.methods = methods;
        this.users = users;
        this.gate = gate;
    }

    void connect(Launcher hub) {
        launcher.set(hub);
    }

    void register(App app) {
        app.blockAction(Pattern.compile(Pattern.quote(LaunchModal.ACTION_PREFIX) + ".+"), this::changed);
        app.viewSubmission(LaunchModal.CALLBACK, this::submitted);
    }

    /** Opens the modal; returns the sentence to answer the command with when it cannot. */
    java.util.Optional<String> open(String triggerId, String channel, String user) {
        try {
            LaunchForm form = within(launcher.get().form(SlackRefs.channel(channel), users.user(user), Map.of()));
            var r = methods.viewsOpen(v -> v.triggerId(triggerId).viewAsString(LaunchModal.view(form, channel)));
            if (!r.isOk()) {
                log.warn("views.open failed: {}", r.getError());
                return java.util.Optional.of("Slack did not open the dialog (" + r.getError() + "); use /agent run PROMPT.");
            }
            return java.util.Optional.empty();
        } catch (Exception e) {
            log.warn("the launch dialog could not open", e);
            return java.util.Optional.of("The dialog could not open (" + e.getMessage() + "); use /agent run PROMPT.");
        }
    }

    private Response changed(BlockActionRequest req, ActionContext ctx) {
        var p = req.getPayload();
        if (p.getView() == null || p.getUser() == null) {
            return ctx.ack();
        }
        String channel = p.getView().getPrivateMetadata();
        Map<String, String> values = LaunchModal.values(p.getView().getState());
        String changed = p.getActions().isEmpty() ? "" : p.getActions().getFirst().getActionId()
                .substring(LaunchModal.ACTION_PREFIX.length());
        if (changed.equals(LaunchForm.DAEMON)) {
            values.keySet().removeIf(k -> !k.equals(LaunchForm.DAEMON) && !k.equals(LaunchForm.NAME)
                    && !k.equals(LaunchForm.PROMPT) && !k.equals(LaunchForm.VISIBILITY));
        } else {
            values.remove(LaunchForm.BRANCH);
        }
        try {
            LaunchForm form = within(launcher.get().form(SlackRefs.channel(channel), users.user(p.getUser().getId()), values));
            String viewId = p.getView().getId();
            String hash = p.getView().getHash();
            var r = methods.viewsUpdate(v -> v.viewId(viewId).hash(hash).viewAsString(LaunchModal.view(form, channel)));
            if (!r.isOk()) {
                log.warn("views.update failed: {}", r.getError());
            }
        } catch (Exception e) {
            log.warn("the launch dialog could not be updated", e);
        }
        return ctx.ack();
    }

    private Response submitted(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var p = req.getPayload();
        String channel = p.getView().getPrivateMetadata();
        String user = p.getUser().getId();
        if (gate.check(channel, user) instanceof AccessGate.Denied denied) {
            return ctx.ackWithErrors(Map.of(LaunchForm.PROMPT, denied.reason()));
        }
        try {
            return switch (within(launcher.get().submit(SlackRefs.channel(channel), users.user(user),
                    LaunchModal.values(p.getView().getState())))) {
                case LaunchOutcome.Started s -> ctx.ack();
                case LaunchOutcome.Invalid i -> ctx.ackWithErrors(i.form().errors());
            };
        } catch (Exception e) {
            log.warn("the launch dialog's submission failed", e);
            return ctx.ackWithErrors(Map.of(LaunchForm.PROMPT, "Baton could not start it: " + e.getMessage()));
        }
    }

    private static <T> T within(CompletableFuture<T> f) throws Exception {
        return f.get(HUB_WITHIN_MS, TimeUnit.MILLISECONDS);
    }
}
