package dev.baton.hub.page;

/** An open page's live connection, as the hub core sees it. {@link #send} and {@link #close} never block. */
public interface Viewer {
    PageLink link();

    /** Queues a JSON text for the page; a page that falls behind is closed. */
    void send(String json);

    /** Closes the live connection, telling the page why. */
    void close(String reason);
}
