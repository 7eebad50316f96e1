package dev.baton.protocol.event;

/**
 * Which events the session page shows as its history: attention raised and cleared, prompts opened and answered,
 * state changes, audit notes, what instrumented agents reported and the artifacts. The daemon answers the page from
 * its events and the hub from its copy of the stream, both by this rule.
 */
public final class PageHistory {
    /** The newest this many shown events are the history. */
    public static final int KEEP = 300;

    private PageHistory() {}

    public static boolean shown(SessionEvent e) {
        return switch (e) {
            case SessionEvent.Attention a -> true;
            case SessionEvent.AttentionCleared c -> true;
            case SessionEvent.PromptOpened p -> true;
            case SessionEvent.PromptAnswered p -> true;
            case SessionEvent.StateChanged s -> true;
            case SessionEvent.Audit a -> true;
            case SessionEvent.Emitted m -> true;
            case SessionEvent.ArtifactSaved a -> true;
            case SessionEvent.Created c -> false;
            case SessionEvent.InputSent i -> false;
            case SessionEvent.KeysSent k -> false;
            case SessionEvent.Attached a -> false;
            case SessionEvent.Detached d -> false;
            case SessionEvent.Exited x -> false;
            case SessionEvent.WorktreeRemoved w -> false;
            case SessionEvent.KillRequested k -> false;
            case SessionEvent.TurnQueued t -> false;
            case SessionEvent.TurnDelivered t -> false;
            case SessionEvent.Adopted a -> false;
            case SessionEvent.OutputLost o -> false;
            case SessionEvent.DiffstatTaken d -> false;
            case SessionEvent.AgentMessage m -> false;
            case SessionEvent.ToolCall t -> false;
            case SessionEvent.ToolResult t -> false;
            case SessionEvent.Usage u -> false;
            case SessionEvent.BudgetRaised b -> true;
        };
    }
}
