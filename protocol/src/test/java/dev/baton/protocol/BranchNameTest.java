package dev.baton.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.id.BranchName;
import dev.baton.protocol.id.SessionName;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Branch and session names that could traverse out of refs/heads or inject options into git are refused. */
class BranchNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"main", "master", "feature/login", "release-1.2", "user/ana/fix_3", "v2"})
    void ordinary_branch_names_pass(String name) {
        assertEquals(Optional.empty(), BranchName.problem(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-b", "--upload-pack=touch /tmp/x", "../../HEAD", "main/../../config", "a..b",
            "main@{1}", "@{-1}", "@", "HEAD", "/etc/passwd", "feat//x", "feat/", "x.lock", "feat/.hidden",
            ".git", "a b", "a~1", "a^", "a:b", "a?", "a*", "a[b", "a\\b", "tab\there", "nul\0x", "esc\u001b[2J",
            "del\u007f", "end."})
    void traversal_injection_and_revision_syntax_are_refused_with_a_reason(String name) {
        Optional<String> problem = BranchName.problem(name);
        assertTrue(problem.isPresent(), name + " should be refused");
        assertTrue(problem.get().startsWith("invalid branch name '"), problem.get());
        assertTrue(problem.get().chars().noneMatch(c -> c < 0x20 && c != '\n'), "the reason is printable: " + problem.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc", "-rf", ".hidden", "a..b", "Upper", "a/b", "x.lock", "a b", "a\u0000"})
    void session_names_that_become_branches_and_folders_are_refused(String name) {
        assertTrue(SessionName.problem(name).isPresent(), name);
    }
}
