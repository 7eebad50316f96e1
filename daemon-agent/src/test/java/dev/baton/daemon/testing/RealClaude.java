package dev.baton.daemon.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Claude Code CLI from npm ({@code tools/node_modules}, installed by {@code bin/test}), run offline against a
 * {@link FakeAnthropicApi}: where it is, a home folder it accepts without onboarding, and the environment that points
 * it at the fake. A test without the CLI is skipped loudly, never silently.
 */
public final class RealClaude {
    public static final String API_KEY = "sk-ant-test-0123456789abcdefghijklmnopqrstuv";
    static final Path ROOT = Path.of(System.getProperty("baton.home", "..")).toAbsolutePath().normalize();

    private RealClaude() {}

    /** The CLI, or the calling test is aborted (skipped) with a banner saying why. */
    public static Path cli() {
        Path claude = ROOT.resolve("tools/node_modules/.bin/claude");
        if (!Files.isExecutable(claude)) {
            System.err.println("\n*** SKIPPED: the real claude CLI is not installed (bin/test installs it) ***\n");
            Assumptions.abort("claude is not installed");
        }
        return claude;
    }

    /** A {@code HOME} under {@code tmp} whose {@code .claude.json} has onboarding done and the test key approved. */
    public static Path home(Path tmp) throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve(".claude.json"), """
                {"hasCompletedOnboarding": true, "theme": "dark",
                 "customApiKeyResponses": {"approved": ["%s"], "rejected": []}}
                """.formatted(API_KEY.substring(API_KEY.length() - 20)));
        return home;
    }

    /** The environment that runs the CLI from {@code home} against {@code api}, quietly and without updates. */
    public static Map<String, String> env(Path home, FakeAnthropicApi api) {
        return Map.of("HOME", home.toString(), "ANTHROPIC_BASE_URL", api.baseUrl(), "ANTHROPIC_API_KEY", API_KEY,
                "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1", "DISABLE_AUTOUPDATER", "1");
    }
}
