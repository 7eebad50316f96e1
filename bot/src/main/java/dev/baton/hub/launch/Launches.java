package dev.baton.hub.launch;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.Post;
import dev.baton.hub.commands.AgentCommand;
import dev.baton.hub.sessions.SessionStarts;

/** {@code /agent run}: the launch with its defaults filled in ({@link LaunchDefaults}), started by {@link SessionStarts}. */
public final class Launches {
    private final LaunchDefaults defaults;
    private final SessionStarts starts;

    public Launches(LaunchDefaults defaults, SessionStarts starts) {
        this.defaults = defaults;
        this.starts = starts;
    }

    public void run(AgentCommand.Run run, ChatEvent.Command c, ChatSurface from) {
        switch (defaults.resolve(run, c.channel(), c.user())) {
            case LaunchDefaults.Resolved ok -> starts.run(ok.run(), c, from);
            case LaunchDefaults.Refused no -> from.answer(c, Post.Text.of(no.reason()));
        }
    }
}
