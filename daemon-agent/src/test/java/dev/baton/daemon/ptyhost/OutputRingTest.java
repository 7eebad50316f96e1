package dev.baton.daemon.ptyhost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.testing.Eventually;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OutputRingTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static String peek(OutputRing ring, int max) throws InterruptedException {
        byte[] into = new byte[max];
        int n = ring.peek(into, 0);
        return n <= 0 ? "" : new String(into, 0, n, StandardCharsets.US_ASCII);
    }

    @Test
    void bytes_come_out_in_order_and_only_committed_ones_are_consumed() throws Exception {
        OutputRing ring = new OutputRing(16, 0);
        ring.append(bytes("hello "), 0, 6);
        ring.append(bytes("world"), 0, 5);
        assertEquals("hello ", peek(ring, 6));
        assertEquals("hello ", peek(ring, 6), "a peek without a commit consumes nothing");
        ring.commit(6);
        assertEquals("world", peek(ring, 64));
        ring.commit(5);
        assertEquals(0, ring.buffered());
    }

    @Test
    void an_overflow_drops_the_oldest_bytes_and_counts_them() throws Exception {
        OutputRing ring = new OutputRing(8, 0);
        ring.append(bytes("abcdef"), 0, 6);
        ring.append(bytes("ghijkl"), 0, 6);
        assertEquals(4, ring.takeLost());
        assertEquals(0, ring.takeLost(), "reported once");
        assertEquals("efghijkl", peek(ring, 64));
    }

    @Test
    void a_chunk_larger_than_the_ring_keeps_its_tail() throws Exception {
        OutputRing ring = new OutputRing(4, 0);
        ring.append(bytes("xy"), 0, 2);
        ring.append(bytes("0123456789"), 0, 10);
        assertEquals(8, ring.takeLost());
        assertEquals("6789", peek(ring, 64));
    }

    @Test
    void a_commit_after_an_overflow_during_the_send_does_not_consume_newer_bytes() throws Exception {
        OutputRing ring = new OutputRing(8, 0);
        ring.append(bytes("abcd"), 0, 4);
        assertEquals("abcd", peek(ring, 4));
        ring.append(bytes("efghij"), 0, 6); // drops "ab" while "abcd" is on its way
        ring.commit(4);
        assertEquals(2, ring.takeLost());
        assertEquals("efghij", peek(ring, 64));
    }

    @Test
    void the_buffer_grows_past_its_first_size_and_keeps_wrapped_bytes_in_order() throws Exception {
        OutputRing ring = new OutputRing(1 << 20, 0);
        byte[] chunk = new byte[48 * 1024];
        byte[] all = new byte[chunk.length * 4];
        for (int i = 0; i < 4; i++) {
            Arrays.fill(chunk, (byte) ('a' + i));
            System.arraycopy(chunk, 0, all, i * chunk.length, chunk.length);
            ring.append(chunk, 0, chunk.length);
            if (i == 0) {
                byte[] first = new byte[1000];
                ring.peek(first, 0);
                ring.commit(1000); // moves the start so later growth has to unwrap
            }
        }
        byte[] out = new byte[all.length];
        int n = ring.peek(out, 0);
        assertEquals(all.length - 1000, n);
        assertArrayEquals(Arrays.copyOfRange(all, 1000, all.length), Arrays.copyOf(out, n));
        assertEquals(0, ring.takeLost());
    }

    @Test
    void a_full_ring_makes_the_reader_wait_for_an_attached_consumer_that_keeps_draining() throws Exception {
        OutputRing ring = new OutputRing(8, 10_000);
        ring.consumer(true);
        ring.append(bytes("abcdefgh"), 0, 8);
        Thread reader = Thread.ofPlatform().start(() -> {
            try {
                ring.append(bytes("ijkl"), 0, 4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Eventually.await("the reader to wait for space", Duration.ofSeconds(5),
                () -> reader.getState() == Thread.State.TIMED_WAITING);
        assertEquals("abcd", peek(ring, 4));
        ring.commit(4);
        assertTrue(reader.join(Duration.ofSeconds(5)), "the reader went on once the consumer made room");
        assertEquals(0, ring.takeLost());
        assertEquals("efghijkl", peek(ring, 64));
    }

    @Test
    void a_full_ring_drops_instead_of_waiting_when_the_attached_consumer_stalls() throws Exception {
        OutputRing ring = new OutputRing(8, 50);
        ring.consumer(true);
        ring.append(bytes("abcdefgh"), 0, 8);
        Thread reader = Thread.ofPlatform().start(() -> {
            try {
                ring.append(bytes("ijkl"), 0, 4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(reader.join(Duration.ofSeconds(5)), "the reader gave up waiting after the stall time");
        assertEquals(4, ring.takeLost());
        assertEquals("efghijkl", peek(ring, 64));
    }

    @Test
    void an_ended_ring_reads_as_end_of_stream_once_drained() throws Exception {
        OutputRing ring = new OutputRing(16, 0);
        ring.append(bytes("last"), 0, 4);
        ring.end();
        assertEquals("last", peek(ring, 64));
        ring.commit(4);
        assertEquals(-1, ring.peek(new byte[4], 10));
    }
}
