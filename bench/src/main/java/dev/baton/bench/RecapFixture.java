package dev.baton.bench;

import dev.baton.daemon.store.SessionRow;
import dev.baton.daemon.store.StateStore;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.session.SignalLayer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished session as a daemon would leave it in {@code BATON_DIR}: a {@code state.db} with its row and a long,
 * realistic event stream, a real git repository and worktree with commits, staged, unstaged and untracked changes,
 * and a TUI-style raw log of the agent's output.
 */
final class RecapFixture {
    static final String NAME = "big";
    private static final List<Sender> PEOPLE = List.of(new Sender(Sender.Surface.WEB, "ana"),
            new Sender(Sender.Surface.SLACK, "U024BE7LH"), new Sender(Sender.Surface.CLI, "bob"),
            new Sender(Sender.Surface.WEB, "carol"));

    private RecapFixture() {}

    /** Writes the fixture under {@code work}: {@code root} (BATON_DIR), {@code repo}, {@code wt}. */
    static void write(Path work, int events, long logBytes) throws IOException, InterruptedException {
        Path root = Files.createDirectories(work.resolve("root"));
        Path repo = Files.createDirectories(work.resolve("repo"));
        Path wt = work.resolve("wt");
        Path log = Files.createDirectories(root.resolve("logs")).resolve(NAME + ".log");
        gitRepo(repo, wt);
        rawLog(log, logBytes);
        Files.writeString(root.resolve("config.toml"), "[daemon]\nname = \"bench\"\nrepos = [\"" + repo + "\"]\n"
                + "[agents.cat]\ncommand = \"cat\"\nargs = []\n");
        SessionId id = SessionId.random();
        Instant start = Instant.parse("2026-11-21T09:00:00Z");
        try (StateStore store = StateStore.openSqlite(root.resolve("state.db"))) {
            store.insert(new SessionRow(id, NAME, "claude", repo.toString(), "main", "baton/" + NAME, wt.toString(),
                    "make the importer stream its input", "web:ana", SessionState.COMPLETED, 0, start,
                    start.plusSeconds(events), log.toString(), 0, false));
            List<SessionEvent> stream = stream(events, repo, wt);
            for (int i = 0; i < stream.size(); i++) {
                store.append(new EventRecord(id, i + 1, start.plusMillis(i * 100L), stream.get(i)));
            }
            store.flush();
        }
    }

