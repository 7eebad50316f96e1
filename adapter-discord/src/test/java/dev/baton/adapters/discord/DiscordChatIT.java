package dev.baton.adapters.discord;

import dev.baton.chat.testing.RecordingHub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.discord.testing.FakeDiscord;
import dev.baton.testing.Eventually;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.Identity;
import dev.baton.chat.MessageRef;
import dev.baton.protocol.json.Json;
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

    @Test
    void thread_messages_become_attributed_replies_edits_become_changes_and_bot_messages_are_dropped() {
        try (FakeDiscord fake = FakeDiscord.start()) {
            RecordingHub hub = new RecordingHub();
            try (DiscordChat chat = DiscordChat.open(options(fake), Clock.systemUTC())) {
                chat.connect(hub);
                chat.start();
                MessageRef card = started(fake, hub, "talk");
                String thread = card.thread().id();

                fake.gateway().say(FakeDiscord.BOT, thread, "the bot's own post");
                String m1 = fake.gateway().say(FakeDiscord.ANA, thread, "first from ana");
                String m2 = fake.gateway().say(FakeDiscord.BOB, thread, "then bob");
                fake.gateway().say(FakeDiscord.ANA, FakeDiscord.CHANNEL, "not in a thread");
                Eventually.await("two replies", () -> hub.all(ChatEvent.Reply.class).size() == 2);
                var replies = hub.all(ChatEvent.Reply.class);
                assertEquals("first from ana", replies.get(0).text());
                assertEquals("Ana Lima", replies.get(0).user().name(), "configured identity");
                assertEquals(m1, replies.get(0).message().id());
                assertEquals(card.thread(), replies.get(0).message().thread());
                assertEquals("then bob", replies.get(1).text());
                assertEquals("bob", replies.get(1).user().name(), "Discord's name when no identity is configured");
                assertEquals(m2, replies.get(1).message().id());

                fake.gateway().edit(FakeDiscord.ANA, thread, m1, "first from ana (edited)");
                Eventually.await("the edit", () -> hub.last(ChatEvent.Changed.class).isPresent());
                ChatEvent.Changed changed = hub.last(ChatEvent.Changed.class).orElseThrow();
                assertEquals(new MessageRef(card.thread(), m1), changed.message());
                assertEquals(false, changed.deleted());

                Eventually.await("the ✅ on bob's message", () -> fake.calls("PUT", "/channels/" + thread
                        + "/messages/" + m2 + "/reactions/✅/@me").size() == 1);
                assertEquals(2, fake.calls("DELETE", "/channels/" + thread + "/messages/.*/reactions/.*/@me").size(),
                        "⏳ removed from both once delivered");
            }
        }
    }

    @Test
    void a_button_press_becomes_a_button_event_and_is_acknowledged_with_a_deferred_edit() {
        try (FakeDiscord fake = FakeDiscord.start()) {
            RecordingHub hub = new RecordingHub();
            try (DiscordChat chat = DiscordChat.open(options(fake), Clock.systemUTC())) {
                chat.connect(hub);
                chat.start();
                MessageRef card = started(fake, hub, "pressme");
                String press = fake.gateway().press(FakeDiscord.BOB, card.id(), "baton|kill|pressme");
                Eventually.await("the button", () -> hub.last(ChatEvent.Button.class).isPresent());
                ChatEvent.Button b = hub.last(ChatEvent.Button.class).orElseThrow();
                assertEquals("kill", b.action());
                assertEquals("pressme", b.value());
                assertEquals(card, b.message(), "the press names the status card and the session's thread");
                assertEquals("bob", b.user().name());
                Eventually.await("the deferred edit", () -> fake.calls("POST", "/interactions/" + press
                        + "/.*/callback.*").stream().anyMatch(c -> Long.valueOf(6).equals(c.body().get("type"))));

                chat.whisper(b.user(), card.thread(), dev.baton.chat.Post.Text.of("only for bob"));
                Eventually.await("the ephemeral follow-up", () -> fake.calls("POST", "/webhooks/" + FakeDiscord.APP
                        + "/tok-" + press).stream().anyMatch(c -> c.content().equals("only for bob")
                        && Long.valueOf(64).equals(c.body().get("flags"))));
            }
        }
    }

    @Test
    void a_command_in_a_thread_carries_the_thread_and_its_answer_replaces_the_placeholder() {
        try (FakeDiscord fake = FakeDiscord.start()) {
            RecordingHub hub = new RecordingHub();
            try (DiscordChat chat = DiscordChat.open(options(fake), Clock.systemUTC())) {
                chat.connect(hub);
                chat.start();
                MessageRef card = started(fake, hub, "inthread");
                String id = fake.gateway().slash(FakeDiscord.BOB, card.thread().id(), "handoff",
                        Map.of("to", "user:" + FakeDiscord.ANA));
                Eventually.await("the handoff", () -> hub.all(ChatEvent.Command.class).size() == 2);
                ChatEvent.Command c = hub.last(ChatEvent.Command.class).orElseThrow();
                assertEquals("handoff <@" + FakeDiscord.ANA + "|Ana Lima>", c.text());
                assertEquals(Optional.of(card.thread()), c.thread());
                Eventually.await("the answer in place of the placeholder", () -> fake.calls("PATCH", "/webhooks/"
                        + FakeDiscord.APP + "/tok-" + id + "/messages/@original").stream()
                        .anyMatch(call -> call.content().equals("answer to " + c.text())));
                assertTrue(fake.calls("DELETE", "/webhooks/.*/tok-" + id + "/messages/@original").isEmpty(),
                        "an answered placeholder is not deleted");

                fake.gateway().slash(FakeDiscord.ANA, card.thread().id(), "share",
                        Map.of("user", "user:" + FakeDiscord.BOB, "role", "--drive"));
                fake.gateway().slash(FakeDiscord.ANA, card.thread().id(), "visibility", Map.of("level", "private"));
                Eventually.await("share and visibility", () -> hub.all(ChatEvent.Command.class).size() == 4);
                var texts = hub.all(ChatEvent.Command.class).stream().map(ChatEvent.Command::text).toList();
                assertEquals("share <@" + FakeDiscord.BOB + "|bob> --drive", texts.get(2));
                assertEquals("visibility private", texts.get(3));
            }
        }
    }

    @Test
    void outside_the_allowed_channels_a_command_is_refused_ephemerally_and_messages_are_ignored() {
        try (FakeDiscord fake = FakeDiscord.start()) {
            RecordingHub hub = new RecordingHub();
            DiscordOptions o = options(fake);
            DiscordOptions onlyGeneral = new DiscordOptions(o.token(), o.guilds(), Set.of(FakeDiscord.CHANNEL), Set.of(),
                    o.identities(), o.apiUrl(), o.gatewayUrl(), o.tuning());
            try (DiscordChat chat = DiscordChat.open(onlyGeneral, Clock.systemUTC())) {
                chat.connect(hub);
                chat.start();
                String id = fake.gateway().slash(FakeDiscord.BOB, FakeDiscord.OTHER_CHANNEL, "ls", Map.of());
                Eventually.await("the refusal", () -> fake.calls("POST", "/interactions/" + id + "/.*/callback.*")
                        .stream().anyMatch(c -> Json.write(c.body()).contains("not enabled in this channel")
                                && Json.write(c.body()).contains("\"flags\":64")));
                String allowed = fake.gateway().slash(FakeDiscord.BOB, FakeDiscord.CHANNEL, "ls", Map.of());
                Eventually.await("the allowed command", () -> hub.all(ChatEvent.Command.class).size() == 1);
                assertEquals(FakeDiscord.CHANNEL, hub.all(ChatEvent.Command.class).getFirst().channel().id());
                Eventually.await("its answer", () -> !fake.calls("PATCH", "/webhooks/.*/tok-" + allowed
                        + "/messages/@original").isEmpty());
            }
        }
    }

    /** Starts a session through {@code /agent run NAME} and waits for its card (edited to running). */
    static MessageRef started(FakeDiscord fake, RecordingHub hub, String name) {
        int before = fake.calls("PATCH", "/channels/.*/messages/.*").size();
        fake.gateway().slash(FakeDiscord.ANA, FakeDiscord.CHANNEL, "run", Map.of("prompt", name));
        Eventually.await("the card of " + name, () -> hub.cards.containsKey(name)
                && fake.calls("PATCH", "/channels/.*/messages/.*").size() > before);
        return hub.cards.get(name);
    }
}
