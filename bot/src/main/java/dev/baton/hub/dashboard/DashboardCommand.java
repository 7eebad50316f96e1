package dev.baton.hub.dashboard;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.Post;
import dev.baton.chat.ThreadRef;
import dev.baton.hub.page.PageAddress;

/** {@code /agent dashboard}: whispers the asker their personal dashboard link, in the thread or channel asked. */
public final class DashboardCommand {
    private final PageAddress address;

    public DashboardCommand(PageAddress address) {
        this.address = address;
    }

    public void whisper(ChatEvent.Command c, ChatSurface from) {
        long hours = address.ttl().toHours();
        String life = hours >= 1 ? hours + " h" : address.ttl().toMinutes() + " min";
        ThreadRef where = c.thread().orElseGet(() -> new ThreadRef(c.channel(), c.replyTo()));
        from.whisper(c.user(), where, Post.Text.of("Your dashboard: every session you may see, live (only for you; "
                + "it expires in " + life + "): " + address.dashboardFor(c.user())));
    }
}
