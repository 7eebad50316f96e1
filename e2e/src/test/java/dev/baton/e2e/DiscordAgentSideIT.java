package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.discord.testing.FakeDiscord;
import dev.baton.daemon.testing.FakeAnthropicApi;
import dev.baton.daemon.testing.RealClaude;
import dev.baton.protocol.json.Json;
import dev.baton.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's side in a Discord thread (the fake Discord REST API and gateway), from the real Claude Code CLI against
 * the fake Messages API: one working line posted then edited (PATCH), the final message in the thread, and
 * {@code /agent cost} in the thread split between Ana and Bob.
 */
class DiscordAgentSideIT {
    static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    @Test
    void the_final_message_arrives_the_working_line_is_edited_and_cost_splits_by_person() throws Exception {
        Path claude = RealClaude.cli();
        Path home = RealClaude.home(tmp);
        try (FakeAnthropicApi api = FakeAnthropicApi.start(); FakeDiscord fake = FakeDiscord.start();
             Stack stack = new Stack(tmp.resolve("stack")).discord(fake, Map.of())) {
            api.enqueueTextAndToolUse("I will say hello.", "Bash", Map.of("command", "echo hello", "description", "Say hello"));
            api.enqueueText("Done: I said hello.");
            stack.startHub().startDaemon(RealClaude.env(home, api),
                    "[agents.claude]\ncommand = \"" + claude + "\"\nargs = [\"--permission-mode\", \"default\"]\n");
            stack.awaitDaemonOnline();
            fake.gateway().slash(FakeDiscord.ANA, FakeDiscord.CHANNEL, "run",
                    Map.of("prompt", "say hello", "agent", "claude", "name", "dsc"));
            String thread = Eventually.value("the session's thread", WAIT, () -> fake.calls("POST",
                    "/channels/" + FakeDiscord.CHANNEL + "/messages/\\d+/threads").stream().findFirst()
                    .map(c -> c.path().split("/")[4]).orElse(null));

            Eventually.await("the working line", WAIT, () -> !posts(fake, thread, "working: running `echo hello`").isEmpty());
            // Claude Code runs a plain echo without asking
            Eventually.await("the final message in the thread", WAIT, () -> !posts(fake, thread, "Done: I said hello.").isEmpty());
            Eventually.await("the working line edited when the turn ended", WAIT, () -> fake.calls("PATCH",
                    "/channels/" + thread + "/messages/\\d+").stream().anyMatch(c -> c.content().contains("worked: 1 tool call")));
            // posted as the working line, or (a message read from the transcript late) posted as text and then edited
            // into it, as SlackAgentSideIT allows: either way never posted twice
            assertTrue(fake.calls("POST", "/channels/" + thread + "/messages").stream().filter(c -> !c.throttled())
                    .filter(c -> c.content().startsWith("working: ") || c.content().startsWith("worked: ")).count() <= 1,
                    "the working line is posted at most once and then only edited");

            api.enqueueText("OK, the docs are fine.");
            fake.gateway().say(FakeDiscord.BOB, thread, "Check the docs too");
            Eventually.await("Bob's turn answered", WAIT, () -> !posts(fake, thread, "OK, the docs are fine.").isEmpty());
            Pattern person = Pattern.compile("\\(discord\\): \\$");
            Eventually.await("/agent cost splits the session between Ana and Bob", WAIT, () -> {
                fake.gateway().slash(FakeDiscord.ANA, thread, "cost", Map.of());
                return Eventually.value("the cost answer", WAIT, () -> fake.calls().stream().map(c -> Json.write(c.body()))
                        .filter(b -> b.contains("Cost of dsc")).reduce((a, b) -> b).orElse(null))
                        .transform(b -> person.matcher(b).results().count() >= 2);
            });
        }
    }

    private static java.util.List<FakeDiscord.Call> posts(FakeDiscord fake, String thread, String text) {
        return fake.calls().stream().filter(c -> !c.throttled() && c.path().startsWith("/channels/" + thread + "/messages")
                && Json.write(c.body()).contains(text)).toList();
    }
}
