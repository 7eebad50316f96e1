package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.discord.testing.FakeDiscord;
import dev.baton.config.ChannelSettings;
import dev.baton.protocol.json.Json;
import dev.baton.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Discord launch modal through the real JDA 6.5 against the fake gateway: {@code /agent new} → a modal (interaction
 * callback type 9) of string selects in labels with the channel's defaults and the daemon's branches; a submission
 * (INTERACTION_CREATE type 5) with a branch that has gone → an ephemeral answer naming the field; a good one → the
 * card in the channel. An offline preferred daemon is the daemon field's description.
 */
class DiscordLaunchIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Set<String> SELECTS = Set.of("daemon", "agent", "repo", "branch");
    @TempDir
    Path tmp;
    FakeDiscord fake;
    Stack stack;

    @BeforeEach
    void up() throws Exception {
        fake = FakeDiscord.start();
        stack = new Stack(tmp).discord(fake, Map.of());
        stack.repo.git("branch", "release");
        stack.channels = Map.of("discord:" + FakeDiscord.CHANNEL, new ChannelSettings("discord:" + FakeDiscord.CHANNEL,
                Optional.of(stack.repo.dir().getFileName().toString()), Optional.of("scripted"), Optional.empty(),
                Optional.of("release")));
        stack.identities = List.of(new dev.baton.config.Identity("ana", Optional.empty(), Optional.empty(),
                Optional.of(FakeDiscord.ANA), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("ana-laptop")));
        stack.startHub().startDaemon();
        stack.awaitDaemonOnline();
    }

    @AfterEach
    void down() {
        stack.close();
        fake.close();
    }

    /** The modal Baton answered {@code /agent new} with, as JSON text. */
    private String modal(String user) {
        String id = fake.gateway().slash(user, FakeDiscord.CHANNEL, "new", Map.of());
        FakeDiscord.Call callback = Eventually.value("the modal callback", WAIT,
                () -> fake.calls("POST", "/interactions/" + id + "/.*").stream().findFirst().orElse(null));
        assertEquals(9L, ((Number) callback.body().get("type")).longValue(), Json.write(callback.body()));
        return Json.write(callback.body());
    }

    private String answer(String interaction) {
        return Eventually.value("the ephemeral answer", WAIT, () -> fake.calls("PATCH",
                "/webhooks/" + FakeDiscord.APP + "/tok-" + interaction + "/messages/@original").stream()
                .map(FakeDiscord.Call::content).filter(c -> !c.isEmpty()).findFirst().orElse(null));
    }

    @Test
    void new_opens_a_modal_with_the_defaults_and_its_submission_starts_the_session_or_names_the_bad_field() {
        String modal = modal(FakeDiscord.BOB);
        assertTrue(modal.contains("\"custom_id\":\"baton_launch|" + FakeDiscord.CHANNEL + "\""), modal);
        assertTrue(modal.contains("\"type\":18") && modal.contains("\"type\":3"), "string selects in labels: " + modal);
        assertTrue(modal.matches("(?s).*\\{\"default\":true,\"label\":\"release\",\"value\":\"release\"}.*"),
                "the channel's branch is the default: " + modal);
        assertTrue(modal.contains("\"value\":\"main\""), "the daemon's branches: " + modal);

        Map<String, String> values = new java.util.LinkedHashMap<>(Map.of("daemon", "test", "agent", "scripted",
                "repo", stack.repo.dir().toString(), "branch", "gone", "prompt", "hello from the modal"));
        String bad = fake.gateway().modalSubmit(FakeDiscord.BOB, FakeDiscord.CHANNEL, "baton_launch|" + FakeDiscord.CHANNEL,
                values, SELECTS);
        String refused = answer(bad);
        assertTrue(refused.contains("Not started") && refused.contains("Base branch: Branch 'gone' is not in"), refused);

        values.put("branch", "release");
        String good = fake.gateway().modalSubmit(FakeDiscord.BOB, FakeDiscord.CHANNEL, "baton_launch|" + FakeDiscord.CHANNEL,
                values, SELECTS);
        String started = answer(good);
        assertTrue(started.startsWith("Started session "), started);
        String name = started.substring("Started session ".length()).split(":")[0];
        Eventually.await("the card in the channel, from release", WAIT, () -> fake.calls().stream()
                .filter(c -> c.path().startsWith("/channels/" + FakeDiscord.CHANNEL + "/messages"))
                .anyMatch(c -> Json.write(c.body()).contains("baton/" + name + " from release")));
    }

    @Test
    void an_offline_preferred_daemon_is_the_daemon_fields_description_and_is_not_picked() {
        String modal = modal(FakeDiscord.ANA);
        assertTrue(modal.contains("Your preferred daemon ana-laptop is offline"), modal);
        assertTrue(modal.contains("{\"default\":false,\"label\":\"test "), "no daemon picked for her: " + modal);
    }
}
