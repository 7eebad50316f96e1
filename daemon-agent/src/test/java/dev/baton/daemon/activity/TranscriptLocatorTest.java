package dev.baton.daemon.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptLocatorTest {
    @TempDir
    Path tmp;

    @Test
    void a_codex_rollout_belongs_to_the_worktree_its_session_meta_names() throws Exception {
        Path worktree = Files.createDirectories(tmp.resolve("root/worktrees/cx"));
        Path day = Files.createDirectories(tmp.resolve("codex/sessions/2026/12/02"));
        List<String> lines = CodexRolloutTest.recorded();
        String ours = String.join("\n", lines).replace("/tmp/junit-8805265294215511212/root/worktrees/cx", worktree.toString());
        Path mine = Files.writeString(day.resolve("rollout-2026-12-02T18-21-01-a.jsonl"), ours + "\n");
        Files.writeString(day.resolve("rollout-2026-12-02T18-22-00-b.jsonl"), ours.replace(worktree.toString(), "/elsewhere") + "\n");
        Path old = Files.writeString(day.resolve("rollout-2026-12-02T01-00-00-c.jsonl"), ours + "\n");
        Instant started = Instant.parse("2026-12-02T18:21:00Z");
        Files.setLastModifiedTime(mine, FileTime.from(started.plusSeconds(30)));
        Files.setLastModifiedTime(old, FileTime.from(started.minusSeconds(3600)));
        CodexRollouts rollouts = new CodexRollouts(tmp.resolve("codex"), worktree, started,
                Clock.fixed(started.plusSeconds(60), ZoneOffset.UTC));
        assertEquals(List.of(mine), rollouts.files(), "the other worktree's and the older session's are not ours");
    }

    @Test
    void claude_transcripts_live_under_the_encoded_worktree_path() throws Exception {
        Path worktree = Files.createDirectories(tmp.resolve("root/worktrees/u.1"));
        Path project = Files.createDirectories(tmp.resolve("claude/projects").resolve(
                worktree.toString().replaceAll("[^a-zA-Z0-9]", "-")));
        Path t = Files.writeString(project.resolve("6a855ac2.jsonl"), "{}\n");
        Path sub = Files.writeString(Files.createDirectories(project.resolve("6a855ac2/subagents")).resolve("agent-a1.jsonl"), "{}\n");
        Files.writeString(project.resolve("6a855ac2/subagents/agent-a1.meta.json"), "{}");
        Files.writeString(Files.createDirectories(project.resolve("6a855ac2/other")).resolve("x.jsonl"), "{}\n");
        ClaudeTranscripts transcripts = new ClaudeTranscripts(tmp.resolve("claude"), worktree, Instant.now().minusSeconds(60));
        assertEquals(List.of(t, sub), transcripts.files(), "the session's transcript and its subagent's");
        Path named = tmp.resolve("elsewhere.jsonl");
        transcripts.named(named);
        assertEquals(List.of(named, t, sub), transcripts.files(), "a file a hook named is read too");
        assertEquals("-tmp-a-b-c-d", ClaudeTranscripts.encode(Path.of("/tmp/a.b_c/d")));
    }
}
