package dev.baton.adapters.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The web chat's team mode ({@code [web] accounts = true}): one personal, revocable token per person, kept as
 * {@code name sha256(token)} lines in {@code web-accounts} (mode 0600) in the hub's folder. Only the hash is stored;
 * the file is read on every check, so {@code bin/baton user revoke NAME} takes effect at the next request.
 */
public final class WebAccounts {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path file;

    public WebAccounts(Path dir) {
        this.file = dir.resolve("web-accounts");
    }

    /** Makes {@code name}'s token (replacing any earlier one, which stops working) and returns it: shown once. */
    public synchronized String add(String name) {
        String checked = ChatLimits.userName(Optional.of(name));
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = "u_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Map<String, String> all = read();
        all.put(checked, hash(token));
        write(all);
        return token;
    }

    /** Revokes {@code name}'s token; false if they had none. */
    public synchronized boolean revoke(String name) {
        Map<String, String> all = read();
        boolean had = all.remove(name) != null;
        if (had) {
            write(all);
        }
        return had;
    }

    public synchronized List<String> names() {
        return List.copyOf(read().keySet());
    }

    /** Whose token this is, if anyone's (compared as hashes, in constant time per entry). */
    public Optional<String> who(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 256) {
            return Optional.empty();
        }
        byte[] h = HexFormat.of().parseHex(hash(presented));
        Optional<String> found = Optional.empty();
        for (Map.Entry<String, String> e : read().entrySet()) {
            if (MessageDigest.isEqual(h, HexFormat.of().parseHex(e.getValue()))) {
                found = Optional.of(e.getKey());
            }
        }
        return found;
    }

    private Map<String, String> read() {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0 && line.length() - tab - 1 == 64) {
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void write(Map<String, String> all) {
        List<String> lines = new ArrayList<>();
        all.forEach((n, h) -> lines.add(n + "\t" + h));
        try {
            Path tmp = Files.createTempFile(file.getParent(), "web-accounts", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
