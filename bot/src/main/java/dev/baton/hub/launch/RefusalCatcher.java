package dev.baton.hub.launch;

import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import java.util.Optional;

/**
 * A platform for a dialog's launch: posts go through to the real one, but an answer to the (synthetic) command is a
 * refusal, kept to be shown as an inline error instead of a message nobody asked for.
 */
final class RefusalCatcher implements ChatSurface {
    private final ChatSurface real;
    private Optional<String> refusal = Optional.empty();

    RefusalCatcher(ChatSurface real) {
        this.real = real;
    }

    Optional<String> refusal() {
        return refusal;
    }

    @Override
    public Platform platform() {
        return real.platform();
    }

    @Override
    public MessageRef startThread(ChannelRef channel, Post post) {
        return real.startThread(channel, post);
    }

    @Override
    public MessageRef reply(ThreadRef thread, Post post) {
        return real.reply(thread, post);
    }

    @Override
    public void update(MessageRef message, Post post) {
        real.update(message, post);
    }

    @Override
    public void acknowledge(MessageRef userMessage, String status) {
        real.acknowledge(userMessage, status);
    }

    @Override
    public void answer(ChatEvent.Command command, Post post) {
        refusal = Optional.of(post instanceof Post.Text t ? t.text() : "The session could not start.");
    }

    @Override
    public void whisper(ChatUser user, ThreadRef thread, Post post) {
        real.whisper(user, thread, post);
    }
}
