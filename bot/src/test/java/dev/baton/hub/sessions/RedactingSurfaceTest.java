package dev.baton.hub.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.baton.chat.Post;
import dev.baton.protocol.session.HeldSecrets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every part of a post a person reads is redacted; button values (ids the hub needs back) and mentions are not. */
class RedactingSurfaceTest {
    static final String TOKEN = "xoxb-1234567890-abcdefghijkl";
    static final HeldSecrets NONE = new HeldSecrets();

    @Test
    void texts_code_and_every_readable_part_of_a_card_are_redacted() {
        assertEquals(Post.Text.of("t=[redacted]"), RedactingSurface.redact(Post.Text.of("t=" + TOKEN), NONE));
        assertEquals(new Post.Code("Screen [redacted]", "a\n[redacted]\n"),
                RedactingSurface.redact(new Post.Code("Screen " + TOKEN, "a\n" + TOKEN + "\n"), NONE));
        Post.Card card = new Post.Card("Session " + TOKEN, List.of(new Post.Field("Prompt " + TOKEN, "run " + TOKEN)),
                List.of(new Post.Button("Go " + TOKEN, "prompt", "p-1|" + TOKEN, Post.Style.PRIMARY)), "footer " + TOKEN);
        Post.Card out = (Post.Card) RedactingSurface.redact(card, NONE);
        assertEquals("Session [redacted]", out.title());
        assertEquals(new Post.Field("Prompt [redacted]", "run [redacted]"), out.fields().get(0));
        assertEquals("Go [redacted]", out.buttons().get(0).label());
        assertEquals("p-1|" + TOKEN, out.buttons().get(0).value(), "a button's value is an id the hub gets back");
        assertEquals("footer [redacted]", out.footer());
    }

    /** Records what reaches the platform. */
    static final class Recording implements dev.baton.chat.ChatSurface {
        final List<Object> seen = new java.util.ArrayList<>();

        @Override
        public dev.baton.chat.Platform platform() {
            return dev.baton.chat.Platform.WEB;
        }

        @Override
        public dev.baton.chat.MessageRef startThread(dev.baton.chat.ChannelRef channel, Post post) {
            seen.add(post);
            return null;
        }

        @Override
        public dev.baton.chat.MessageRef reply(dev.baton.chat.ThreadRef thread, Post post) {
            seen.add(post);
            return null;
        }

        @Override
        public void update(dev.baton.chat.MessageRef message, Post post) {
            seen.add(post);
        }

        @Override
        public void acknowledge(dev.baton.chat.MessageRef userMessage, String status) {
            seen.add(status);
        }

        @Override
        public void answer(dev.baton.chat.ChatEvent.Command command, Post post) {
            seen.add(post);
        }

        @Override
        public void whisper(dev.baton.chat.ChatUser user, dev.baton.chat.ThreadRef thread, Post post) {
            seen.add(post);
        }

        @Override
        public void commandDone(dev.baton.chat.ChatEvent.Command command) {
            seen.add("done");
        }
    }

    @Test
    void every_method_of_the_port_redacts_and_wrapping_is_idempotent() {
        Recording platform = new Recording();
        dev.baton.chat.ChatSurface s = RedactingSurface.wrap(platform, NONE);
        assertSame(s, RedactingSurface.wrap(s, new HeldSecrets()));
        Post leak = Post.Text.of(TOKEN);
        s.startThread(null, leak);
        s.reply(null, leak);
        s.update(null, leak);
        s.acknowledge(null, "queued " + TOKEN);
        s.answer(null, leak);
        s.whisper(null, null, leak);
        s.commandDone(null);
        assertEquals(List.of(Post.Text.of("[redacted]"), Post.Text.of("[redacted]"), Post.Text.of("[redacted]"),
                "queued [redacted]", Post.Text.of("[redacted]"), Post.Text.of("[redacted]"), "done"), platform.seen,
                "every method reaches the platform, commandDone too (Discord acknowledges interactions with it)");
    }

    @Test
    void the_hubs_own_secrets_are_redacted_by_value_whatever_their_format() {
        HeldSecrets held = new HeldSecrets();
        held.hold("web-token-in-no-known-format-42");
        held.hold("MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs");
        Recording platform = new Recording();
        dev.baton.chat.ChatSurface s = RedactingSurface.wrap(platform, held);
        s.reply(null, new Post.Code("Screen", "$ cat web.token\nweb-token-in-no-known-format-42\n$ echo $DISCORD_TOKEN\n"
                + "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs\n"));
        s.acknowledge(null, "queued web-token-in-no-known-format-42");
        assertEquals(List.of(new Post.Code("Screen", "$ cat web.token\n[redacted]\n$ echo $DISCORD_TOKEN\n[redacted]\n"),
                "queued [redacted]"), platform.seen);
    }

    @Test
    void a_token_wrapped_across_rows_of_a_posted_screen_is_redacted_whole() {
        String slack = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx";
        String row1 = "got: [from ana] " + ".".repeat(84) + " " + slack.substring(0, 19);
        String screen = "> \n" + row1 + "\n" + slack.substring(19) + "\n> ";
        Post out = RedactingSurface.redact(new Post.Code("Screen of s", screen), NONE);
        assertEquals(new Post.Code("Screen of s", "> \ngot: [from ana] " + ".".repeat(84) + " [redacted]\n> "), out);
    }
}
