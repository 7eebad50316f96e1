package dev.baton.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.session.Redaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of {@code redaction-corpus.txt}: secrets in «…» are redacted exactly; the negatives come back as they were. */
class RedactionCorpusTest {

    static Stream<Arguments> corpus() throws IOException {
        String text;
        try (InputStream in = RedactionCorpusTest.class.getResourceAsStream("/redaction-corpus.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> cases = text.lines().filter(l -> l.startsWith("+ ") || l.startsWith("- "))
                .map(l -> Arguments.of(l.charAt(0) == '+', l.substring(2).replace("\\n", "\n"))).toList();
        assertTrue(cases.stream().filter(a -> (boolean) a.get()[0]).count() >= 25, "positive cases");
        assertTrue(cases.stream().filter(a -> !(boolean) a.get()[0]).count() >= 20, "negative cases");
        return cases.stream();
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("corpus")
    void the_corpus(boolean secret, String line) {
        String input = line.replace("«", "").replace("»", "");
        String expected = line.replaceAll("(?s)«.*?»", Redaction.MARK);
        assertEquals(secret, !input.equals(expected), "a + case marks a secret with «…», a - case none");
        assertEquals(expected, Redaction.redact(input));
        String masked = Redaction.mask(input);
        assertEquals(input.length(), masked.length(), "masking keeps the length: " + masked);
        assertEquals(input.lines().count(), masked.lines().count(), "and the line breaks");
        assertEquals(secret, !masked.equals(input), masked);
        if (secret) {
            for (String part : line.split("«")) {
                if (part.contains("»")) {
                    String hidden = part.substring(0, part.indexOf('»'));
                    hidden.lines().filter(l -> l.length() >= 8).forEach(l -> assertTrue(!masked.contains(l), "masked: " + masked));
                }
            }
        }
    }
}
