package dev.baton.adapters.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.discord.testing.FakeDiscord;
import dev.baton.adapters.discord.testing.FakeGateway;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Reading thread messages needs the privileged Message Content intent; without it, startup fails clearly. */
class DiscordIntentsIT {
    @Test
    void identify_asks_for_guild_messages_and_message_content() {
        try (FakeDiscord fake = FakeDiscord.start();
             DiscordChat chat = DiscordChat.open(DiscordChatIT.options(fake), Clock.systemUTC())) {
            chat.connect((e, s) -> { });
            chat.start();
            long intents = ((Number) fake.gateway().identifies().getFirst().get("intents")).longValue();
            assertEquals(1 | (1 << 9) | FakeGateway.MESSAGE_CONTENT, intents, "GUILDS (JDA always), GUILD_MESSAGES, MESSAGE_CONTENT");
            assertEquals("fake-bot-token", fake.gateway().identifies().getFirst().get("token"));
        }
    }

    @Test
    void a_bot_without_the_message_content_intent_fails_at_startup_with_what_to_turn_on() {
        try (FakeDiscord fake = FakeDiscord.withoutMessageContentIntent();
             DiscordChat chat = DiscordChat.open(DiscordChatIT.options(fake), Clock.systemUTC())) {
            chat.connect((e, s) -> { });
            DiscordException e = assertThrows(DiscordException.class, chat::start);
            assertTrue(e.getMessage().contains("4014"), e.getMessage());
            assertTrue(e.getMessage().contains("Message Content Intent"), e.getMessage());
            assertTrue(e.getMessage().contains("Developer Portal"), e.getMessage());
            assertTrue(fake.calls("PUT", "/applications/.*").isEmpty(), "nothing registered");
        }
    }
}
