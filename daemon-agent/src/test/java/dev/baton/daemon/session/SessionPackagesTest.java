package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout the package-infos promise: the session's parts never reach back into the actor's package. Attention
 * detection depends on no session package at all, and input only on output (the event stream).
 */
class SessionPackagesTest {
    static final Path MAIN = Path.of("src/main/java/dev/baton/daemon");
    static final Pattern SESSION = Pattern.compile("dev\\.baton\\.daemon\\.session(\\.\\w+)*\\.[A-Z]");

    @Test
    void attention_detection_uses_no_session_package() throws IOException {
        assertEquals(List.of(), offenders("attention", "dev.baton.daemon.session."));
    }

    @Test
    void session_input_uses_only_the_output_event_stream() throws IOException {
        assertEquals(List.of(), offenders("session/input", "dev.baton.daemon.session.",
                "dev.baton.daemon.session.input.", "dev.baton.daemon.session.output."));
    }

    @Test
    void session_output_uses_no_other_session_package() throws IOException {
        assertEquals(List.of(), offenders("session/output", "dev.baton.daemon.session.",
                "dev.baton.daemon.session.output."));
    }

    /** Lines in {@code dir}'s sources that name a type under {@code banned}, unless it is under {@code allowed}. */
    private static List<String> offenders(String dir, String banned, String... allowed) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(dir))) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> lines(p).stream()
                    .filter(l -> SESSION.matcher(l).find())
                    .filter(l -> uses(l, banned, allowed))
                    .map(l -> p.getFileName() + ": " + l.strip())).toList();
        }
    }

    private static boolean uses(String line, String banned, String... allowed) {
        var m = SESSION.matcher(line);
        while (m.find()) {
            String name = m.group();
            if (name.startsWith(banned) && Stream.of(allowed).noneMatch(name::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
