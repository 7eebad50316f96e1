package dev.baton.daemon.session;

import dev.baton.config.AgentSpec;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.session.Redaction;
import dev.baton.recap.MarkdownRecap;
import dev.baton.recap.Recap;
import dev.baton.recap.Shorten;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Writes a recap's optional prose summary by running the session's own agent CLI non-interactively: {@code claude
 * -p} (no tools, no saved session) or {@code codex exec} (read-only sandbox, ephemeral), fed the recap's facts and
 * the latest turns on stdin. It runs in an empty folder, so the worktree's hooks and settings (which would report
 * into the session) never load. A timeout, a failed exit or an unsupported agent gives a {@link Recap.Prose} that
 * says why; the recap's facts never wait on it beyond {@code timeout}.
 */
public final class ProseSummary {
    /** The longest summary kept, at a word boundary. */
    static final int MAX_CHARS = 1_200;
    /** How much of the transcript goes into the prompt (the newest turns). */
    static final int TRANSCRIPT_CHARS = 6_000;

    private ProseSummary() {}

    public static Recap.Prose write(Recap recap, List<SessionEvent> events, AgentSpec agent, Map<String, String> env,
                                    Duration timeout) {
        String writer = writer(agent);
        if (agent.vendor() == AgentSpec.Vendor.GENERIC) {
            return Recap.Prose.failed(writer, "prose summaries need a claude or codex agent, and this session ran '"
                    + agent.name() + "'");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("baton-prose-");
            Path answer = dir.resolve("answer.txt");
            List<String> argv = new ArrayList<>();
            argv.add(agent.command());
            if (agent.vendor() == AgentSpec.Vendor.CLAUDE) {
                argv.addAll(List.of("-p", "--output-format", "text", "--tools", "", "--no-session-persistence"));
            } else {
                argv.addAll(List.of("exec", "--skip-git-repo-check", "--ephemeral", "--sandbox", "read-only",
                        "--output-last-message", answer.toString(), "-"));
            }
            ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(false);
            pb.environment().clear();
            pb.environment().putAll(env);
            Process p = pb.start();
            CompletableFuture<byte[]> out = drain(p.getInputStream());
            drain(p.getErrorStream());
            try (OutputStream in = p.getOutputStream()) {
                in.write(prompt(recap, events).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the CLI exited before reading its prompt; its exit status says why
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return Recap.Prose.failed(writer, writer + " did not finish within " + timeout.toSeconds() + " s");
            }
            if (p.exitValue() != 0) {
                return Recap.Prose.failed(writer, writer + " exited with status " + p.exitValue());
            }
            String text = agent.vendor() == AgentSpec.Vendor.CODEX && Files.exists(answer) ? Files.readString(answer)
                    : new String(out.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            text = Redaction.redact(text.strip());
            if (text.isBlank()) {
                return Recap.Prose.failed(writer, writer + " wrote nothing");
            }
            return new Recap.Prose(Shorten.words(text, MAX_CHARS), writer, "");
        } catch (IOException e) {
            return Recap.Prose.failed(writer, "cannot run " + writer + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Recap.Prose.failed(writer, "interrupted");
        } catch (Exception e) {
            return Recap.Prose.failed(writer, writer + " failed: " + e);
        } finally {
            deleteQuietly(dir);
        }
    }

    static String writer(AgentSpec agent) {
        return switch (agent.vendor()) {
            case CLAUDE -> "claude -p";
            case CODEX -> "codex exec";
            case GENERIC -> agent.name();
        };
    }

    /** The instructions, the recap's facts as Markdown, and the newest turns with their senders. */
    static String prompt(Recap recap, List<SessionEvent> events) {
        StringBuilder turns = new StringBuilder();
        for (SessionEvent e : events) {
            if (e instanceof SessionEvent.TurnQueued t) {
                turns.append(t.sender().user()).append(": ").append(Shorten.words(t.text(), 600)).append('\n');
            }
        }
        String transcript = turns.length() > TRANSCRIPT_CHARS
                ? "…\n" + turns.substring(turns.indexOf("\n", turns.length() - TRANSCRIPT_CHARS) + 1) : turns.toString();
        return """
                You are writing the handoff summary of a coding-agent session for the teammate who takes it over.
                Write 3 to 5 plain sentences: the goal, what has been done, the state it is in, and what the next
                person should do first. Use only the facts below and do not invent numbers, files or results. No
                headings, no lists, no preamble.

                """ + Redaction.redact(MarkdownRecap.render(recap)) + "\n### Turns (newest last)\n\n"
                + Redaction.redact(transcript.isEmpty() ? "(none)\n" : transcript);
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        Thread.ofVirtual().name("prose-drain").start(() -> {
            try (in) {
                done.complete(in.readAllBytes());
            } catch (IOException e) {
                done.complete(new byte[0]);
            }
        });
        return done;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
