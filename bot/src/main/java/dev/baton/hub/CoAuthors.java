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
        return people.stream().filter(i -> switch (user.platform()) {
            case WEB -> i.web().filter(user.id()::equals).isPresent();
            case SLACK -> i.slack().filter(user.id()::equals).isPresent();
            case DISCORD -> i.discord().filter(user.id()::equals).isPresent();
        }).findFirst().flatMap(Identity::coAuthor);
    }

    /** {@link #of} as the wire wants it: the empty string for nobody. */
    String wire(ChatUser user) {
        return of(user).orElse("");
    }
}
