package dev.baton.daemon.pty.wire;

import java.util.List;

/** What the PTY host sends back: answers, and on an attached connection the agent's output and exit. */
public sealed interface HostReply {
    /** The connection now carries the agent's output; {@code lostBytes} were dropped while nobody was attached. */
    record Attached(String key, long pid, long lostBytes) implements HostReply {}

    record Output(String key, byte[] bytes) implements HostReply {}

    /** The host's buffer overflowed while the daemon was slow; this many bytes before the next output are gone. */
    record Lost(String key, long bytes) implements HostReply {}

    /** The agent ended with {@code code} (128 + signal when a signal killed it); sent after its last output. */
    record Exit(String key, int code) implements HostReply {}

    record Agents(List<AgentStatus> agents) implements HostReply {
        public Agents {
            agents = List.copyOf(agents);
        }
    }

    /** One agent the host holds; {@code exitCode} is meaningful only when it is not alive. */
    record AgentStatus(String key, long pid, boolean alive, int exitCode) {}

    record Done() implements HostReply {}

    record Refused(String reason) implements HostReply {}
}
