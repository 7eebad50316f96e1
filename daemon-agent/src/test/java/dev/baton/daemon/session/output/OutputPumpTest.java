package dev.baton.daemon.session.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.screen.ScreenListener;
import dev.baton.daemon.screen.ScreenModel;
import dev.baton.daemon.testing.MovableClock;
import dev.baton.daemon.testing.RecordingTerminal;
import dev.baton.testing.Eventually;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output pipeline on a recording terminal: raw log, screen, subscribers, the output clock and the exit. */
class OutputPumpTest {
    @TempDir
    Path dir;
    final RecordingTerminal terminal = new RecordingTerminal();
    final MovableClock clock = new MovableClock();
    final ScreenModel screen = ScreenModel.create(40, 10, new ScreenListener() { });
    final CompletableFuture<Integer> exit = new CompletableFuture<>();
    final AtomicInteger changes = new AtomicInteger();

    @AfterEach
    void endTheAgent() {
        terminal.exit(0); // ends the pump's reader and screen threads
    }

    OutputPump start() throws Exception {
        OutputPump pump = new OutputPump("pump", terminal, RawLog.open(dir.resolve("raw.log")), screen, clock::millis,
                exit::complete, changes::incrementAndGet);
        pump.start();
        return pump;
    }

    static String drain(Subscriber<byte[]> sub) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            while (true) {
                byte[] b = sub.poll(5_000);
                if (b != null) {
                    out.write(b);
                }
            }
        } catch (Subscriber.Ended e) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void every_byte_goes_to_the_raw_log_and_the_screen_and_the_exit_code_comes_last() throws Exception {
        OutputPump pump = start();
        long before = pump.version();
        terminal.feed("hello ");
        terminal.feed("world\r\n");
        Eventually.await("the screen", () -> screen.snapshot().text().contains("hello world"));
        assertTrue(pump.version() > before);
        assertTrue(changes.get() >= 1, "the actor hears of the change");

        terminal.exit(3);
        assertEquals(3, exit.get(5, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals("hello world\r\n", Files.readString(dir.resolve("raw.log")));
    }

    @Test
    void the_last_output_time_is_read_from_the_injected_clock() throws Exception {
        OutputPump pump = start();
        long started = pump.lastOutputMillis();
        clock.advance(5_000);
        assertEquals(started, pump.lastOutputMillis(), "no output, no change");
        terminal.feed("tick");
        Eventually.await("the output to be seen", () -> pump.lastOutputMillis() == started + 5_000);
    }

    @Test
    void a_subscriber_gets_a_repaint_of_the_screen_then_the_live_bytes_then_the_end() throws Exception {
        OutputPump pump = start();
        terminal.feed("before\r\n");
        Eventually.await("the screen", () -> screen.snapshot().text().contains("before"));
        Subscriber<byte[]> sub = new Subscriber<>(100);
        pump.subscribe(sub, true);
        terminal.feed("after");
        Eventually.await("the live bytes", () -> screen.snapshot().text().contains("after"));
        pump.endSubscribers("done");

        String got = drain(sub);
        assertTrue(got.indexOf("before") < got.indexOf("after"), got);
        assertTrue(got.endsWith("after"), "live bytes as the agent wrote them: " + got);
    }
}
