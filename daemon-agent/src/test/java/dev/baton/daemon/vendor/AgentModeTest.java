package dev.baton.daemon.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.config.AgentSpec;
import dev.baton.config.AgentSpec.Vendor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each vendor starts confined to its worktree with prompts on, unless the config says otherwise; flags in args win. */
class AgentModeTest {
    private static AgentMode mode(Vendor vendor, List<String> args, String mode) {
        return AgentMode.of(new AgentSpec("a", "x", args, Map.of(), vendor, true, Optional.ofNullable(mode)));
    }

    @Test
    void claude_defaults_to_the_default_permission_mode() {
        assertEquals(new AgentMode(List.of("--permission-mode", "default"), "default"), mode(Vendor.CLAUDE, List.of(), null));
        assertEquals(new AgentMode(List.of("--permission-mode", "plan"), "plan"), mode(Vendor.CLAUDE, List.of(), "plan"));
    }

    @Test
    void claude_flags_in_args_win_and_are_reported() {
        assertEquals(new AgentMode(List.of(), "acceptEdits"),
                mode(Vendor.CLAUDE, List.of("--permission-mode", "acceptEdits"), null));
        assertEquals(new AgentMode(List.of(), "auto"), mode(Vendor.CLAUDE, List.of("--permission-mode=auto"), "plan"));
        assertEquals(new AgentMode(List.of(), "bypassPermissions"),
                mode(Vendor.CLAUDE, List.of("--dangerously-skip-permissions"), null));
        assertEquals(new AgentMode(List.of("--permission-mode", "default"), "default + extra dirs"),
                mode(Vendor.CLAUDE, List.of("--add-dir", "/srv"), null));
    }

    @Test
    void claude_workspace_write_is_its_sandbox_with_edits_in_the_worktree_accepted() {
        AgentMode plain = mode(Vendor.CLAUDE, List.of(), "workspace-write");
        assertEquals(new AgentMode(List.of("--permission-mode", "acceptEdits"), "workspace-write",
                Optional.of(new ClaudeSandbox(List.of()))), plain);
        AgentMode withNet = AgentMode.of(new AgentSpec("a", "x", List.of(), Map.of(), Vendor.CLAUDE, true,
                Optional.of("workspace-write"), List.of("github.com", "*.npmjs.org")));
        assertEquals("workspace-write, network: github.com, *.npmjs.org", withNet.description());
        assertEquals(Optional.of(new ClaudeSandbox(List.of("github.com", "*.npmjs.org"))), withNet.sandbox());
        AgentMode given = mode(Vendor.CLAUDE, List.of("--permission-mode", "default", "--add-dir", "/srv"), "workspace-write");
        assertEquals(new AgentMode(List.of(), "workspace-write (default) + extra dirs",
                Optional.of(new ClaudeSandbox(List.of()))), given);
        assertEquals(Optional.empty(), mode(Vendor.CLAUDE, List.of(), "acceptEdits").sandbox(), "other modes have none");
        assertEquals(Optional.empty(), mode(Vendor.CODEX, List.of(), "workspace-write").sandbox(), "Codex sandboxes itself");
    }

    @Test
    void codex_defaults_to_the_workspace_sandbox_with_approvals_on_request() {
        assertEquals(new AgentMode(List.of("--sandbox", "workspace-write", "--ask-for-approval", "on-request"),
                "workspace-write, approvals on-request"), mode(Vendor.CODEX, List.of("--no-daemon"), null));
        assertEquals(new AgentMode(List.of("--sandbox", "read-only", "--ask-for-approval", "on-request"),
                "read-only, approvals on-request"), mode(Vendor.CODEX, List.of(), "read-only"));
        assertEquals(new AgentMode(List.of("--ask-for-approval", "on-request"), "danger-full-access, approvals on-request"),
                mode(Vendor.CODEX, List.of("-s", "danger-full-access"), null));
        assertEquals(new AgentMode(List.of(), "danger-full-access, approvals never"),
                mode(Vendor.CODEX, List.of("--dangerously-bypass-approvals-and-sandbox"), null));
    }

    @Test
    void a_generic_agent_is_unconfined_and_gets_no_flags() {
        assertEquals(new AgentMode(List.of(), "unconfined"), mode(Vendor.GENERIC, List.of("--x"), null));
    }
}
