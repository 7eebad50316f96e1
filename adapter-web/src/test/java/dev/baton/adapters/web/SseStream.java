package dev.baton.adapters.web;

import dev.baton.testing.Eventually;
import dev.baton.protocol.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Reads {@code /api/stream} with java.net.http: events (and comments) land in a queue the test waits on. */
final class SseStream implements AutoCloseable {
    record Event(String name, String data) {
        Map<String, Object> json() {
            return Json.parseObject(data);
        }
    }

    final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final InputStream body;
    private final Thread reader;
    private final int status;

    SseStream(String url) {
        try {
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
            status = r.statusCode();
            body = r.body();
        } catch (IOException e) {
            throw new AssertionError("cannot open the stream", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        reader = Thread.ofVirtual().start(this::read);
    }

    int status() {
        return status;
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith(":")) {
                    events.add(new Event("comment", line.substring(1).strip()));
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                } else if (line.isEmpty() && !data.isEmpty()) {
                    events.add(new Event(name, data.toString()));
                    name = "message";
                    data.setLength(0);
                }
            }
            events.add(new Event("closed", ""));
        } catch (IOException e) {
            events.add(new Event("closed", e.toString()));
        }
    }

    /** The next event that matches, skipping others; fails after the deadline. */
    Event next(Predicate<Event> wanted) {
        long deadline = System.nanoTime() + Eventually.WAIT.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Event e = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
                if (e == null) {
                    throw new AssertionError("no matching stream event within " + Eventually.WAIT.toMillis() + " ms");
                }
                if (wanted.test(e)) {
                    return e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Event next(String name) {
        return next(e -> e.name().equals(name));
    }

    static Predicate<Event> about(String name, String messageId) {
        return e -> e.name().equals(name) && messageId.equals(e.json().get("id"));
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            body.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        http.close();
    }
}
