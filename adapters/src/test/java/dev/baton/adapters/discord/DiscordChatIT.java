package dev.baton.adapters.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.discord.testing.FakeDiscord;
import dev.baton.adapters.testing.Eventually;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.Identity;
import dev.baton.chat.MessageRef;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real JDA against the fake Discord: commands, thread messages and buttons in; threads, cards and edits out. */
class DiscordChatIT {
    static DiscordOptions options(FakeDiscord fake) {
        return new DiscordOptions("fake-bot-token", Set.of(FakeDiscord.GUILD), Set.of(), Set.of(),
                Map.of(FakeDiscord.ANA, new Identity("Ana Lima", Optional.of("analima"), Optional.empty())),
                fake.apiUrl(), Optional.of(fake.gatewayUrl()))
                .withTuning(new DiscordOptions.Tuning(Duration.ofSeconds(20), Duration.ofSeconds(10), 100, 100));
    }

    @Test
    void run_becomes_a_command_and_its_status_card_opens_a_thread() {
        try (FakeDiscord fake = FakeDiscord.start()) {
            RecordingHub hub = new RecordingHub();
            try (DiscordChat chat = DiscordChat.open(options(fake), Clock.systemUTC())) {
                chat.connect(hub);
                chat.start();
                assertEquals(1, fake.calls("PUT", "/applications/" + FakeDiscord.APP + "/guilds/" + FakeDiscord.GUILD
                        + "/commands").size(), "/agent is registered in the guild");

                String interaction = fake.gateway().slash(FakeDiscord.ANA, FakeDiscord.CHANNEL, "run",
                        Map.of("prompt", "say hello", "agent", "demo"));
                Eventually.await("the command", () -> hub.last(ChatEvent.Command.class).isPresent());
                ChatEvent.Command c = hub.last(ChatEvent.Command.class).orElseThrow();
                assertEquals("run --agent demo say hello", c.text());
                assertEquals("Ana Lima", c.user().name());
                assertEquals(FakeDiscord.ANA, c.user().id());
                assertTrue(c.thread().isEmpty());
                Eventually.await("the deferral", () -> fake.calls("POST", "/interactions/" + interaction + "/tok-"
                        + interaction + "/callback.*").size() == 1);

                Eventually.await("the card's edit", () -> !fake.calls("PATCH", "/channels/.*/messages/.*").isEmpty());
                MessageRef card = hub.cards.values().iterator().next();
                assertEquals(card.id(), card.thread().id(), "the thread is started from the status message");
                assertEquals(1, fake.calls("POST", "/channels/" + FakeDiscord.CHANNEL + "/messages/" + card.id()
                        + "/threads").size());
                Eventually.await("the placeholder removed", () -> !fake.calls("DELETE",
                        "/webhooks/.*/messages/@original").isEmpty());
            }
        }
    }
}
