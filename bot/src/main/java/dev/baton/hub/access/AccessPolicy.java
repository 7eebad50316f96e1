package dev.baton.hub.access;

import dev.baton.chat.ChatUser;
import dev.baton.chat.ThreadRef;
import dev.baton.config.ApprovalSettings;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubPrompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one access policy: every action on a session (see {@link Action}) is decided here, from the session's owner,
 * its visibility and shares, {@code [approvals]}, and for an approval the prompt at hand. A denial always says why.
 * <ul>
 *   <li>The owner may do everything.</li>
 *   <li>{@code private}: nobody else. {@code shared}: the named people, in their role. {@code channel}: the named
 *       people in their role, and everyone else on the thread's platform as a driver (the thread is theirs too).</li>
 *   <li>People named in {@code [approvals] approvers} are approvers of every session that is not private.</li>
 *   <li>Drivers send turns and keys, pause, and kill; watchers only look; approvers look and answer prompts, as do the
 *       owner and whoever sent turns, subject to {@code [approvals]}'s per-tool and not-the-requester rules.</li>
 *   <li>Only the owner hands off and changes sharing; a session up for grabs may be taken by anyone who sees it.</li>
 * </ul>
 * Pure: the caller supplies the facts and records the denial.
 */
public final class AccessPolicy {
    /** The facts an approval is decided on: the prompt, the session's turn senders and whose turn led to it. */
    public record PromptFacts(HubPrompt prompt, List<String> drivers, String requester) {}

    private final ApprovalSettings approvals;
    private final Approvers approvers;

    /** Whether two user keys are one person across platforms ({@code [identities.*]}). */
    private final java.util.function.BiPredicate<String, String> samePerson;

    public AccessPolicy(ApprovalSettings approvals) {
        this(approvals, String::equals);
    }

    public AccessPolicy(ApprovalSettings approvals, java.util.function.BiPredicate<String, String> samePerson) {
        this.approvals = approvals;
        this.approvers = new Approvers(approvals);
        this.samePerson = samePerson;
    }

    /** The role {@code user} has in the session, if any. */
    public Optional<Role> role(ChatUser user, HubSession s, SessionAccess access) {
        if (!s.upForGrabs() && samePerson.test(s.ownerKey(), user.key())) {
            return Optional.of(Role.OWNER);
        }
        if (access.visibility() == Visibility.PRIVATE) {
            return Optional.empty();
        }
        Optional<SessionAccess.Share> share = access.shares().stream()
                .filter(sh -> samePerson.test(sh.userKey(), user.key())).findFirst();
        if (share.isPresent()) {
            return Optional.of(share.get().role());
        }
        if (approvals.approvers().contains(user.key())) {
            return Optional.of(Role.APPROVER);
        }
        if (access.visibility() == Visibility.CHANNEL && inChannel(user, s, access)) {
            return Optional.of(Role.DRIVER);
        }
        return Optional.empty();
    }

    public AccessDecision decide(Action action, ChatUser user, HubSession s, SessionAccess access,
                          Optional<PromptFacts> prompt) {
        Optional<Role> found = role(user, s, access);
        if (found.isEmpty()) {
            return new AccessDecision.Denied(noAccess(s, access));
        }
        Role role = found.get();
        return switch (action) {
            case OPEN_PAGE -> new AccessDecision.Allowed(role);
            case SEND_TURN, SEND_KEYS, PAUSE, KILL -> role.drives() ? new AccessDecision.Allowed(role)
                    : new AccessDecision.Denied(user.name() + " is " + article(role) + " of " + s.name() + " and may not "
                    + action.words() + "; " + ownerWho(s) + " can allow it with /agent share @" + user.name() + " --drive");
            case HANDOFF -> role == Role.OWNER || (s.upForGrabs() && role.drives()) ? new AccessDecision.Allowed(role)
                    : new AccessDecision.Denied("only the owner (" + s.ownerName() + ") can hand " + s.name()
                    + " off. They can give it to you with /agent handoff @" + user.name());
            case SHARE -> role == Role.OWNER ? new AccessDecision.Allowed(role)
                    : new AccessDecision.Denied("only the owner" + (s.upForGrabs() ? "" : " (" + s.ownerName() + ")")
                    + " can change who may see " + s.name());
            case APPROVE -> approve(user, s, access, role, prompt);
        };
    }

    private AccessDecision approve(ChatUser user, HubSession s, SessionAccess access, Role role,
                                   Optional<PromptFacts> prompt) {
        if (role == Role.WATCHER) {
            return new AccessDecision.Denied(user.name() + " only watches " + s.name() + " and may not answer its prompts");
        }
        if (prompt.isEmpty()) {
            return new AccessDecision.Denied("no permission prompt is open");
        }
        PromptFacts p = prompt.get();
        Optional<String> refusal = approvers.refusal(asKnown(user, s, access), s, p.prompt(), deciders(p.drivers(), access),
                p.requester());
        return refusal.<AccessDecision>map(AccessDecision.Denied::new).orElseGet(() -> new AccessDecision.Allowed(role));
    }

    /**
     * The user under the key the session knows them by: the owner's or a share's key when {@code [identities.*]}
     * says it is the same person on another platform, so approver lists and the not-the-requester rule hold across
     * platforms.
     */
    private ChatUser asKnown(ChatUser user, HubSession s, SessionAccess access) {
        java.util.stream.Stream<String> known = java.util.stream.Stream.concat(
                s.upForGrabs() ? java.util.stream.Stream.empty() : java.util.stream.Stream.of(s.ownerKey()),
                access.shares().stream().map(SessionAccess.Share::userKey));
        return known.filter(k -> !k.equals(user.key()) && samePerson.test(k, user.key())).findFirst()
                .map(k -> new ChatUser(dev.baton.chat.Platform.fromWire(k.substring(0, k.indexOf(':'))),
                        k.substring(k.indexOf(':') + 1), user.name()))
                .orElse(user);
    }

    /** Who may answer besides the owner and {@code [approvals] approvers}: turn senders and named approvers. */
    public static List<String> deciders(List<String> drivers, SessionAccess access) {
        List<String> out = new ArrayList<>(drivers);
        access.shares().stream().filter(sh -> sh.role() == Role.APPROVER).map(SessionAccess.Share::userKey)
                .forEach(out::add);
        access.shares().stream().filter(sh -> sh.role() == Role.WATCHER).map(SessionAccess.Share::userKey)
                .forEach(out::remove);
        return out;
    }

    /** On the platform of the session's thread or of one of its mirrors (channel membership is not looked up). */
    private static boolean inChannel(ChatUser user, HubSession s, SessionAccess access) {
        List<String> threads = new ArrayList<>(access.mirrorThreads());
        s.card().ifPresent(c -> threads.add(c.thread().key()));
        return threads.stream().anyMatch(t -> ThreadRef.parse(t).channel().platform() == user.platform());
    }

    private static String noAccess(HubSession s, SessionAccess access) {
        return switch (access.visibility()) {
            case PRIVATE -> s.name() + " is private to " + ownerWho(s);
            case SHARED -> s.name() + " is shared with named people only; " + ownerWho(s) + " can add you with /agent share";
            case CHANNEL -> s.name() + " is visible to its channel only";
        };
    }

    private static String ownerWho(HubSession s) {
        return s.upForGrabs() ? "its next owner" : s.ownerName();
    }

    private static String article(Role role) {
        return role == Role.APPROVER ? "an approver" : "a " + role.wire();
    }
}
