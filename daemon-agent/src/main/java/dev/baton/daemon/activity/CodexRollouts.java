package dev.baton.daemon.activity;

import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Codex's rollouts of a worktree: {@code $CODEX_HOME/sessions/YYYY/MM/DD/rollout-<ts>-<uuid>.jsonl} whose first line
 * ({@code session_meta}) names the worktree as its {@code cwd}. Only the day folders since the session started are
 * listed, and each file's first line is read once.
 */
final class CodexRollouts implements TranscriptLocator {
    private final Path sessionsDir;
    private final Set<String> cwds = new LinkedHashSet<>();
    private final Instant since;
    private final Clock clock;
    private final Map<Path, Boolean> verdicts = new HashMap<>();
    private final Set<Path> named = new LinkedHashSet<>();

    CodexRollouts(Path codexHome, Path worktree, Instant since, Clock clock) {
        this.sessionsDir = codexHome.resolve("sessions");
        this.since = since.minusSeconds(5);
        this.clock = clock;
        cwds.add(worktree.toAbsolutePath().normalize().toString());
        try {
            cwds.add(worktree.toRealPath().toString());
        } catch (IOException e) {
            // not there (yet)
        }
    }

    @Override
    public List<Path> files() {
        Set<Path> out = new LinkedHashSet<>(named);
        LocalDate day = LocalDate.ofInstant(since, ZoneId.of("UTC")).minusDays(1);
        LocalDate last = LocalDate.ofInstant(clock.instant(), ZoneId.of("UTC")).plusDays(1);
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            Path dir = sessionsDir.resolve(String.format("%04d/%02d/%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.getFileName().toString().startsWith("rollout-")
                        && p.getFileName().toString().endsWith(".jsonl")).sorted().filter(this::ours).forEach(out::add);
            } catch (IOException e) {
                // listed again on the next poll
            }
        }
        return new ArrayList<>(out);
    }

    private boolean ours(Path file) {
        Boolean known = verdicts.get(file);
        if (known != null) {
            return known;
        }
        try {
            if (Files.getLastModifiedTime(file).toInstant().isBefore(since)) {
                verdicts.put(file, false);
                return false;
            }
            String first;
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                first = r.readLine();
            }
            if (first == null) {
                return false; // not written yet: ask again next time
            }
            boolean mine = Json.parseObject(first).get("payload") instanceof Map<?, ?> p
                    && cwds.contains(String.valueOf(p.get("cwd")));
            verdicts.put(file, mine);
            return mine;
        } catch (IOException | JsonException e) {
            return false;
        }
    }

    @Override
    public void named(Path file) {
        named.add(file.toAbsolutePath().normalize());
    }

    @Override
    public TranscriptFormat format() {
        return new CodexRollout();
    }
}
