package dev.baton.hub.sessions;

import dev.baton.chat.Post;
import dev.baton.hub.store.HubSession;
import java.util.ArrayList;
import java.util.List;

/** The session's status card: name, agent, repo, branch, daemon, state and who started it; edited in place. */
public final class StatusCard {
    private StatusCard() {}

    public static Post.Card render(HubSession s, boolean daemonOnline) {
        return render(s, daemonOnline, java.util.Set.of());
    }

    /** With the attention layers that have spoken so far ({@code hook, screen}): which detection is alive. */
    public static Post.Card render(HubSession s, boolean daemonOnline, java.util.Set<String> layers) {
        return render(s, daemonOnline, layers, "");
    }

    /** With the sandbox and permission mode the agent runs in, as the daemon reported it (empty: not known yet). */
    public static Post.Card render(HubSession s, boolean daemonOnline, java.util.Set<String> layers, String mode) {
        return render(s, daemonOnline, layers, mode, UsageTotal.NONE);
    }

    /** With what the session has cost so far ({@link UsageTotal#NONE}: nothing counted yet, no Cost field). */
    public static Post.Card render(HubSession s, boolean daemonOnline, java.util.Set<String> layers, String mode,
                                   UsageTotal cost) {
        List<Post.Field> fields = new ArrayList<>();
        fields.add(new Post.Field("State", s.state().glyph() + " " + s.stateWords()
                + (daemonOnline || s.ended() ? "" : " (daemon offline)")));
        if (!s.attention().isEmpty()) {
            fields.add(new Post.Field("Attention", s.attention()));
        }
        fields.add(new Post.Field("Agent", s.agent()));
        if (!mode.isEmpty()) {
            fields.add(new Post.Field("Mode", mode));
        }
        fields.add(new Post.Field("Repo", s.repo()));
        fields.add(new Post.Field("Branch", s.branch().isEmpty() ? "(creating)" : s.branch() + " from " + s.baseBranch()));
        fields.add(new Post.Field("Daemon", s.daemon()));
        fields.add(new Post.Field("Owner", s.upForGrabs() ? "up for grabs" : s.ownerName()));
        fields.add(new Post.Field("Turns", Long.toString(s.turns())));
        if (!cost.none()) {
            fields.add(new Post.Field("Cost", cost.words()));
        }
        if (!layers.isEmpty()) {
            fields.add(new Post.Field("Signals", String.join(", ", new java.util.TreeSet<>(layers))));
        }
        List<Post.Button> buttons = s.ended() ? List.of() : List.of(
                new Post.Button("Screen", "screen", s.id().value(), Post.Style.DEFAULT),
                new Post.Button("Diff", "diff", s.id().value(), Post.Style.DEFAULT),
                new Post.Button("Kill", "kill", s.id().value(), Post.Style.DANGER));
        String footer = s.ended() ? "This session has ended." : "Reply in this thread to talk to the agent · !aside to chat without it · /agent help";
        return new Post.Card("Session " + s.name(), fields, buttons, footer);
    }
}
