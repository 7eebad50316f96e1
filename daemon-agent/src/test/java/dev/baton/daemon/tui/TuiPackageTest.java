package dev.baton.daemon.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The boundaries package-info promises: the TUI reaches the daemon only through its port, and JLine stays in it. */
class TuiPackageTest {
    static final Path MAIN = Path.of("src/main/java/dev/baton/daemon");

    @Test
    void the_tui_uses_no_daemon_package_only_the_protocol_and_jline() throws IOException {
        assertEquals(List.of(), lines(MAIN.resolve("tui"), l -> l.startsWith("import dev.baton.")
                && !l.startsWith("import dev.baton.protocol.")));
    }

    @Test
    void jline_types_appear_only_in_the_tui_package() throws IOException {
        assertEquals(List.of(), lines(MAIN, l -> l.contains("org.jline.")).stream()
                .filter(l -> !l.startsWith("tui/")).toList());
    }

    private static List<String> lines(Path dir, java.util.function.Predicate<String> bad) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream().map(String::strip).filter(bad)
                            .map(l -> MAIN.relativize(p) + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
