package dev.baton.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one check for files that hold secrets (token files, {@code web.token}, the daemon's token, the hub's signing
 * key): each must be readable by its owner only. Processes run it at start and print its warnings, each with the
 * {@code chmod} that fixes it; a secret file is never refused outright, so a wrong mode cannot lock anyone out, but
 * it is never quiet either.
 */
public final class SecretFiles {
    private SecretFiles() {}

    /** A warning if {@code file} (a secret) is open to group or others; empty if it is fine or cannot be checked. */
    public static Optional<String> warning(Path file) {
        Optional<String> mode = openTo(file);
        return mode.map(m -> "secret file " + file + " is " + m + "; run: chmod 600 " + file);
    }

    /**
     * Warnings for a runtime root: the folder itself (must be 0700) and every secret-looking file in it
     * ({@code *.token}, {@code *.key}, {@code *.pem}).
     */
    public static List<String> scan(Path root) {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        openTo(root).ifPresent(m -> out.add("runtime root " + root + " is " + m + "; run: chmod 700 " + root));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root)) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path f : sorted) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(f) && (name.endsWith(".token") || name.endsWith(".key") || name.endsWith(".pem"))) {
                    warning(f).ifPresent(out::add);
                }
            }
        } catch (IOException e) {
            out.add("cannot check the secret files in " + root + ": " + e.getMessage());
        }
        return out;
    }

    private static Optional<String> openTo(Path p) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            boolean group = perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.GROUP_WRITE);
            boolean others = perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.OTHERS_WRITE);
            if (!group && !others) {
                return Optional.empty();
            }
            return Optional.of("readable or writable by " + (group && others ? "group and others" : group ? "its group" : "others")
                    + " (mode " + java.nio.file.attribute.PosixFilePermissions.toString(perms) + ")");
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
