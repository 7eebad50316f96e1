package dev.baton.adapters.web;

import java.util.Optional;

/** One event on its way to stream clients: its name, its JSON, and the one user it is for if it is a whisper. */
record StreamFrame(String event, String data, Optional<String> visibleTo) {

    /** Tells a client's writer to stop; never sent. */
    static final StreamFrame STOP = new StreamFrame("stop", "", Optional.empty());
}