    /** Created, then rounds of turns, prompts (approved, denied, answered at the terminal), notices and refusals. */
    static List<SessionEvent> stream(int n, Path repo, Path wt) {
        List<SessionEvent> out = new ArrayList<>(n);
        out.add(new SessionEvent.Created(NAME, "claude", repo.toString(), "main", "baton/" + NAME, wt.toString(),
                "make the importer stream its input", PEOPLE.getFirst()));
        out.add(new SessionEvent.StateChanged(SessionState.STARTING, SessionState.RUNNING, "started"));
        long turn = 0;
        for (int r = 0; out.size() < n - 3; r++) {
            Sender who = PEOPLE.get(r % PEOPLE.size());
            String id = "t-" + r;
            String prompt = "p-" + r;
            String cmd = "./mvnw -q -pl importer test -Dtest=StreamingImporterTest#case" + r;
            out.add(new SessionEvent.TurnQueued(id, ++turn, who, "now try case " + r + " with a larger input", 0));
            out.add(new SessionEvent.TurnDelivered(id, turn, "now try case " + r + " with a larger input"));
            out.add(new SessionEvent.StateChanged(SessionState.WAITING, SessionState.RUNNING, "turn delivered"));
            out.add(new SessionEvent.PromptOpened(prompt, SignalLayer.HOOK, "Bash", cmd, "Allow Bash: " + cmd + "?",
                    List.of("Yes", "Yes, and don't ask again", "No"), "h" + r, false));
            out.add(new SessionEvent.Attention(AttentionLevel.ACTION, AttentionReason.PERMISSION, "Bash: " + cmd,
                    SignalLayer.HOOK));
            out.add(new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.BLOCKED, "permission"));
            if (r % 7 == 3) {
                out.add(new SessionEvent.Audit(new Sender(Sender.Surface.WEB, "eve"), "approve", "refused",
                        "only ana, bob can answer this prompt"));
            }
            Decision d = switch (r % 5) {
                case 0, 1 -> Decision.ALLOW_ONCE;
                case 2 -> Decision.ALLOW_ALWAYS;
                case 3 -> Decision.DENY;
                default -> Decision.ANSWERED;
            };
            out.add(new SessionEvent.PromptAnswered(prompt, d, who, d == Decision.ANSWERED ? "terminal" : "chat",
                    d == Decision.DENY ? "not on the shared runner" : ""));
            out.add(new SessionEvent.AttentionCleared("answered"));
            out.add(new SessionEvent.StateChanged(SessionState.BLOCKED, SessionState.RUNNING, "answered"));
            out.add(new SessionEvent.Attention(AttentionLevel.NOTICE, AttentionReason.DONE,
                    "finished its turn: case " + r + " passes; the importer now streams in 64 KiB chunks",
                    SignalLayer.HOOK));
            out.add(new SessionEvent.StateChanged(SessionState.RUNNING, SessionState.WAITING, "turn finished"));
        }
        out.subList(n - 3, out.size()).clear();
        out.add(new SessionEvent.Attention(AttentionLevel.NOTICE, AttentionReason.DONE,
                "finished its turn: all 1,204 importer tests pass; streaming cut peak heap from 2.1 GB to 180 MB",
                SignalLayer.HOOK));
        out.add(new SessionEvent.Exited(0));
        out.add(new SessionEvent.StateChanged(SessionState.WAITING, SessionState.COMPLETED, "exited 0"));
        return out;
    }

    /** {@code bytes} of TUI redraws (cursor moves, truecolor and 256-colour SGR, box drawing, synchronized output). */
    static void rawLog(Path log, long bytes) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int frame = 0; frame < 20; frame++) {
            b.append("\u001b[?2026h\u001b[H");
            for (int row = 1; row <= 40; row++) {
                b.append("\u001b[").append(row).append(";1H");
                for (int seg = 0; seg < 12; seg++) {
                    b.append("\u001b[38;2;").append((row * 7 + seg) % 256).append(';').append(frame * 13 % 256)
                            .append(';').append(seg * 20).append('m').append("\u001b[48;5;").append((row + seg) % 256)
                            .append('m').append(seg % 3 == 0 ? "│ ❯ item %02d ".formatted(seg)
                                    : "text-%02d ".formatted((frame + seg) % 100));
                }
                b.append("\u001b[0m\u001b[K");
            }
            b.append("\u001b[41;1H\u001b[1m✻ Working… (esc to interrupt)\u001b[0m\u001b[?2026l");
        }
        byte[] block = b.toString().getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(log), 1 << 20)) {
            long written = 0;
            while (written + block.length <= bytes) {
                out.write(block);
                written += block.length;
            }
            out.write(" ".repeat((int) (bytes - written)).getBytes(StandardCharsets.US_ASCII));
            out.write("\r\n\u001b[1m● All 1,204 importer tests pass.\u001b[0m\r\n❯ ".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A repository on {@code main} and a worktree on {@code baton/NAME} with 3 commits and uncommitted work. */
    static void gitRepo(Path repo, Path wt) throws IOException, InterruptedException {
        for (int i = 0; i < 40; i++) {
            Files.writeString(Files.createDirectories(repo.resolve("src/importer")).resolve("Part" + i + ".java"),
                    "class Part" + i + " {\n" + "    int x;\n".repeat(50) + "}\n");
        }
        git(repo, "init", "-q", "-b", "main");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "init");
        git(repo, "worktree", "add", "-q", "-b", "baton/" + NAME, wt.toString(), "main");
        for (int c = 0; c < 3; c++) {
            for (int i = c * 5; i < c * 5 + 5; i++) {
                Files.writeString(wt.resolve("src/importer/Part" + i + ".java"),
                        "class Part" + i + " {\n" + "    long y;\n".repeat(30 + c) + "}\n");
            }
            git(wt, "commit", "-q", "-am", "importer: stream part " + c);
        }
        Files.writeString(wt.resolve("src/importer/Part30.java"), "class Part30 { /* staged */ }\n");
        git(wt, "add", "src/importer/Part30.java");
        Files.writeString(wt.resolve("src/importer/Part31.java"), "class Part31 { /* unstaged */ }\n");
        Files.writeString(wt.resolve("src/importer/Streaming.java"), "class Streaming {\n}\n");
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.email=b@b", "-c", "user.name=bench"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed");
        }
    }
}
