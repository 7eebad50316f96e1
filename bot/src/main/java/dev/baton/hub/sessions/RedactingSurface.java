package dev.baton.hub.sessions;

import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import dev.baton.protocol.session.HeldSecrets;
import dev.baton.protocol.session.Redaction;

/**
 * Every post the hub makes goes through here on its way to a platform: texts, code blocks (screens, diffs, logs),
 * card titles, fields and footers pass through {@link Redaction#redact}, with the secrets the hub holds by value, so
 * a token an agent printed or a person pasted, or one of the hub's own, is never re-posted by Baton. Button values
 * (ids) and mentions are left alone. The hub wraps each surface once, where it enters the core, so no code path can
 * post around it.
 */
public final class RedactingSurface implements ChatSurface {
    private final ChatSurface inner;
    private final HeldSecrets held;

    private RedactingSurface(ChatSurface inner, HeldSecrets held) {
        this.inner = inner;
        this.held = held;
    }

    public static ChatSurface wrap(ChatSurface surface, HeldSecrets held) {
        return surface instanceof RedactingSurface ? surface : new RedactingSurface(surface, held);
    }

    public static Post redact(Post post, HeldSecrets held) {
        return switch (post) {
            case Post.Text t -> new Post.Text(Redaction.redact(t.text(), held), t.mentions());
            case Post.Code c -> new Post.Code(Redaction.redact(c.title(), held), Redaction.redact(c.text(), held));
            case Post.Card c -> new Post.Card(Redaction.redact(c.title(), held), c.fields().stream()
                    .map(f -> new Post.Field(Redaction.redact(f.label(), held), Redaction.redact(f.value(), held))).toList(),
                    c.buttons().stream().map(b -> new Post.Button(Redaction.redact(b.label(), held), b.action(), b.value(),
                            b.style())).toList(), Redaction.redact(c.footer(), held), c.mentions());
        };
    }

    private Post redact(Post post) {
        return redact(post, held);
    }

    @Override
    public Platform platform() {
        return inner.platform();
    }

    @Override
    public MessageRef startThread(ChannelRef channel, Post post) {
        return inner.startThread(channel, redact(post));
    }

    @Override
    public MessageRef reply(ThreadRef thread, Post post) {
        return inner.reply(thread, redact(post));
    }

    @Override
    public void update(MessageRef message, Post post) {
        inner.update(message, redact(post));
    }

    @Override
    public void acknowledge(MessageRef userMessage, String status) {
        inner.acknowledge(userMessage, Redaction.redact(status, held));
    }

    @Override
    public void answer(ChatEvent.Command command, Post post) {
        inner.answer(command, redact(post));
    }

    @Override
    public void whisper(ChatUser user, ThreadRef thread, Post post) {
        inner.whisper(user, thread, redact(post));
    }

    @Override
    public void commandDone(ChatEvent.Command command) {
        inner.commandDone(command);
    }
}
