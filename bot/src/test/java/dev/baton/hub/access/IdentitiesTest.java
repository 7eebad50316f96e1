package dev.baton.hub.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Platform;
import dev.baton.config.Identity;
import dev.baton.protocol.session.CoAuthor;
import dev.baton.protocol.session.Sender;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who a chat user is on the wire and on commits. */
class IdentitiesTest {
    @Test
    void a_sender_is_the_platform_and_the_name_people_know() {
        assertEquals(Sender.parse("slack:Ana Lima"), Identities.sender(new ChatUser(Platform.SLACK, "U0ANA", "Ana Lima")));
        assertEquals(Sender.parse("discord:bob"), Identities.sender(new ChatUser(Platform.DISCORD, "42", "bob")));
        assertEquals(128, Identities.sender(new ChatUser(Platform.WEB, "x", "n".repeat(300))).user().length(),
                "a long display name is cut, never refused");
    }

    @Test
    void the_same_person_on_two_platforms_is_one_co_author() {
        Identity ana = new Identity("ana", Optional.of("Ana Lima"), Optional.of("U0ANA"), Optional.empty(),
                Optional.empty(), Optional.of("ana@example.com"), Optional.of("ana"));
        Identities ids = new Identities(List.of(ana));
        assertTrue(ids.samePerson("web:ana", "slack:U0ANA"));
        assertEquals(CoAuthor.find("Ana Lima <ana@example.com>"), ids.coAuthor(new ChatUser(Platform.WEB, "ana", "ana")));
        assertEquals(Optional.empty(), ids.coAuthor(new ChatUser(Platform.WEB, "bob", "bob")));
    }

    @Test
    void without_an_email_the_co_author_is_the_github_noreply_address_exact_with_the_id_else_by_login() {
        Identity ana = new Identity("ana", Optional.of("Ana Lima"), Optional.empty(), Optional.empty(),
                Optional.of("analima"), Optional.empty(), Optional.of("ana"), Optional.of(1234567L),
                Optional.empty());
        Identity bob = new Identity("bob", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("bobb"), Optional.empty(), Optional.of("bob"));
        Identity cid = new Identity("cid", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("cidx"), Optional.of("cid@example.com"), Optional.of("cid"));
        Identities ids = new Identities(List.of(ana, bob, cid));
        assertEquals(CoAuthor.find("Ana Lima <1234567+analima@users.noreply.github.com>"),
                ids.coAuthor(new ChatUser(Platform.WEB, "ana", "ana")));
        assertEquals(CoAuthor.find("bob <bobb@users.noreply.github.com>"), ids.coAuthor(new ChatUser(Platform.WEB, "bob", "bob")));
        assertEquals(CoAuthor.find("cid <cid@example.com>"), ids.coAuthor(new ChatUser(Platform.WEB, "cid", "cid")),
                "a configured email wins");
    }

    @Test
    void a_sender_with_a_github_login_is_attributed_with_at_login() {
        Identity ana = new Identity("ana", Optional.of("Ana Lima"), Optional.empty(), Optional.empty(),
                Optional.of("analima"), Optional.empty(), Optional.of("ana"));
        Identities ids = new Identities(List.of(ana));
        assertEquals("ana (web) @analima", ids.attributed("web:ana", "ana (web)"));
        assertEquals("bob (web)", ids.attributed("web:bob", "bob (web)"));
    }
}
