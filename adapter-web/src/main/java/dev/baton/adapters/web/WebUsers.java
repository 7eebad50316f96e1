package dev.baton.adapters.web;

import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.ThreadRef;

/** How web chat names and ids map onto the neutral port's typed refs. The web chat has no accounts: a name is the id. */
final class WebUsers {
    private WebUsers() {}

    static ChatUser user(String name) {
        return new ChatUser(Platform.WEB, name, name);
    }

    static ChannelRef channel(String id) {
        return new ChannelRef(Platform.WEB, id);
    }

    static ThreadRef thread(StoredMessage m) {
        return new ThreadRef(channel(m.channel()), m.thread());
    }

    static MessageRef message(StoredMessage m) {
        return new MessageRef(thread(m), m.id());
    }
}
