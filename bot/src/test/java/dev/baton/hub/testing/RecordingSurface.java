package dev.baton.hub.testing;

import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat platform that records every call the hub makes, in order: new threads, replies, edits, acknowledgements,
 * answers and whispers. Message ids are numbers, so a thread's id is its card's id. Thread-safe (recaps post from
 * virtual threads).
 */
public final class RecordingSurface implements ChatSurface {
    /** One call the hub made: what kind, where, what it said, and the id of the message it posted (or empty). */
    public record Call(String kind, String where, Post post, String status, String id) {
        public String text() {
            return switch (post) {
                case null -> status;
                case Post.Text t -> t.text();
                case Post.Code c -> c.title() + "\n" + c.text();
                case Post.Card c -> c.title() + " " + c.fields() + " " + c.footer();
            };
        }
    }

    private final Platform platform;
    private final AtomicInteger ids = new AtomicInteger(100);
    private final List<Call> calls = new ArrayList<>();
    private final List<MessageRef> started = new ArrayList<>();

    public RecordingSurface(Platform platform) {
        this.platform = platform;
    }

    /** Every call so far, oldest first. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The first message of every thread the hub started, oldest first (a thread's id is its first message's). */
    public synchronized List<MessageRef> threadsStarted() {
        return List.copyOf(started);
    }

    /** The calls of one kind ({@code reply}, {@code update}, {@code acknowledge}, …). */
    public List<Call> calls(String kind) {
        return calls().stream().filter(c -> c.kind().equals(kind)).toList();
    }

    /** The acknowledgements of one message, in order. */
    public List<String> acknowledgements(MessageRef message) {
        return calls("acknowledge").stream().filter(c -> c.where().equals(message.thread().key() + "#" + message.id()))
                .map(Call::status).toList();
    }

    /** The texts posted in a thread (replies and whispers), in order. */
    public List<String> texts(ThreadRef thread) {
        return calls().stream().filter(c -> (c.kind().equals("reply") || c.kind().equals("whisper") || c.kind().equals("answer"))
                && c.where().equals(thread.key())).map(Call::text).toList();
    }

    private synchronized void record(String kind, String where, Post post, String status) {
        record(kind, where, post, status, "");
    }

    private synchronized void record(String kind, String where, Post post, String status, String id) {
        calls.add(new Call(kind, where, post, status, id));
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public MessageRef startThread(ChannelRef channel, Post post) {
        String id = Integer.toString(ids.incrementAndGet());
        ThreadRef thread = new ThreadRef(channel, id);
        record("startThread", channel.key(), post, "", id);
        MessageRef card = new MessageRef(thread, id);
        synchronized (this) {
            started.add(card);
        }
        return card;
    }

    @Override
    public MessageRef reply(ThreadRef thread, Post post) {
        String id = Integer.toString(ids.incrementAndGet());
        record("reply", thread.key(), post, "", id);
        return new MessageRef(thread, id);
    }

    @Override
    public void update(MessageRef message, Post post) {
        record("update", message.thread().key() + "#" + message.id(), post, "");
    }

    @Override
    public void acknowledge(MessageRef userMessage, String status) {
        record("acknowledge", userMessage.thread().key() + "#" + userMessage.id(), null, status);
    }

    @Override
    public void answer(ChatEvent.Command command, Post post) {
        record("answer", command.thread().map(ThreadRef::key).orElse(command.channel().key()), post, "");
    }

    @Override
    public void whisper(ChatUser user, ThreadRef thread, Post post) {
        record("whisper", thread.key(), post, "");
    }
}
