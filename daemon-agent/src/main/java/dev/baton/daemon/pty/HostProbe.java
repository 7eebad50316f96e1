package dev.baton.daemon.pty;

import dev.baton.daemon.pty.wire.HostReply;
import dev.baton.daemon.pty.wire.HostRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Asks a runtime root's running PTY host whether it speaks a given protocol version: a control connection opened
 * with that version's magic either gets its agents listed or is closed. {@code agent daemon upgrade} asks it for the
 * new build's version before it restarts onto that build, so agents are never handed to a daemon that cannot adopt
 * them.
 */
public final class HostProbe {
    /** What the host said: none runs, it speaks the version (and holds these agents), or it does not. */
    public sealed interface Answer {
        record NoHost() implements Answer {}

        record Speaks(List<HostReply.AgentStatus> agents) implements Answer {}

        record DoesNotSpeak(String reason) implements Answer {}
    }

    private HostProbe() {}

    private static Answer unexpected(HostReply r) {
        return new Answer.DoesNotSpeak("it answered a listing with " + r.getClass().getSimpleName());
    }

    public static Answer ask(Path socket, int version) {
        if (!Files.exists(socket)) {
            return new Answer.NoHost();
        }
        HostChannel channel;
        try {
            channel = HostChannel.open(socket, version);
        } catch (IOException e) {
            return new Answer.NoHost(); // a socket file nobody listens on: a host that died
        }
        try (channel) {
            return switch (channel.call(new HostRequest.ListAgents())) {
                case HostReply.Agents a -> new Answer.Speaks(a.agents());
                case HostReply.Attached r -> unexpected(r);
                case HostReply.Output r -> unexpected(r);
                case HostReply.Lost r -> unexpected(r);
                case HostReply.Exit r -> unexpected(r);
                case HostReply.Done r -> unexpected(r);
                case HostReply.Refused r -> new Answer.DoesNotSpeak("it refused: " + r.reason());
            };
        } catch (IOException e) {
            return new Answer.DoesNotSpeak("it closed the connection of a protocol " + version + " client");
        }
    }
}
