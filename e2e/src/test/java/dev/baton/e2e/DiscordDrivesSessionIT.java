package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.adapters.discord.testing.FakeDiscord;
import dev.baton.chat.Identity;
import dev.baton.testing.Eventually;
import dev.baton.protocol.json.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Discord thread drives a real session: gateway interactions and messages → the real JDA → hub → daemon → the
 * scripted agent's PTY, and the card, thread, prompt card, answers and recap back through JDA's REST calls to a
 * fake Discord. Two people, in order and attributed; a prompt answered with a button; a recap in the thread.
 */
class DiscordDrivesSessionIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Pattern PROMPT_BUTTON = Pattern.compile("baton\\|prompt\\|([^\"|]+)\\|allow_once");
    @TempDir
    Path tmp;
    FakeDiscord fake;
    Stack stack;

    @BeforeEach
    void up() throws Exception {
        fake = FakeDiscord.start();
        stack = new Stack(tmp).discord(fake, Map.of(FakeDiscord.ANA, new Identity("Ana Lima", Optional.of("analima"),
                Optional.of("ana@example.com")))).startHub().startDaemon();
        stack.awaitDaemonOnline();
    }

    @AfterEach
    void down() {
        stack.close();
        fake.close();
    }

    /** Everything the bot posted or edited in {@code channel}, as JSON text (content, embeds, components). */
    private List<String> said(String channel) {
        return fake.calls().stream().filter(c -> !c.throttled() && c.path().startsWith("/channels/" + channel + "/messages")
                && (c.method().equals("POST") || c.method().equals("PATCH"))).map(c -> Json.write(c.body())).toList();
    }

    private boolean threadSays(String thread, String text) {
        return said(thread).stream().anyMatch(s -> s.contains(text));
    }

    @Test
    void a_discord_thread_drives_a_real_session_with_two_peoples_turns_a_button_answer_and_a_recap() {
        long t0 = System.nanoTime();
        String run = fake.gateway().slash(FakeDiscord.ANA, FakeDiscord.CHANNEL, "run",
                Map.of("prompt", "hello from discord", "agent", "scripted", "name", "duo"));
        Eventually.await("the deferral", WAIT, () -> !fake.calls("POST", "/interactions/" + run + "/.*").isEmpty());
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(3).toNanos(), "acknowledged within Discord's 3 s");

        FakeDiscord.Call card = Eventually.value("the status card", WAIT,
                () -> fake.posts(FakeDiscord.CHANNEL).stream().findFirst().orElse(null));
        assertTrue(Json.write(card.body()).contains("Session duo"), card.body().toString());
        String thread = Eventually.value("the session's thread", WAIT, () -> fake.calls("POST",
                "/channels/" + FakeDiscord.CHANNEL + "/messages/\\d+/threads").stream().findFirst()
                .map(c -> c.path().split("/")[4]).orElse(null));
        assertTrue(fake.thread(thread).isPresent());
        Eventually.await("the placeholder cleared", WAIT, () -> !fake.calls("DELETE",
                "/webhooks/" + FakeDiscord.APP + "/tok-" + run + "/messages/@original").isEmpty());
        Eventually.await("the card edited to running", WAIT, () -> said(FakeDiscord.CHANNEL).stream()
                .anyMatch(s -> s.contains("running") || s.contains("waiting")));
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("duo").contains("\n>"));

        String one = fake.gateway().say(FakeDiscord.ANA, thread, "first from ana");
        String two = fake.gateway().say(FakeDiscord.BOB, thread, "second from bob");
        fake.gateway().say(FakeDiscord.BOB, thread, "!aside not for the agent");
        Eventually.await("both turns on the agent's screen, in order and attributed", WAIT, () -> {
            String screen = stack.daemon.cli().screen("duo");
            int a = screen.indexOf("got: [from Ana Lima] first from ana");
            int b = screen.indexOf("got: [from bob] second from bob");
            return a >= 0 && b > a;
        });
        assertTrue(!stack.daemon.cli().screen("duo").contains("not for the agent"), "asides never reach the agent");
        Eventually.await("both turns marked delivered", WAIT, () -> List.of(one, two).stream().allMatch(m -> !fake.calls(
                "PUT", "/channels/" + thread + "/messages/" + m + "/reactions/✅/@me").isEmpty()));

        fake.gateway().say(FakeDiscord.BOB, thread, "ask Ship it?");
        String promptCard = Eventually.value("the prompt card with buttons", WAIT, () -> said(thread).stream()
                .filter(s -> s.contains("Permission needed") && s.contains("Ship it? [y/N]")).findFirst().orElse(null));
        assertTrue(promptCard.contains("<@" + FakeDiscord.ANA + ">"), "the owner is mentioned: " + promptCard);
        Matcher button = PROMPT_BUTTON.matcher(promptCard);
        assertTrue(button.find(), promptCard);
        String promptMessage = Eventually.value("the prompt card's message", WAIT, () -> messageIdOf(thread,
                button.group()));
        String press = fake.gateway().press(FakeDiscord.ANA, promptMessage, button.group());
        Eventually.await("the press acknowledged", WAIT, () -> !fake.calls("POST", "/interactions/" + press + "/.*").isEmpty());
        Eventually.await("the dialog to get y", WAIT, () -> stack.daemon.cli().screen("duo").contains("approved"));
        Eventually.await("the prompt card edited to say who answered", WAIT, () -> fake.calls("PATCH",
                "/channels/" + thread + "/messages/" + promptMessage).stream()
                .anyMatch(c -> Json.write(c.body()).contains("approved once by Ana Lima")));

        String cardNow = fake.message(thread).map(Json::write).orElseThrow();
        Matcher screenButton = Pattern.compile("baton\\|screen\\|[^\"]+").matcher(cardNow);
        assertTrue(screenButton.find(), cardNow);
        fake.gateway().press(FakeDiscord.BOB, thread, screenButton.group());
        Eventually.await("the screen from the card's button, in the thread", WAIT, () -> threadSays(thread,
                "Screen of duo"));

        String recap = fake.gateway().slash(FakeDiscord.BOB, thread, "recap", Map.of());
        Eventually.await("the recap in the thread", WAIT, () -> threadSays(thread, "Recap of duo (asked by bob)"));
        assertTrue(said(thread).stream().anyMatch(s -> s.contains("Who drove it") && s.contains("Ana Lima")),
                "the recap embed names who drove it");
        Eventually.await("the recap command's placeholder cleared", WAIT, () -> !fake.calls("DELETE",
                "/webhooks/.*/tok-" + recap + "/messages/@original").isEmpty());

        fake.gateway().slash(FakeDiscord.ANA, thread, "kill", Map.of());
        Eventually.await("the session to end", WAIT, () -> threadSays(thread, "Session ended: killed"));
        // the status card's id is the thread's: Discord gives a thread started from a message that message's id
        Eventually.await("the card to show it", WAIT, () -> fake.message(thread).map(Json::write).orElse("")
                .contains("killed"));
        assertEquals(1, fake.posts(FakeDiscord.CHANNEL).size(), "one card in the channel, edited in place");
    }

    /** The id of the message in {@code thread} whose buttons include {@code customId}. */
    private String messageIdOf(String thread, String customId) {
        return fake.messagesIn(thread).stream().filter(m -> Json.write(m).contains(customId))
                .map(m -> (String) m.get("id")).findFirst().orElse(null);
    }

    @Test
    void a_session_mirrored_into_a_second_discord_channel_takes_a_turn_from_the_mirror_thread() {
        fake.gateway().slash(FakeDiscord.ANA, FakeDiscord.CHANNEL, "run", Map.of("prompt", "go", "agent", "scripted",
                "name", "twin"));
        Eventually.await("the agent's prompt", WAIT, () -> stack.daemon.cli().screen("twin").contains("\n>"));
        String mirror = fake.gateway().slash(FakeDiscord.ANA, FakeDiscord.OTHER_CHANNEL, "mirror",
                Map.of("session", "twin"));
        String thread = Eventually.value("the mirror's thread in #other", WAIT, () -> fake.calls("POST",
                "/channels/" + FakeDiscord.OTHER_CHANNEL + "/messages/\\d+/threads").stream().findFirst()
                .map(c -> c.path().split("/")[4]).orElse(null));
        assertTrue(Json.write(fake.message(thread).orElseThrow()).contains("Session twin"));
        Eventually.await("the mirror command's placeholder cleared", WAIT, () -> !fake.calls("DELETE",
                "/webhooks/.*/tok-" + mirror + "/messages/@original").isEmpty());
        fake.gateway().say(FakeDiscord.ANA, thread, "hello from the mirror");
        Eventually.await("the mirror's turn on the agent's screen, attributed", WAIT, () -> stack.daemon.cli()
                .screen("twin").contains("[from Ana Lima] hello from the mirror"));
    }
}
