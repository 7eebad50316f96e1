package dev.baton.daemon.pty;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to run in a new terminal: a key that names it (the session id), argv, the full environment, the working
 * directory and the size.
 */
public record LaunchSpec(String key, List<String> command, Map<String, String> env, Path cwd, int cols, int rows) {
    public LaunchSpec {
        command = List.copyOf(command);
        env = Map.copyOf(env);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
    }
}
