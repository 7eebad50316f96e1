package dev.baton.daemon.pty.wire;

import java.util.List;
import java.util.Map;

/**
 * What the daemon asks of the PTY host. {@link Spawn} and {@link Attach} turn their connection into the agent's
 * output stream; everything else is fire-and-forget on that stream, or a request/reply on a control connection.
 */
public sealed interface HostRequest {
    /** Starts an agent (its key is the session id); answered with {@link HostReply.Attached} or Refused. */
    record Spawn(String key, List<String> command, Map<String, String> env, String cwd, int cols, int rows)
            implements HostRequest {
        public Spawn {
            command = List.copyOf(command);
            env = Map.copyOf(env);
        }
    }

    /** Takes over an agent's output: buffered bytes first, then live ones, then its exit. */
    record Attach(String key) implements HostRequest {}

    record Input(String key, byte[] bytes) implements HostRequest {}

    record Resize(String key, int cols, int rows) implements HostRequest {}

    /** Sends a signal number to the agent's whole process group. */
    record Signal(String key, int signal) implements HostRequest {}

    /** Answered with {@link HostReply.Agents}. */
    record ListAgents() implements HostRequest {}

    /** Forgets an agent that has exited, once the daemon has recorded its exit; answered Done or Refused. */
    record Release(String key) implements HostRequest {}

    /** Ends every agent still running, then the host; answered Done. */
    record StopHost() implements HostRequest {}
}
