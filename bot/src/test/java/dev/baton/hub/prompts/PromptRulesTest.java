package dev.baton.hub.prompts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Platform;
import dev.baton.config.ApprovalSettings;
import dev.baton.hub.access.Approvers;
import dev.baton.hub.sessions.Handoffs;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubPrompt;
import dev.baton.protocol.session.Decision;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

public class PromptRulesTest {
    static final List<String> CLAUDE = List.of("1. Yes", "2. Yes, and always allow access to /w from this project",
            "3. Yes, and switch to auto mode", "4. No");
    public static final HubSession SESSION = new HubSession(new dev.baton.protocol.id.SessionId("s-000000000001"), "n",
            new dev.baton.hub.store.Workplace("d", "claude", "/r", "main", "baton/n"),
            dev.baton.protocol.session.SessionState.BLOCKED, false, "", Optional.of(web("ana")), "p",
            Optional.of(new dev.baton.chat.MessageRef(dev.baton.chat.ThreadRef.parse("web:general/1"), "1")), 2, 9, 0);

    public static HubPrompt prompt(String tool) {
        return HubPrompt.opened("p-1", SESSION.id(), "h", tool, "rm -rf build", "Proceed?", CLAUDE, 0).withCard("2");
    }

    static ChatUser web(String name) {
        return new ChatUser(Platform.WEB, name, name);
    }

    @Test
    void replies_map_to_the_real_options_by_word_or_number() {
        assertEquals(Optional.of(new PromptReplies.Answer(Decision.ALLOW_ONCE, "")), PromptReplies.parse("Yes!", CLAUDE));
        assertEquals(Decision.ALLOW_ALWAYS, PromptReplies.parse("2", CLAUDE).orElseThrow().decision());
        assertEquals(Decision.DENY, PromptReplies.parse("4", CLAUDE).orElseThrow().decision());
        assertEquals(Optional.empty(), PromptReplies.parse("3", CLAUDE), "auto mode is not something chat can switch on");
        assertEquals(new PromptReplies.Answer(Decision.DENY, "use the staging db"),
                PromptReplies.parse("deny: use the staging db", CLAUDE).orElseThrow());
        assertEquals(Decision.ALLOW_ALWAYS, PromptReplies.parse("always", CLAUDE).orElseThrow().decision());
        assertEquals(Optional.empty(), PromptReplies.parse("what does this do?", CLAUDE));
        assertEquals(Decision.DENY, PromptReplies.parse("2", List.of()).orElseThrow().decision(), "a plain y/N question");
    }

    @Test
    void owner_and_drivers_approve_by_default_and_others_are_told_who_can() {
        Approvers a = new Approvers(ApprovalSettings.defaults());
        assertEquals(Optional.empty(), a.refusal(web("ana"), SESSION, prompt("Bash"), List.of("web:bob"), "web:bob"));
        assertEquals(Optional.empty(), a.refusal(web("bob"), SESSION, prompt("Bash"), List.of("web:bob"), "web:bob"));
        assertEquals(Optional.of("only ana, bob can answer this prompt"),
                a.refusal(web("eve"), SESSION, prompt("Bash"), List.of("web:bob"), "web:bob"));
    }

    @Test
    void a_tool_can_need_a_named_group_and_risky_tools_not_the_requester() {
        Approvers a = new Approvers(new ApprovalSettings(List.of("web:carol"), Map.of("Bash", List.of("web:ops1", "web:ops2")),
                Set.of("Write"), Duration.ofMinutes(5), true));
        assertTrue(a.refusal(web("ana"), SESSION, prompt("Bash"), List.of(), "web:ana").isPresent(), "the owner is not in ops");
        assertEquals(Optional.empty(), a.refusal(web("ops2"), SESSION, prompt("Bash"), List.of(), "web:ana"));
        assertEquals(Optional.empty(), a.refusal(web("carol"), SESSION, prompt("Edit"), List.of(), "web:ana"));
        assertTrue(a.refusal(web("ana"), SESSION, prompt("Write"), List.of(), "web:ana").orElseThrow()
                .contains("someone else has to approve"));
    }

    @Test
    void handing_off_moves_the_approver_role_to_the_new_owner() {
        Approvers a = new Approvers(ApprovalSettings.defaults());
        assertTrue(a.refusal(web("carol"), SESSION, prompt("Bash"), List.of(), "web:ana").isPresent());
        HubSession handed = SESSION.withOwner(Optional.of(web("carol")));
        assertEquals(Optional.empty(), a.refusal(web("carol"), handed, prompt("Bash"), List.of(), "web:ana"));
        assertTrue(a.refusal(web("ana"), handed, prompt("Bash"), List.of(), "web:ana").isPresent(),
                "the ex-owner who never sent a turn is no longer an approver");
    }

    @Test
    void a_session_up_for_grabs_has_no_owner_approver_until_someone_takes_it() {
        Approvers a = new Approvers(ApprovalSettings.defaults());
        HubSession free = SESSION.withOwner(Optional.empty());
        assertTrue(free.upForGrabs());
        assertTrue(a.refusal(web("ana"), free, prompt("Bash"), List.of(), "web:ana").orElseThrow().contains("/agent handoff @me"));
        assertEquals(Optional.empty(), a.refusal(web("bob"), free, prompt("Bash"), List.of("web:bob"), "web:bob"),
                "drivers still approve");
        assertEquals(List.of(), dev.baton.hub.sessions.SessionThreads.ownerMentions(free));
    }

    @Test
    void handoff_targets_resolve_on_the_callers_platform() {
        ChatUser ana = web("ana");
        assertEquals(ana, Handoffs.resolve("@me", ana));
        assertEquals("web:bob", Handoffs.resolve("@bob", ana).key());
        assertEquals("web:bob", Handoffs.resolve("bob", ana).key());
        ChatUser slack = new ChatUser(Platform.SLACK, "U1", "Ana");
        assertEquals(new ChatUser(Platform.SLACK, "U2", "bob"), Handoffs.resolve("<@U2|bob>", slack));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Handoffs.resolve("@a b!", ana));
    }
}
