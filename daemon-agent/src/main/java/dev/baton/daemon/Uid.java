package dev.baton.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The current user's numeric id and the host name, without native calls. */
public final class Uid {
    private Uid() {}

    public static long current() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return ((Number) uid).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }

    public static String hostName() {
        try {
            String name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            return name.isEmpty() ? "localhost" : name.replaceAll("[^A-Za-z0-9._-]", "-");
        } catch (IOException e) {
            return "localhost";
        }
    }
}
