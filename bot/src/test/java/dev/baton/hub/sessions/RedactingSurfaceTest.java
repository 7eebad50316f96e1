package dev.baton.hub.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.baton.chat.Post;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every part of a post a person reads is redacted; button values (ids the hub needs back) and mentions are not. */
class RedactingSurfaceTest {
    static final String TOKEN = "xoxb-1234567890-abcdefghijkl";

    @Test
    void texts_code_and_every_readable_part_of_a_card_are_redacted() {
        assertEquals(Post.Text.of("t=[redacted]"), RedactingSurface.redact(Post.Text.of("t=" + TOKEN)));
        assertEquals(new Post.Code("Screen [redacted]", "a\n[redacted]\n"),
                RedactingSurface.redact(new Post.Code("Screen " + TOKEN, "a\n" + TOKEN + "\n")));
        Post.Card card = new Post.Card("Session " + TOKEN, List.of(new Post.Field("Prompt " + TOKEN, "run " + TOKEN)),
                List.of(new Post.Button("Go " + TOKEN, "prompt", "p-1|" + TOKEN, Post.Style.PRIMARY)), "footer " + TOKEN);
        Post.Card out = (Post.Card) RedactingSurface.redact(card);
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
        dev.baton.chat.ChatSurface s = RedactingSurface.wrap(platform);
        assertSame(s, RedactingSurface.wrap(s));
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
}
