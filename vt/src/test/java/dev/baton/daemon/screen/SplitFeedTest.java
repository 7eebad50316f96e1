package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SplitFeedTest {

    @Test
    void feeding_byte_by_byte_equals_feeding_at_once() {
        byte[] stream = MixedStreams.kitchenSink(42, 20_000).getBytes(StandardCharsets.UTF_8);
        Vt whole = new Vt(90, 30);
        whole.model.feed(stream, 0, stream.length);
        Vt single = new Vt(90, 30);
        for (int i = 0; i < stream.length; i++) {
            single.model.feed(stream, i, 1);
        }
        assertEquals(whole.snap(), single.snap());
        assertEquals(whole.model.repaintAnsi(), single.model.repaintAnsi());
        assertEquals(whole.oscs, single.oscs);
    }

    @Test
    void feeding_random_chunks_equals_feeding_at_once() {
        byte[] stream = MixedStreams.kitchenSink(7, 20_000).getBytes(StandardCharsets.UTF_8);
        Vt whole = new Vt(90, 30);
        whole.model.feed(stream, 0, stream.length);
        Vt chunked = new Vt(90, 30);
        Random r = new Random(1);
        for (int i = 0; i < stream.length; ) {
            int n = Math.min(stream.length - i, 1 + r.nextInt(17));
            chunked.model.feed(stream, i, n);
            i += n;
        }
        assertEquals(whole.snap(), chunked.snap());
    }
}
