package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonFixture;
import dev.baton.testing.Eventually;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.protocol.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code agent ls --all --grep QUERY}: recalling past sessions by what was said in them, by name, by who. */
class RecallIT {
    static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final DaemonFixture fx = new DaemonFixture("");

    @Test
    void ls_grep_finds_sessions_by_turn_text_and_name_including_ended_and_removed_ones() throws Exception {
        Cli cli = fx.cli();
        TempRepo repo = fx.repo();
        cli.run("run", "--name", "pelican-fix", "--agent", "scripted", "--repo", repo.dir().toString(), "start").ok();
        cli.run("run", "--name", "other", "--agent", "scripted", "--repo", repo.dir().toString(), "start").ok();
        Eventually.await("prompt", WAIT, () -> cli.screen("pelican-fix").contains("\n>"));
        Eventually.await("prompt", WAIT, () -> cli.screen("other").contains("\n>"));
        cli.run("send-input", "other", "--", "write notes.txt the Marmalade migration plan").ok();
        Eventually.await("notes", WAIT, () -> cli.screen("other").contains("wrote notes.txt"));

        assertEquals(List.of("other"), grep(cli, "marmalade"), "found by the text of a turn, case-insensitively");
        assertEquals(List.of("pelican-fix"), grep(cli, "PELICAN"), "found by name");
        assertEquals(List.of(), grep(cli, "nothing-says-this"));

        cli.run("kill", "--rm", "other").ok();
        Eventually.await("other to end", WAIT, () -> rows(cli.run("ls", "--all", "--grep", "marmalade", "--json").ok().out())
                .stream().anyMatch(r -> "killed".equals(r.get("state"))));
        assertEquals(List.of("other"), grep(cli, "marmalade"), "an ended, removed session is still found");
        assertEquals(List.of(), names(cli.run("ls", "--grep", "marmalade", "--json").ok().out()),
                "without --all a removed session is not listed");
    }

    static List<String> grep(Cli cli, String query) {
        return names(cli.run("ls", "--all", "--grep", query, "--json").ok().out());
    }

    static List<String> names(String json) {
        return rows(json).stream().map(r -> (String) r.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(String json) {
        return ((List<Object>) Json.parse(json.strip())).stream().map(o -> (Map<String, Object>) o).toList();
    }
}
