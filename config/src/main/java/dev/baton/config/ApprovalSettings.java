package dev.baton.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code [approvals]}: who may answer permission prompts besides a session's owner and drivers, which tools only
 * named people may approve, which tools the requester may not approve, when an unanswered prompt escalates, and
 * whether pings wait while someone is at the agent's terminal.
 */
public record ApprovalSettings(List<String> approvers, Map<String, List<String>> tools, Set<String> notRequester,
                               Duration escalateAfter, boolean holdPingsWhileAttached) {
    public ApprovalSettings {
        approvers = List.copyOf(approvers);
        tools = Map.copyOf(tools);
        notRequester = Set.copyOf(notRequester);
    }

    public static ApprovalSettings defaults() {
        return new ApprovalSettings(List.of(), Map.of(), Set.of(), Duration.ofMinutes(10), true);
    }
}
