package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test against tmux: the same byte stream is cat'ed into a detached tmux pane and
 * {@code capture-pane -p} is compared with our snapshot. bin/test installs tmux when it is missing.
 */
class TmuxDifferentialIT {
    private static final String SOCKET = "baton-screen-" + ProcessHandle.current().pid();
    private static Path dir;
    private static int sessions;

    @BeforeAll
    static void setUp() throws Exception {
        assumeTrue(run(List.of("tmux", "-V")).startsWith("tmux"), "tmux not installed");
        dir = Files.createTempDirectory("baton-tmux");
        // A session that outlives every stream keeps one tmux server up for the whole class; otherwise killing the
        // last stream's session stops the server while the next one starts ("no server running").
        run(List.of("tmux", "-L", SOCKET, "-f", "/dev/null", "new-session", "-d", "-s", "keeper", "sleep 600"));
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (dir != null) {
            run(List.of("tmux", "-L", SOCKET, "kill-server"));
        }
    }

    @Test
    void ink_like_frames_match_tmux() throws Exception {
        StringBuilder sb = new StringBuilder("Welcome to the agent\r\n");
        for (int frame = 0; frame < 40; frame++) {
            if (frame > 0) {
                sb.append("\u001b[2K\u001b[1A".repeat(6)).append("\u001b[2K\u001b[G");
            }
            sb.append("\u001b[38;2;215;119;87m╭").append("─".repeat(40)).append("╮\u001b[39m\r\n");
            sb.append("\u001b[38;2;215;119;87m│\u001b[39m \u001b[1m✻ Working…\u001b[22m (").append(frame).append("s)\r\n");
            sb.append("│ ⎿  Read \u001b[3msrc/main/App.java\u001b[23m 中文 😀\r\n");
            sb.append("│ \u001b[7m diff \u001b[27m +").append(frame * 3).append(" -").append(frame).append("\r\n");
            sb.append("╰").append("─".repeat(40)).append("╯\r\n");
            sb.append("\u001b[1;38;5;246m❯\u001b[0m ").append("typing".substring(0, frame % 7));
        }
        assertMatchesTmux(80, 24, sb.toString());
    }

    @Test
    void ratatui_inline_viewport_with_scroll_region_history_matches_tmux() throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append("\u001b[20;1H");
        for (int i = 0; i < 30; i++) {
            // insert a history line above a 4-row viewport at rows 21-24
            sb.append("\u001b[1;20r\u001b[20;1H\n\u001b[20;1H\u001b[32mhistory line ").append(i).append("\u001b[0m");
            sb.append("\u001b[r");
            for (int row = 21; row <= 24; row++) {
                sb.append("\u001b[").append(row).append(";1H\u001b[48;5;236m").append("viewport ").append(row)
                        .append(" frame ").append(i).append("\u001b[K\u001b[0m");
            }
            sb.append("\u001b[24;3H");
        }
        assertMatchesTmux(60, 24, sb.toString());
    }

    @Test
    void full_screen_alt_buffer_app_matches_tmux() throws Exception {
        StringBuilder sb = new StringBuilder("shell prompt $ codex\r\n\u001b[?1049h\u001b[H\u001b[2J");
        for (int i = 0; i < 10; i++) {
            sb.append("\u001b[").append(i + 1).append(";").append(i * 3 + 1).append("H\u001b[4").append(i % 8).append("m cell ").append(i);
            sb.append("\u001b[0m\u001b[").append(i % 3).append("K");
        }
        sb.append("\u001b[5;5H\u001b[3@INS\u001b[2;2H\u001b[2P\u001b[8;1H\u001b[2L\u001b[1;1H\u001b[M\u001b[12;10H\u001b[5X");
        sb.append("\u001b[20;70Habcdefghijklmnop\u001b[24;80HZ");
        assertMatchesTmux(80, 24, sb.toString());
        assertMatchesTmux(80, 24, sb + "\u001b[?1049l");
    }

    @Test
    void random_mixed_streams_match_tmux() throws Exception {
        for (long seed = 1; seed <= 40; seed++) {
            // tmux keeps the left half of a wide character when an erase starts on its right half;
            // we blank both halves like xterm, so wide characters are left to the other tests here
            String stream = MixedStreams.kitchenSink(seed, 1500).replace("\u001b(0lqqk\u001b(B", "┌──┐")
                    .replace("中文", "zhwn").replace("😀", "em");
            assertMatchesTmux(90, 30, stream);
        }
    }

    private static void assertMatchesTmux(int cols, int rows, String stream) throws Exception {
        String name = "s" + (++sessions);
        Path data = dir.resolve(name + ".bin");
        Files.write(data, stream.getBytes(StandardCharsets.UTF_8));
        // The title is set after the stream, so once tmux shows it every stream byte has been processed.
        String cmd = "stty -opost -echo; cat '" + data + "'; printf '\\033]2;done-" + name + "\\007'; sleep 600";
        run(List.of("tmux", "-L", SOCKET, "-f", "/dev/null", "-u", "new-session", "-d", "-s", name,
                "-x", String.valueOf(cols), "-y", String.valueOf(rows), cmd));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!run(List.of("tmux", "-L", SOCKET, "display-message", "-p", "-t", name, "#{pane_title}")).trim()
                .equals("done-" + name)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("tmux did not finish " + name + " within 10 s");
            }
            Thread.onSpinWait();
        }
        List<String> tmux = new ArrayList<>(List.of(run(List.of("tmux", "-L", SOCKET, "capture-pane", "-p", "-t", name)).split("\n", -1)));
        String cursor = run(List.of("tmux", "-L", SOCKET, "display-message", "-p", "-t", name, "#{cursor_y},#{cursor_x}")).trim();
        run(List.of("tmux", "-L", SOCKET, "kill-session", "-t", name));

        Vt vt = new Vt(cols, rows).feed(stream);
        List<String> ours = vt.lines();
        assertEquals(String.join("\n", trimTrailingEmpty(tmux)), String.join("\n", trimTrailingEmpty(ours)),
                () -> name + " differs from tmux:\n" + diff(trimTrailingEmpty(tmux), trimTrailingEmpty(ours)));
        // tmux shows a pending wrap as cursor_x == cols; we keep the cursor on the last column
        String[] yx = cursor.split(",");
        String tmuxCursor = yx[0] + "," + Math.min(Integer.parseInt(yx[1]), cols - 1);
        assertEquals(tmuxCursor, vt.cursor(), name + " cursor");
    }

    private static String diff(List<String> tmux, List<String> ours) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.max(tmux.size(), ours.size()); i++) {
            String a = i < tmux.size() ? tmux.get(i) : "";
            String b = i < ours.size() ? ours.get(i) : "";
            if (!a.equals(b)) {
                sb.append("row ").append(i).append("\n  tmux: ").append(a).append("\n  ours: ").append(b).append('\n');
            }
        }
        return sb.toString();
    }

    private static List<String> trimTrailingEmpty(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.stripTrailing());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().remove("TMUX");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(10, TimeUnit.SECONDS);
        return new String(out, StandardCharsets.UTF_8);
    }
}
