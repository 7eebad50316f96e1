package dev.baton.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering the package-infos promise: no feature package uses the root ({@code dev.baton.hub}), and each uses
 * only the packages below it ({@code page} → {@code prompts}, {@code turns} → {@code sessions} → {@code access} →
 * {@code daemons} → {@code store}). So a feature's change cannot ripple upwards into the router.
 */
class HubPackagesTest {
    static final Path MAIN = Path.of("src/main/java/dev/baton/hub");
    static final Pattern HUB_TYPE = Pattern.compile("dev\\.baton\\.hub\\.(?:(\\w+)\\.)?[A-Z]");
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("store", Set.of()),
            Map.entry("commands", Set.of()),
            Map.entry("daemons", Set.of("store", "commands")),
            Map.entry("access", Set.of("store", "daemons")),
            Map.entry("sessions", Set.of("store", "daemons", "access", "commands")),
            Map.entry("turns", Set.of("store", "daemons", "access", "sessions")),
            Map.entry("prompts", Set.of("store", "daemons", "access", "sessions")),
            Map.entry("page", Set.of("store", "daemons", "access", "sessions", "turns", "prompts")),
            Map.entry("dashboard", Set.of("store", "daemons", "access", "sessions", "prompts", "page")),
            Map.entry("launch", Set.of("store", "daemons", "access", "commands", "sessions")),
            Map.entry("setup", Set.of()));

    @Test
    void each_feature_package_uses_only_the_packages_below_it() {
        List<String> offenders = MAY_USE.entrySet().stream().flatMap(e -> offenders(e.getKey(), e.getValue()).stream())
                .sorted().toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void every_package_says_what_it_holds_and_may_use() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            assertEquals(List.of(), dirs.filter(Files::isDirectory)
                    .filter(d -> !Files.exists(d.resolve("package-info.java"))).map(Path::toString).toList());
        }
    }

    /** Lines of {@code pkg}'s sources naming a hub type outside {@code pkg} and {@code allowed}. */
    private static List<String> offenders(String pkg, Set<String> allowed) {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream().filter(l -> {
                        Matcher m = HUB_TYPE.matcher(l);
                        while (m.find()) {
                            String used = m.group(1) == null ? "" : m.group(1);
                            if (!used.equals(pkg) && !allowed.contains(used)) {
                                return true;
                            }
                        }
                        return false;
                    }).map(l -> pkg + "/" + p.getFileName() + ": " + l.strip());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
