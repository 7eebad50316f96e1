package dev.baton.daemon.tui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The controlling terminal's settings as {@code stty -g} prints them, read in the background while JLine starts (it
 * must be read before raw mode) and written back when the TUI ends. JLine restores the flags it knows, but its JNI
 * provider writes the line speed back as 0 on Linux; this gives the terminal back exactly as it was found.
 */
final class SttyState {
    private final CompletableFuture<String> saved;
    /** The settings read before raw mode; empty if they were not read in time. */
    private volatile String before = "";

    private SttyState(CompletableFuture<String> saved) {
        this.saved = saved;
    }

    static SttyState capture() {
        return new SttyState(CompletableFuture.supplyAsync(() -> stty("-g").strip(),
                r -> Thread.ofPlatform().daemon(true).name("tui-stty").start(r)));
    }

    /** Waits (at most 1 s) until the settings are read, so that they are the ones from before raw mode. */
    void awaitRead() {
        try {
            before = saved.get(1, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // restore() then has nothing to write
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes the saved settings back, if they were read before raw mode. */
    void restore() {
        String g = before;
        if (!g.isEmpty() && g.matches("[0-9a-fA-F:]+")) {
            stty(g);
        }
    }

    private static String stty(String arg) {
        try {
            Process p = new ProcessBuilder("stty", arg).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(2, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
