package dev.baton.hub.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Platform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkSignerTest {
    static final ChatUser ANA = new ChatUser(Platform.WEB, "ana", "ana");
    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    @TempDir
    Path dir;

    private LinkSigner at(Instant t) {
        return LinkSigner.open(dir, Clock.fixed(t, ZoneOffset.UTC));
    }

    private static String reason(LinkSigner.Check c) {
        return assertInstanceOf(LinkSigner.Check.Invalid.class, c).reason();
    }

    @Test
    void a_link_is_bound_to_its_user_and_session_and_kept_in_a_0600_key() throws Exception {
        String token = at(NOW).mint("s-1", ANA, Duration.ofHours(1));
        PageLink link = assertInstanceOf(LinkSigner.Check.Valid.class, at(NOW).verify(token)).link();
        assertEquals(new PageLink("s-1", ANA, NOW.plus(Duration.ofHours(1)).toEpochMilli()), link);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("page-link.key"))));
    }

    @Test
    void an_expired_link_is_refused() {
        String token = at(NOW).mint("s-1", ANA, Duration.ofMinutes(5));
        assertTrue(reason(at(NOW.plus(Duration.ofMinutes(5))).verify(token)).contains("expired"));
    }

    @Test
    void a_forged_link_is_refused_whatever_part_was_changed() {
        String token = at(NOW).mint("s-1", ANA, Duration.ofHours(1));
        String body = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String sig = token.substring(token.indexOf('.'));
        for (String changed : new String[] {body.replace("\nana\nana\n", "\nbob\nbob\n"), body.replace("s-1", "s-2"),
                body.replaceAll("\\d+$", "9999999999999")}) {
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + sig;
            assertTrue(reason(at(NOW).verify(forged)).contains("not issued by this hub"), changed);
        }
        for (String junk : new String[] {"", "x", "a.b.c", "!!.!!", token + "x"}) {
            assertInstanceOf(LinkSigner.Check.Invalid.class, at(NOW).verify(junk), junk);
        }
    }

    @Test
    void another_hubs_links_and_other_users_links_do_not_transfer() throws Exception {
        String token = at(NOW).mint("s-1", ANA, Duration.ofHours(1));
        Path other = Files.createDirectory(dir.resolve("other"));
        assertTrue(reason(LinkSigner.open(other, Clock.fixed(NOW, ZoneOffset.UTC)).verify(token)).contains("not issued"));
        String bobs = at(NOW).mint("s-1", new ChatUser(Platform.WEB, "bob", "bob"), Duration.ofHours(1));
        assertEquals("web:bob", assertInstanceOf(LinkSigner.Check.Valid.class, at(NOW).verify(bobs)).link().user().key(),
                "a link always acts as the user it was minted for, never as whoever holds another");
    }

    @Test
    void a_key_others_can_read_is_refused() throws Exception {
        at(NOW);
        Files.setPosixFilePermissions(dir.resolve("page-link.key"), PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(assertThrows(IllegalStateException.class, () -> at(NOW)).getMessage().contains("chmod 600"));
    }

    @Test
    void a_dashboard_link_is_bound_to_its_user_and_is_never_a_session_link_nor_the_reverse() {
        String dashboard = at(NOW).mintDashboard(ANA, Duration.ofHours(1));
        PageLink link = assertInstanceOf(LinkSigner.Check.Valid.class, at(NOW).verifyDashboard(dashboard)).link();
        assertEquals(new PageLink("", ANA, NOW.plus(Duration.ofHours(1)).toEpochMilli()), link);
        assertTrue(reason(at(NOW).verify(dashboard)).contains("not a session link"));
        String session = at(NOW).mint("dashboard", ANA, Duration.ofHours(1));
        assertTrue(reason(at(NOW).verifyDashboard(session)).contains("not a dashboard link"));
        assertTrue(reason(at(NOW.plus(Duration.ofHours(1))).verifyDashboard(dashboard)).contains("/agent dashboard"));
        String body = new String(Base64.getUrlDecoder().decode(dashboard.substring(0, dashboard.indexOf('.'))),
                StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(body.replace("\nana\nana\n", "\nbob\nbob\n")
                .getBytes(StandardCharsets.UTF_8)) + dashboard.substring(dashboard.indexOf('.'));
        assertTrue(reason(at(NOW).verifyDashboard(forged)).contains("not issued by this hub"));
    }
}
