package dev.baton.chat;

/** Where adapters deliver translated events: the hub. Must return quickly; the work happens elsewhere. */
@FunctionalInterface
public interface ChatInbound {
    void accept(ChatEvent event, ChatSurface from);
}
