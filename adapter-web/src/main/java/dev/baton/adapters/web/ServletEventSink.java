package dev.baton.adapters.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A stream client as a plain Server-Sent Events response, written on the request's own thread. Not Javalin's
 * {@code sse()}: that runs the handler as an async future, and when the future completes after the client went away
 * (the response already recycled), Javalin's error task fails on the recycled response and re-queues itself for ever
 * (seen as millions of "Response does not exist (likely recycled)" warnings and a spinning core). A blocking handler
 * keeps the request alive until it returns, so that cannot happen.
 */
final class ServletEventSink implements EventSink {
    private final HttpServletResponse response;
    private boolean open = true;

    private ServletEventSink(HttpServletResponse response) {
        this.response = response;
    }

    /** Answers 200 with the event-stream headers, flushed, and returns the sink for that response. */
    static ServletEventSink open(HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/event-stream");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no"); // nginx: do not buffer the stream
        response.flushBuffer();
        return new ServletEventSink(response);
    }

    @Override
    public synchronized void send(String event, String data) {
        StringBuilder frame = new StringBuilder("event: ").append(event.replace("\r", "").replace("\n", "")).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            frame.append("data: ").append(line).append('\n');
        }
        write(frame.append('\n'));
    }

    @Override
    public synchronized void comment(String text) {
        StringBuilder frame = new StringBuilder();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            frame.append(": ").append(line).append('\n');
        }
        write(frame);
    }

    private void write(CharSequence frame) {
        if (!open) {
            return;
        }
        try {
            OutputStream out = response.getOutputStream();
            out.write(frame.toString().getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException | RuntimeException e) { // the client went away (Jetty may also throw on a closed channel)
            open = false;
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return open;
    }

    @Override
    public synchronized void close() {
        open = false;
    }
}
