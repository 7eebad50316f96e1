package dev.baton.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** An output stream that hands every complete line to a consumer (to read a CLI's streamed output in-process). */
final class LineSink extends OutputStream {
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final Consumer<String> consumer;

    LineSink(Consumer<String> consumer) {
        this.consumer = consumer;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            consumer.accept(line.toString(StandardCharsets.UTF_8));
            line.reset();
        } else {
            line.write(b);
        }
    }
}
