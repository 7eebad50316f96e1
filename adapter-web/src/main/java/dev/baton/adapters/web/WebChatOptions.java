package dev.baton.adapters.web;

import java.time.Duration;

/**
 * Tuning for a web chat; {@link #DEFAULTS} is what {@link WebChat#open} uses.
 *
 * @param heartbeat     how long a stream stays silent before a heartbeat comment is sent
 * @param streamBuffer  events queued per stream client before that client is disconnected
 * @param hubQueue      translated events waiting for the hub before new ones are refused
 */
record WebChatOptions(Duration heartbeat, int streamBuffer, int hubQueue) {
    static final WebChatOptions DEFAULTS = new WebChatOptions(Duration.ofSeconds(15), 256, 1024);

    WebChatOptions {
        if (heartbeat.isNegative() || heartbeat.isZero() || streamBuffer < 1 || hubQueue < 1) {
            throw new IllegalArgumentException("web chat options must be positive: " + heartbeat + ", "
                    + streamBuffer + ", " + hubQueue);
        }
    }
}
