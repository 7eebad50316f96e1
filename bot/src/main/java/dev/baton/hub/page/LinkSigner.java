package dev.baton.hub.page;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints and verifies session page links: {@code base64url(session \n platform \n user id \n name \n expiry)} dot
 * {@code base64url(HMAC-SHA256)}. The key is 32 random bytes in {@code page-link.key} in the hub's folder, mode 0600,
 * made on first use; deleting it revokes every link. A link is bound to one user and one session and expires.
 */
public final class LinkSigner {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String DASHBOARD = "dashboard";
    private final byte[] key;
    private final Clock clock;

    /** The outcome of checking a presented link. */
    public sealed interface Check {
        record Valid(PageLink link) implements Check {}

        record Invalid(String reason) implements Check {}
    }

    LinkSigner(byte[] key, Clock clock) {
        this.key = key.clone();
        this.clock = clock;
    }

    /** Loads the key from {@code dir/page-link.key}, making it (0600) if missing; refuses a key others can read. */
    public static LinkSigner open(Path dir, Clock clock) {
        Path file = dir.resolve("page-link.key");
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Path tmp = Files.createTempFile(dir, "page-link", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.write(tmp, fresh);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                throw new IllegalStateException(file + " is readable by others (mode "
                        + PosixFilePermissions.toString(perms) + "); run: chmod 600 " + file);
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length < 32) {
                throw new IllegalStateException(file + " is too short to be a link key; delete it and a new one is made");
            }
            return new LinkSigner(key, clock);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The key as it would show if printed: hex (as {@code xxd -p} or {@code od} give it), base64 (as {@code base64}
     * does) and base64url, and its raw bytes read as ISO-8859-1 (as the PTY stream carries them). For redaction.
     */
    public java.util.List<String> printedKey() {
        return java.util.List.of(java.util.HexFormat.of().formatHex(key), Base64.getEncoder().encodeToString(key),
                B64.encodeToString(key), new String(key, StandardCharsets.ISO_8859_1));
    }

    public String mint(String sessionId, ChatUser user, Duration ttl) {
        long expires = clock.millis() + ttl.toMillis();
        String payload = String.join("\n", sessionId, user.platform().wire(), user.id(), user.name(), Long.toString(expires));
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(body) + "." + B64.encodeToString(mac(body));
    }

    public Check verify(String token) {
        return check(token, 5, "not a session link", "/agent link in the session's thread");
    }

    /**
     * A dashboard link: bound to one user and no session. Its body has six fields ({@code dashboard}, an empty
     * field, then the user and expiry), so it is never a valid session link, nor a session link a dashboard link.
     */
    public String mintDashboard(ChatUser user, Duration ttl) {
        long expires = clock.millis() + ttl.toMillis();
        String payload = String.join("\n", DASHBOARD, "", user.platform().wire(), user.id(), user.name(),
                Long.toString(expires));
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(body) + "." + B64.encodeToString(mac(body));
    }

    /** Checks a dashboard link; a valid one reads as a {@link PageLink} with an empty session id. */
    public Check verifyDashboard(String token) {
        return check(token, 6, "not a dashboard link", "/agent dashboard");
    }

    private Check check(String token, int fields, String notOurs, String renew) {
        if (token == null || token.length() > 2048) {
            return new Check.Invalid(notOurs);
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return new Check.Invalid(notOurs);
        }
        byte[] body;
        byte[] sig;
        try {
            body = Base64.getUrlDecoder().decode(token.substring(0, dot));
            sig = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return new Check.Invalid(notOurs);
        }
        if (!MessageDigest.isEqual(sig, mac(body))) {
            return new Check.Invalid("this link was not issued by this hub (or was altered)");
        }
        String[] f = new String(body, StandardCharsets.UTF_8).split("\n", -1);
        if (f.length != fields || fields == 6 && !(f[0].equals(DASHBOARD) && f[1].isEmpty())) {
            return new Check.Invalid(notOurs);
        }
        int u = fields - 4;
        long expires;
        ChatUser user;
        try {
            expires = Long.parseLong(f[u + 3]);
            user = new ChatUser(Platform.fromWire(f[u]), f[u + 1], f[u + 2]);
        } catch (RuntimeException e) {
            return new Check.Invalid(notOurs);
        }
        PageLink link = new PageLink(fields == 6 ? "" : f[0], user, expires);
        if (link.expired(clock.millis())) {
            return new Check.Invalid("this link has expired; ask for a new one with " + renew);
        }
        return new Check.Valid(link);
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
