package dev.baton.adapters.web;

/** Where one stream client's events are written (a Server-Sent Events connection, or a fake in tests). */
interface EventSink {
    /** Writes one event; may block while the client's socket is full. */
    void send(String event, String data);

    /** Writes a comment line, which clients ignore (a heartbeat). */
    void comment(String text);

    /** False once the client has gone away or a write failed. */
    boolean isOpen();

    void close();
}
