package dev.baton.hub.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Platform;
import dev.baton.config.ApprovalSettings;
import dev.baton.hub.prompts.PromptRulesTest;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubPrompt;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    static final HubSession SESSION = PromptRulesTest.SESSION;
    static final HubPrompt PROMPT = PromptRulesTest.prompt("Bash");
    final AccessPolicy policy = new AccessPolicy(ApprovalSettings.defaults());

    static ChatUser web(String name) {
        return new ChatUser(Platform.WEB, name, name);
    }

    static SessionAccess access(Visibility v, SessionAccess.Share... shares) {
        return new SessionAccess(v, List.of(shares));
    }

    static SessionAccess.Share share(String name, Role role) {
        return new SessionAccess.Share("web:" + name, name, role);
    }

    private AccessDecision decide(Action a, String user, SessionAccess access) {
        return policy.decide(a, web(user), SESSION, access, Optional.empty());
    }

    private static String reason(AccessDecision d) {
        return ((AccessDecision.Denied) d).reason();
    }

    @Test
    void the_owner_may_do_everything_whatever_the_visibility() {
        for (Visibility v : Visibility.values()) {
            for (Action a : List.of(Action.OPEN_PAGE, Action.SEND_TURN, Action.SEND_KEYS, Action.PAUSE, Action.KILL,
                    Action.HANDOFF, Action.SHARE)) {
                assertTrue(decide(a, "ana", access(v)).allowed(), a + " in " + v);
            }
        }
    }

    @Test
    void a_private_session_is_seen_by_nobody_else_even_with_a_share() {
        AccessDecision d = decide(Action.OPEN_PAGE, "bob", access(Visibility.PRIVATE, share("bob", Role.DRIVER)));
        assertEquals("n is private to ana", reason(d));
    }

    @Test
    void a_shared_session_is_seen_by_named_people_only_in_their_role() {
        SessionAccess a = access(Visibility.SHARED, share("bob", Role.DRIVER), share("carol", Role.WATCHER));
        assertTrue(decide(Action.SEND_TURN, "bob", a).allowed());
        assertTrue(decide(Action.OPEN_PAGE, "carol", a).allowed());
        assertTrue(reason(decide(Action.OPEN_PAGE, "eve", a)).contains("shared with named people only"));
    }

    @Test
    void watchers_who_try_to_type_are_refused_with_a_reason() {
        SessionAccess a = access(Visibility.SHARED, share("carol", Role.WATCHER));
        for (Action act : List.of(Action.SEND_TURN, Action.SEND_KEYS, Action.PAUSE, Action.KILL)) {
            String why = reason(decide(act, "carol", a));
            assertTrue(why.startsWith("carol is a watcher of n and may not " + act.words()), why);
            assertTrue(why.contains("/agent share @carol --drive"), why);
        }
    }

    @Test
    void channel_members_drive_unless_a_share_says_otherwise() {
        assertTrue(decide(Action.SEND_TURN, "bob", access(Visibility.CHANNEL)).allowed());
        assertTrue(!decide(Action.SEND_TURN, "bob", access(Visibility.CHANNEL, share("bob", Role.WATCHER))).allowed());
        ChatUser slack = new ChatUser(Platform.SLACK, "U1", "sam");
        assertEquals("n is visible to its channel only",
                reason(policy.decide(Action.OPEN_PAGE, slack, SESSION, access(Visibility.CHANNEL), Optional.empty())));
    }

    @Test
    void only_the_owner_shares_and_hands_off() {
        assertTrue(reason(decide(Action.SHARE, "bob", access(Visibility.CHANNEL))).contains("only the owner (ana)"));
        assertTrue(reason(decide(Action.HANDOFF, "bob", access(Visibility.CHANNEL))).contains("only the owner (ana) can hand n off"));
        HubSession grabs = SESSION.withOwner(Optional.empty());
        assertTrue(policy.decide(Action.HANDOFF, web("bob"), grabs, access(Visibility.CHANNEL), Optional.empty()).allowed());
    }

    @Test
    void a_non_approver_cannot_approve() {
        var facts = Optional.of(new AccessPolicy.PromptFacts(PROMPT, List.of(), "web:ana"));
        SessionAccess a = access(Visibility.SHARED, share("carol", Role.WATCHER), share("dan", Role.APPROVER),
                share("bob", Role.DRIVER));
        assertTrue(reason(policy.decide(Action.APPROVE, web("carol"), SESSION, a, facts)).contains("only watches"));
        assertTrue(policy.decide(Action.APPROVE, web("dan"), SESSION, a, facts).allowed(), "a named approver may");
        assertTrue(reason(policy.decide(Action.APPROVE, web("bob"), SESSION, a, facts)).contains("only ana, dan can answer"),
                "a driver who sent no turn is not an approver");
        assertTrue(reason(policy.decide(Action.APPROVE, web("eve"), SESSION, a, facts)).contains("shared with named people only"));
    }

    @Test
    void approval_rules_of_the_config_still_apply() {
        AccessPolicy strict = new AccessPolicy(new ApprovalSettings(List.of("web:lead"), Map.of(), Set.of("Bash"),
                Duration.ofMinutes(10), true));
        var facts = Optional.of(new AccessPolicy.PromptFacts(PROMPT, List.of("web:bob"), "web:bob"));
        assertTrue(reason(strict.decide(Action.APPROVE, web("bob"), SESSION, access(Visibility.CHANNEL), facts))
                .contains("someone else has to approve it"));
        assertTrue(strict.decide(Action.APPROVE, web("lead"), SESSION, access(Visibility.SHARED), facts).allowed(),
                "[approvals] approvers see and approve shared sessions");
        assertTrue(!strict.decide(Action.OPEN_PAGE, web("lead"), SESSION, access(Visibility.PRIVATE), facts).allowed());
    }

    @Test
    void one_person_across_platforms_is_the_owner_everywhere_and_nobody_else_is() {
        // [identities.ana]: web "ana" and Slack "U0ANA" are one person
        AccessPolicy people = new AccessPolicy(ApprovalSettings.defaults(),
                (a, b) -> a.equals(b) || Set.of(a, b).equals(Set.of("web:ana", "slack:U0ANA")));
        ChatUser anaOnSlack = new ChatUser(Platform.SLACK, "U0ANA", "Ana");
        ChatUser bobOnSlack = new ChatUser(Platform.SLACK, "U0BOB", "Bob");
        assertEquals(Optional.of(Role.OWNER), people.role(anaOnSlack, SESSION, access(Visibility.PRIVATE)));
        assertTrue(people.decide(Action.SHARE, anaOnSlack, SESSION, access(Visibility.PRIVATE), Optional.empty()).allowed());
        assertTrue(!people.decide(Action.OPEN_PAGE, bobOnSlack, SESSION, access(Visibility.CHANNEL), Optional.empty()).allowed(),
                "a web session's channel is not Slack's");
        SessionAccess mirrored = new SessionAccess(Visibility.CHANNEL, List.of(), List.of("slack:C0MIRROR/1700000000.000100"));
        assertEquals(Optional.of(Role.DRIVER), people.role(bobOnSlack, SESSION, mirrored), "a mirror's channel counts");
        assertTrue(!policy.decide(Action.SHARE, anaOnSlack, SESSION, access(Visibility.CHANNEL), Optional.empty()).allowed(),
                "without the identity, another platform's account is someone else");
    }
}
