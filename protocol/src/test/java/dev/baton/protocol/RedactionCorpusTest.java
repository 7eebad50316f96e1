package dev.baton.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.session.HeldSecrets;
import dev.baton.protocol.session.Redaction;
import dev.baton.protocol.session.StreamMask;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of {@code redaction-corpus.txt}: secrets in «…» are redacted exactly; the negatives come back as they
 * were; the same masked keeps length and line breaks; and streamed in two chunks, cut anywhere, nothing masked whole
 * shows after the cut and no hidden line shows at all.
 */
class RedactionCorpusTest {
    static final List<String> LINES = corpusLines();
    static final HeldSecrets HELD = new HeldSecrets();

    static {
        LINES.stream().filter(l -> l.startsWith("= ")).forEach(l -> HELD.hold(l.substring(2)));
    }

    private static List<String> corpusLines() {
        try (InputStream in = RedactionCorpusTest.class.getResourceAsStream("/redaction-corpus.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = LINES.stream().filter(l -> l.startsWith("+ ") || l.startsWith("- "))
                .map(l -> Arguments.of(l.charAt(0) == '+', l.substring(2).replace("\\n", "\n"))).toList();
        assertTrue(cases.stream().filter(a -> (boolean) a.get()[0]).count() >= 50, "positive cases");
        assertTrue(cases.stream().filter(a -> !(boolean) a.get()[0]).count() >= 35, "negative cases");
        assertTrue(HELD.values().size() >= 3, "held values");
        return cases.stream();
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("corpus")
    void the_corpus(boolean secret, String line) {
        String input = line.replace("«", "").replace("»", "");
        String expected = line.replaceAll("(?s)«.*?»", Redaction.MARK);
        assertEquals(secret, !input.equals(expected), "a + case marks a secret with «…», a - case none");
        assertEquals(expected, Redaction.redact(input, HELD));
        if (HELD.values().stream().noneMatch(v -> input.replace("\n", "").contains(v))) {
            assertEquals(expected, Redaction.redact(input), "patterns alone catch every case without a held value");
        }
        String masked = Redaction.mask(input, HELD);
        assertEquals(input.length(), masked.length(), "masking keeps the length: " + masked);
        assertEquals(input.lines().count(), masked.lines().count(), "and the line breaks");
        assertEquals(secret, !masked.equals(input), masked);
        assertHidden(line, masked);
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("corpus")
    void the_corpus_streamed_in_two_chunks_cut_anywhere(boolean secret, String line) {
        String input = line.replace("«", "").replace("»", "");
        String whole = Redaction.mask(input, HELD);
        for (int cut = 1; cut < input.length(); cut++) {
            StreamMask stream = new StreamMask(HELD);
            String first = stream.next(input.substring(0, cut), false);
            String second = stream.next(input.substring(cut), false);
            String streamed = first + second;
            assertEquals(input.length(), streamed.length(), "cut at " + cut);
            for (int i = cut; i < input.length(); i++) {
                if (whole.charAt(i) == '*') {
                    assertEquals('*', streamed.charAt(i), "cut at " + cut + ", masked after the cut: " + streamed);
                }
            }
            assertHidden(line, streamed);
        }
    }

    /** No line of 8 or more characters of a «…» part shows in {@code out}. */
    private static void assertHidden(String line, String out) {
        for (String part : line.split("«")) {
            if (part.contains("»")) {
                String hidden = part.substring(0, part.indexOf('»')).replace("\\n", "\n");
                hidden.lines().filter(l -> l.length() >= 8).forEach(l -> assertTrue(!out.contains(l), "hidden: " + out));
            }
        }
    }
}
