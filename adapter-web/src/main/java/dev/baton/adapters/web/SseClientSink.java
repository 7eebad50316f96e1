package dev.baton.adapters.web;

import io.javalin.http.sse.SseClient;

/** A stream client over Javalin's Server-Sent Events. */
record SseClientSink(SseClient client) implements EventSink {

    @Override
    public void send(String event, String data) {
        client.sendEvent(event, data);
    }

    @Override
    public void comment(String text) {
        client.sendComment(text);
    }

    @Override
    public boolean isOpen() {
        return !client.terminated();
    }

    @Override
    public void close() {
        client.close();
    }
}
