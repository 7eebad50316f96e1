package dev.baton.hub;

import dev.baton.chat.ChatUser;
import dev.baton.config.Identity;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who a chat user is for commit trailers: the {@code [identities.*]} entry whose {@code web}, {@code slack} or
 * {@code discord} id matches, as {@code Name <email>}. The hub sends it with each turn, answer and start, since the
 * daemon knows only the sender's chat name. Empty when the user has no identity with an email.
 */
final class CoAuthors {
    private final List<Identity> people;

    CoAuthors(Collection<Identity> people) {
        this.people = List.copyOf(people);
    }

    static CoAuthors none() {
        return new CoAuthors(List.of());
    }

    Optional<String> of(ChatUser user) {
        return identity(user.key()).flatMap(Identity::coAuthor);
    }

    /** The {@code [identities.*]} entry of a user key ({@code slack:U123}), if one names it. */
    Optional<Identity> identity(String userKey) {
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
    boolean samePerson(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Optional<Identity> ia = identity(a);
        return ia.isPresent() && ia.equals(identity(b));
    }

    /** {@link #of} as the wire wants it: the empty string for nobody. */
    String wire(ChatUser user) {
        return of(user).orElse("");
    }
}
