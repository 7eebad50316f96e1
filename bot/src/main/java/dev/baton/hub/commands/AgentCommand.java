package dev.baton.hub.commands;

import java.util.List;
import java.util.Optional;

/** A parsed {@code /agent} command. */
public sealed interface AgentCommand {
    record Run(Optional<String> agent, Optional<String> repo, Optional<String> branch, Optional<String> daemon,
               Optional<String> name, String prompt) implements AgentCommand {}

    record Keys(List<String> keys) implements AgentCommand {}

    record Screen() implements AgentCommand {}

    record Diff() implements AgentCommand {}

    record Kill(boolean remove) implements AgentCommand {}

    /**
     * Hands the session to {@code to} (a chat mention such as {@code @bob} or {@code <@U123>}, or {@code @me}), or
     * marks it up for grabs when empty.
     */
    record Handoff(Optional<String> to) implements AgentCommand {}

    /** The recap of this thread's session, or of the session named {@code name} (asked from anywhere). */
    record Recap(Optional<String> name) implements AgentCommand {}

    /** Finds the sessions the hub knows whose name, repo, branch, owner or turns contain {@code query}. */
    record Recall(String query) implements AgentCommand {}

    /**
     * A new session that takes over the ended session {@code old}: its worktree and branch, with its recap as the
     * agent's context; {@code prompt} (may be empty) says what to do next.
     */
    record Continue(String old, Optional<String> name, Optional<String> agent, String prompt) implements AgentCommand {}

    /** The turns of this thread's session, or of the session named {@code name}, with who sent each. */
    record Transcript(Optional<String> name) implements AgentCommand {}

    /** Binds the running session {@code name} to a new thread in this channel (any platform): a mirror. */
    record Mirror(String name) implements AgentCommand {}

    /** Unbinds this mirror thread from its session (the session and its other threads go on). */
    record Unmirror() implements AgentCommand {}
    /** A personal, signed, expiring link to the session's live page, sent privately to whoever asked. */
    record Link() implements AgentCommand {}

    /** Shares the session with {@code user} (a mention) as {@code role}: {@code watcher}, {@code driver} or {@code approver}. */
    record Share(String user, String role) implements AgentCommand {}

    record Unshare(String user) implements AgentCommand {}

    /** {@code private}, {@code shared} or {@code channel}. */
    record Visibility(String visibility) implements AgentCommand {}

    /** Interrupt the agent and hold its turns ({@code paused}), or release them. */
    record Pause(boolean paused) implements AgentCommand {}

    /**
     * What sessions cost. In a session's thread with nothing after it: that session, split by person. Else the
     * sessions the asker may see, added up over {@code period} ({@code today} or {@code week}; default today), for one
     * person ({@code @bob}, a platform mention) or one channel ({@code #general}, a platform channel mention).
     */
    record Cost(Optional<String> period, Optional<String> person, Optional<String> channel) implements AgentCommand {}

    /** How much of the agent's side this channel's threads show: {@code quiet}, {@code normal} or {@code verbose}; empty: say which. */
    record Detail(Optional<String> level) implements AgentCommand {}

    record Ls() implements AgentCommand {}

    record Daemons() implements AgentCommand {}

    record Help() implements AgentCommand {}

    /** {@code /agent dashboard}: whispers the asker's personal dashboard link. */
    record Dashboard() implements AgentCommand {}

    /** The text could not be parsed; {@code message} says why and how. */
    record Invalid(String message) implements AgentCommand {}
}
