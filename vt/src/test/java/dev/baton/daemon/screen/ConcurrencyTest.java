package dev.baton.daemon.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    @Test
    void snapshots_and_resizes_during_feed_are_consistent() throws Exception {
        ScreenModel model = ScreenModel.create(90, 30, null);
        byte[] stream = MixedStreams.kitchenSink(3, 5000).getBytes(StandardCharsets.UTF_8);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger snapshots = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try {
                int k = 0;
                while (!done.get()) {
                    ScreenSnapshot s = model.snapshot();
                    assertEquals(s.rows(), s.lines().size());
                    assertTrue(s.cursorRow() < s.rows() && s.cursorCol() < s.cols());
                    model.repaintAnsi();
                    if (++k % 50 == 0) {
                        model.resize(60 + k % 40, 20 + k % 15);
                    }
                    snapshots.incrementAndGet();
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < stream.length; i += 4096) {
                model.feed(stream, i, Math.min(4096, stream.length - i));
            }
        }
        done.set(true);
        reader.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertTrue(snapshots.get() > 0);
    }
}
