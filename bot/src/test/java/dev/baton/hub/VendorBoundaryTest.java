package dev.baton.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hub core sees chat only through the neutral port: no source in {@code bot} imports a chat vendor's SDK
 * (Slack's {@code com.slack.*}, Discord's JDA). The Slack adapter is reached through {@code SlackChat} alone.
 */
class VendorBoundaryTest {
    private static final Pattern VENDOR = Pattern.compile("^import\\s+(static\\s+)?(com\\.slack|net\\.dv8tion)\\.");

    @Test
    void the_hub_never_imports_a_chat_vendors_sdk() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(VendorBoundaryTest::importsVendor)
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean importsVendor(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> VENDOR.matcher(l.strip()).find()
                    || l.contains("com.slack.api."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
