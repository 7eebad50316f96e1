package dev.baton.hub.setup;

import dev.baton.config.DefaultConfig;
import dev.baton.config.RuntimeRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The runtime root's files for {@code baton up}: the root itself (0700), its first config, the web token; and the uid and host name. */
public final class RuntimeFiles {
    private RuntimeFiles() {}

    public static long uid() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    public static String hostName() {
        try {
            String n = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            return n.isEmpty() ? "localhost" : n.replaceAll("[^A-Za-z0-9._-]", "-");
        } catch (IOException e) {
            return "localhost";
        }
    }

    /**
     * Creates the runtime root (0700) and, the first time, a config with the demo agent and the git repo of the
     * current directory, so that a newcomer's first {@code /agent run} works.
     */
    public static void prepare(RuntimeRoot root) {
        try {
            Files.createDirectories(root.dir());
            Files.setPosixFilePermissions(root.dir(), PosixFilePermissions.fromString("rwx------"));
            if (Files.exists(root.config())) {
                return;
            }
            Path demo = LocalDaemon.home().resolve("bin/demo-agent").toAbsolutePath().normalize();
            String repo = gitRoot(Path.of("").toAbsolutePath());
            String text = DefaultConfig.TEXT.replace("# repos = [\"~/src/app\"]", repo == null
                    ? "# repos = [\"~/src/app\"]" : "repos = [\"" + repo.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]")
                    + "\n# A tiny scripted agent for trying Baton without an AI CLI installed.\n[agents.demo]\ncommand = \""
                    + demo + "\"\nargs = []\n";
            Files.writeString(root.config(), text);
            Files.setPosixFilePermissions(root.config(), PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare " + root.dir() + ": " + e.getMessage(), e);
        }
    }

    private static String gitRoot(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p.toString();
            }
        }
        return null;
    }

    /** The web chat's token: kept in {@code web.token} (0600) so links stay valid across restarts. */
    public static String webToken(RuntimeRoot root) {
        Path file = root.dir().resolve("web.token");
        try {
            if (Files.exists(file)) {
                String t = Files.readString(file).strip();
                if (t.length() >= 32) {
                    return t;
                }
            }
            byte[] b = new byte[24];
            new SecureRandom().nextBytes(b);
            String token = HexFormat.of().formatHex(b);
            Files.writeString(file, token + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
