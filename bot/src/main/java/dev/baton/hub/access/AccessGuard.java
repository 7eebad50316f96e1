package dev.baton.hub.access;

import dev.baton.chat.ChatUser;
import dev.baton.config.AccessSettings;
import dev.baton.config.ApprovalSettings;
import dev.baton.hub.daemons.DaemonLinks;
import dev.baton.hub.store.AccessStore;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.store.HubPrompt;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.wire.WireMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's front door to {@link AccessPolicy}: loads a session's visibility and shares, asks the policy, and records
 * every denial in the session's event stream (an {@code audit} event, through the daemon's outbox), as it does the
 * access changes people make ({@link #audit}). Core thread.
 */
public final class AccessGuard {
    private static final Logger log = LoggerFactory.getLogger(AccessGuard.class);
    private final AccessPolicy policy;
    private final AccessSettings settings;
    private final HubStore store;
    private final DaemonLinks daemons;
    private final Function<SessionId, List<String>> mirrorThreads;

    /** {@code mirrorThreads}: the keys of a session's mirror threads (their platforms' people see it too). */
    public AccessGuard(ApprovalSettings approvals, AccessSettings settings, Identities identities, HubStore store,
                       DaemonLinks daemons, Function<SessionId, List<String>> mirrorThreads) {
        this.policy = new AccessPolicy(approvals, identities::samePerson);
        this.settings = settings;
        this.store = store;
        this.daemons = daemons;
        this.mirrorThreads = mirrorThreads;
    }

    public SessionAccess of(HubSession s) {
        AccessStore access = store.access();
        Visibility v = access.visibility(s.id()).flatMap(Visibility::parse)
                .orElseGet(() -> Visibility.parse(settings.visibility()).orElse(Visibility.CHANNEL));
        List<SessionAccess.Share> shares = new ArrayList<>();
        for (String[] row : access.shares(s.id())) {
            Role.parse(row[2]).ifPresent(r -> shares.add(new SessionAccess.Share(row[0], row[1], r)));
        }
        return new SessionAccess(v, shares, mirrorThreads.apply(s.id()));
    }

    /** Decides {@code action}; a denial is audited. */
    public AccessDecision decide(Action action, ChatUser user, HubSession s) {
        return decide(action, user, s, Optional.empty());
    }

    /** Why {@code user} may not do {@code action} (audited), or empty if they may. */
    public Optional<String> refusal(Action action, ChatUser user, HubSession s) {
        return refusal(decide(action, user, s));
    }

    /** Decides an approval of {@code prompt}; a denial is audited. */
    public AccessDecision approve(ChatUser user, HubSession s, HubPrompt prompt, String requester) {
        return decide(Action.APPROVE, user, s, Optional.of(new AccessPolicy.PromptFacts(prompt,
                store.turnSenders(s.id()), requester)));
    }

    /**
     * Decides a budget raise: people in {@code budgetApprovers} ({@code [budgets] approvers}) may, and so may whoever
     * may answer the session's prompts (its approvers). A denial is audited as {@code raise_budget}.
     */
    public AccessDecision raiseBudget(ChatUser user, HubSession s, List<String> budgetApprovers) {
        if (budgetApprovers.contains(user.key())) {
            return new AccessDecision.Allowed(Role.APPROVER);
        }
        HubPrompt budget = HubPrompt.opened("budget", s.id(), "", "budget", "", "", List.of(), 0);
        AccessDecision d = policy.decide(Action.APPROVE, user, s, of(s), Optional.of(new AccessPolicy.PromptFacts(budget,
                store.turnSenders(s.id()), s.ownerKey())));
        if (d instanceof AccessDecision.Denied denied) {
            String reason = denied.reason().replace("answer this prompt", "raise its budget")
                    .replace("answer its prompts", "raise its budget");
            log.info("session {}: {} may not raise its budget: {}", s.name(), user.key(), reason);
            audit(s, Identities.sender(user), "raise_budget", "refused", reason);
            return new AccessDecision.Denied(reason);
        }
        return d;
    }

    private AccessDecision decide(Action action, ChatUser user, HubSession s, Optional<AccessPolicy.PromptFacts> p) {
        AccessDecision d = policy.decide(action, user, s, of(s), p);
        if (d instanceof AccessDecision.Denied denied) {
            log.info("session {}: {} may not {}: {}", s.name(), user.key(), action.words(), denied.reason());
            audit(s, Identities.sender(user), action.name().toLowerCase(Locale.ROOT), "refused", denied.reason());
        }
        return d;
    }

    /** Puts a decision taken at the hub into the session's audit trail (through its daemon's outbox). */
    public void audit(HubSession s, Sender actor, String action, String outcome, String reason) {
        daemons.sendReliable(s.daemon(), new WireMessage.AuditNote(s.id(), actor, action, outcome, reason));
    }

    /** The role of {@code user}, without auditing (for what a page offers, and what a listing shows). */
    public Optional<Role> role(ChatUser user, HubSession s) {
        return policy.role(user, s, of(s));
    }

    /** The user keys who may answer {@code prompt}, for the prompt card's mentions. */
    public List<String> deciders(HubSession s) {
        return AccessPolicy.deciders(store.turnSenders(s.id()), of(s));
    }

    /** Why not, or empty. */
    public static Optional<String> refusal(AccessDecision d) {
        return d instanceof AccessDecision.Denied denied ? Optional.of(denied.reason()) : Optional.empty();
    }
}
