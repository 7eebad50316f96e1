package dev.baton.hub.store;

/**
 * What the hub knows about a session: where it runs, its facts, its last known state and attention, whom it
 * belongs to, where its status card is, how many turns it has had and the last event seq stored.
 */
public record HubSessionRow(String id, String name, String daemon, String agent, String repo, String baseBranch,
                            String branch, String state, String attention, String ownerKey, String ownerName,
                            String prompt, String thread, String card, long turns, long lastSeq, long createdAt) {

    /** The owner key of a session handed off to nobody: anyone in the channel may claim it. */
    public static final String UP_FOR_GRABS = "";

    public boolean upForGrabs() {
        return ownerKey.equals(UP_FOR_GRABS);
    }

    /** The session handed to another owner ({@code key} {@code platform:id}), or up for grabs with {@link #UP_FOR_GRABS}. */
    public HubSessionRow withOwner(String newOwnerKey, String newOwnerName) {
        return new HubSessionRow(id, name, daemon, agent, repo, baseBranch, branch, state, attention, newOwnerKey,
                newOwnerName, prompt, thread, card, turns, lastSeq, createdAt);
    }

    public HubSessionRow withState(String newState, String newAttention) {
        return new HubSessionRow(id, name, daemon, agent, repo, baseBranch, branch, newState, newAttention, ownerKey,
                ownerName, prompt, thread, card, turns, lastSeq, createdAt);
    }

    public HubSessionRow withBranch(String newBase, String newBranch, String newRepo) {
        return new HubSessionRow(id, name, daemon, agent, newRepo, newBase, newBranch, state, attention, ownerKey,
                ownerName, prompt, thread, card, turns, lastSeq, createdAt);
    }

    public HubSessionRow withTurns(long newTurns) {
        return new HubSessionRow(id, name, daemon, agent, repo, baseBranch, branch, state, attention, ownerKey,
                ownerName, prompt, thread, card, newTurns, lastSeq, createdAt);
    }

    public HubSessionRow withLastSeq(long seq) {
        return new HubSessionRow(id, name, daemon, agent, repo, baseBranch, branch, state, attention, ownerKey,
                ownerName, prompt, thread, card, turns, seq, createdAt);
    }

    public boolean ended() {
        return switch (state) {
            case "completed", "failed", "killed", "interrupted", "not started" -> true;
            default -> false;
        };
    }
}
