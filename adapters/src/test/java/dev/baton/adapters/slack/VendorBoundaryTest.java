package dev.baton.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The neutral port and the web chat never see a Slack SDK type; only {@code dev.baton.adapters.slack} does. */
class VendorBoundaryTest {
    static final Path MAIN = Path.of("src/main/java/dev/baton");

    @Test
    void only_the_slack_adapter_imports_the_slack_sdk() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(MAIN.resolve("adapters/slack")))
                    .filter(VendorBoundaryTest::importsSlack)
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void the_slack_adapters_public_api_names_no_slack_sdk_type() throws Exception {
        for (Class<?> type : List.of(SlackChat.class, SlackOptions.class, SlackException.class)) {
            for (var m : type.getMethods()) {
                for (Class<?> t : Stream.concat(Stream.of(m.getReturnType()), Stream.of(m.getParameterTypes())).toList()) {
                    assertEquals(false, t.getName().startsWith("com.slack."), type.getSimpleName() + "." + m.getName());
                }
            }
        }
    }

    static boolean importsSlack(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("import com.slack.")
                    || l.startsWith("import static com.slack."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
