package dev.baton.protocol.event;

/**
 * Which events the session page's Transcript tab shows: both sides of the conversation, the human turns with their
 * senders ({@code turn_queued}, {@code input_sent}) and the agent's messages, tool calls and results read from its
 * own transcript. The daemon answers the page from its events and the hub from its copy of the stream, both by this
 * rule.
 */
public final class Conversation {
    /** The newest this many shown events are the transcript. */
    public static final int KEEP = 500;

    private Conversation() {}

    public static boolean shown(SessionEvent e) {
        return switch (e) {
            case SessionEvent.Attention a -> false;
            case SessionEvent.AttentionCleared c -> false;
            case SessionEvent.PromptOpened p -> false;
            case SessionEvent.PromptAnswered p -> false;
            case SessionEvent.StateChanged s -> false;
            case SessionEvent.Audit a -> false;
            case SessionEvent.Emitted m -> false;
            case SessionEvent.ArtifactSaved a -> false;
            case SessionEvent.Created c -> false;
            case SessionEvent.InputSent i -> true;
            case SessionEvent.KeysSent k -> false;
            case SessionEvent.Attached a -> false;
            case SessionEvent.Detached d -> false;
            case SessionEvent.Exited x -> false;
            case SessionEvent.WorktreeRemoved w -> false;
            case SessionEvent.KillRequested k -> false;
            case SessionEvent.TurnQueued t -> true;
            case SessionEvent.TurnDelivered t -> false;
            case SessionEvent.Adopted a -> false;
            case SessionEvent.OutputLost o -> false;
            case SessionEvent.DiffstatTaken d -> false;
            case SessionEvent.AgentMessage m -> true;
            case SessionEvent.ToolCall t -> true;
            case SessionEvent.ToolResult t -> true;
            case SessionEvent.Usage u -> false;
            case SessionEvent.BudgetRaised b -> false;
        };
    }
}
