package dev.baton.hub.access;

import dev.baton.chat.ChatUser;
import dev.baton.config.ApprovalSettings;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubPrompt;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may answer a permission prompt: by default the session's owner (none while it is up for grabs) and drivers (everyone who sent it a turn),
 * plus {@code [approvals] approvers}; a tool listed under {@code [approvals.tools]} only by those named there; and
 * for tools in {@code not_requester}, never the person whose turn led to the prompt.
 */
public final class Approvers {
    private final ApprovalSettings settings;

    public Approvers(ApprovalSettings settings) {
        this.settings = settings;
    }

    /** The user keys allowed to answer this prompt. */
    public Set<String> allowed(HubSession session, HubPrompt prompt, List<String> drivers) {
        List<String> named = settings.tools().get(prompt.tool());
        if (named != null) {
            return new LinkedHashSet<>(named);
        }
        Set<String> out = new LinkedHashSet<>();
        if (!session.upForGrabs()) {
            out.add(session.ownerKey());
        }
        out.addAll(drivers);
        out.addAll(settings.approvers());
        return out;
    }

    /** Why {@code user} may not answer, or empty if they may. */
    public Optional<String> refusal(ChatUser user, HubSession session, HubPrompt prompt, List<String> drivers,
                             String requester) {
        if (settings.notRequester().contains(prompt.tool()) && user.key().equals(requester)) {
            return Optional.of("you asked for this " + prompt.tool() + " step, so someone else has to approve it");
        }
        Set<String> allowed = allowed(session, prompt, drivers);
        if (allowed.isEmpty()) {
            return Optional.of("this session is up for grabs and nobody may approve yet; take it with /agent handoff @me");
        }
        if (!allowed.contains(user.key())) {
            return Optional.of("only " + describe(allowed) + " can answer this prompt");
        }
        return Optional.empty();
    }

    private static String describe(Set<String> keys) {
        List<String> names = keys.stream().map(k -> k.substring(k.indexOf(':') + 1)).toList();
        return names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + " and others";
    }
}
