package dev.baton.hub.access;

import dev.baton.chat.ChatUser;
import dev.baton.config.Identity;
import dev.baton.protocol.session.CoAuthor;
import dev.baton.protocol.session.Sender;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who a chat user is beyond the chat: the {@link Sender} the daemon records them as ({@code slack:Ana}), and, from
 * the {@code [identities.*]} entry whose {@code web}, {@code slack} or {@code discord} id matches, the
 * {@code Name <email>} they are credited as on commits (the hub sends it with each turn, answer and start, since the
 * daemon knows only the sender's chat name) and whether two accounts are one person.
 */
public final class Identities {
    private final List<Identity> people;

    public Identities(Collection<Identity> people) {
        this.people = List.copyOf(people);
    }

    public static Identities none() {
        return new Identities(List.of());
    }

    /** The hub itself, as the actor of what it decides (an owner who left, say). */
    public static final Sender HUB = new Sender(Sender.Surface.HUB, "baton");

    /**
     * The one place a chat user becomes a sender: the platform and the name people know them by (cut to the 128
     * characters a sender may have).
     */
    public static Sender sender(ChatUser user) {
        String name = user.name().length() > 128 ? user.name().substring(0, 128) : user.name();
        return new Sender(Sender.Surface.valueOf(user.platform().name()), name);
    }

    /**
     * How a sender reads in attributions (transcript, session page): their name, then {@code @login} when their
     * {@code [identities.*]} entry names a GitHub login ({@code Ana Lima (web) @analima}).
     */
    public String attributed(String userKey, String who) {
        return identity(userKey).flatMap(Identity::githubHandle).map(h -> who + " " + h).orElse(who);
    }

    /** The user's co-author on commits; empty when they have no identity with an email or a GitHub login. */
    public Optional<CoAuthor> coAuthor(ChatUser user) {
        return identity(user.key()).flatMap(Identity::coAuthor).flatMap(CoAuthor::find);
    }

    /** The {@code [identities.*]} entry of a user key ({@code slack:U123}), if one names it. */
    public Optional<Identity> identity(String userKey) {
        int colon = userKey.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String platform = userKey.substring(0, colon);
        String id = userKey.substring(colon + 1);
        return people.stream().filter(i -> switch (platform) {
            case "web" -> i.web().filter(id::equals).isPresent();
            case "slack" -> i.slack().filter(id::equals).isPresent();
            case "discord" -> i.discord().filter(id::equals).isPresent();
            default -> false;
        }).findFirst();
    }

    /**
     * Whether two user keys are one person: the same key, or two platforms' accounts named by one
     * {@code [identities.*]} entry (so the owner of a web session is its owner from Slack or Discord too).
     */
    public boolean samePerson(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Optional<Identity> ia = identity(a);
        return ia.isPresent() && ia.equals(identity(b));
    }
}
