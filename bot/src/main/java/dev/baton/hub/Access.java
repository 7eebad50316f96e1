package dev.baton.hub;

import dev.baton.chat.ChatUser;
import dev.baton.hub.access.AccessDecision;
import dev.baton.hub.access.Action;
import dev.baton.hub.access.Role;
import dev.baton.hub.access.SessionAccess;
import dev.baton.hub.access.Visibility;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.PromptRow;
import dev.baton.protocol.wire.WireMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's front door to {@link AccessPolicy}: loads a session's visibility and shares from {@code hub.db}, asks the
 * policy, and records every denial in the session's event stream (an {@code audit} event, through the daemon's
 * outbox). Core thread.
 */
final class Access {
    private static final Logger log = LoggerFactory.getLogger(Access.class);
    private final HubState state;
    private final AccessPolicy policy;

    Access(HubState state) {
        this.state = state;
        this.policy = new AccessPolicy(state.approvals, state.coAuthors::samePerson);
    }

    SessionAccess of(HubSession s) {
        Visibility v = state.store.access().visibility(s.id()).flatMap(Visibility::parse)
                .orElseGet(() -> Visibility.parse(state.access.visibility()).orElse(Visibility.CHANNEL));
        List<SessionAccess.Share> shares = new ArrayList<>();
        for (String[] row : state.store.access().shares(s.id())) {
            Role.parse(row[2]).ifPresent(r -> shares.add(new SessionAccess.Share(row[0], row[1], r)));
        }
        return new SessionAccess(v, shares, state.sessions.mirrorsOf(s.id()).stream()
                .map(dev.baton.hub.store.MirrorRow::thread).toList());
    }

    /** Decides {@code action}; a denial is audited. */
    AccessDecision decide(Action action, ChatUser user, HubSession s) {
        return decide(action, user, s, Optional.empty());
    }

    /** Decides an approval of {@code prompt}; a denial is audited. */
    AccessDecision approve(ChatUser user, HubSession s, PromptRow prompt, String requester) {
        return decide(Action.APPROVE, user, s, Optional.of(new AccessPolicy.PromptFacts(prompt,
                state.store.turnSenders(s.id()), requester)));
    }

    private AccessDecision decide(Action action, ChatUser user, HubSession s, Optional<AccessPolicy.PromptFacts> p) {
        AccessDecision d = policy.decide(action, user, s, of(s), p);
        if (d instanceof AccessDecision.Denied denied) {
            log.info("session {}: {} may not {}: {}", s.name(), user.key(), action.words(), denied.reason());
            state.sendReliable(s.daemon(), new WireMessage.AuditNote(s.id().value(), user.platform().wire() + ":" + user.name(),
                    action.name().toLowerCase(java.util.Locale.ROOT), "refused", denied.reason()));
        }
        return d;
    }

    /** The role of {@code user}, without auditing (for showing what the page offers). */
    Optional<Role> role(ChatUser user, HubSession s) {
        return policy.role(user, s, of(s));
    }

    /** The user keys who may answer {@code prompt}, for the prompt card's mentions. */
    List<String> deciders(HubSession s) {
        return AccessPolicy.deciders(state.store.turnSenders(s.id()), of(s));
    }

    /** Why not, or empty. */
    static Optional<String> refusal(AccessDecision d) {
        return d instanceof AccessDecision.Denied denied ? Optional.of(denied.reason()) : Optional.empty();
    }
}
