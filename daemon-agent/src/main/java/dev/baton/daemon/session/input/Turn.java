package dev.baton.daemon.session.input;

import dev.baton.protocol.session.Sender;

/** A chat turn waiting for the agent: the hub's id and number, who sent it, and its text. */
public record Turn(String id, long number, Sender sender, String text) {
    /** What the agent sees: {@code [from ana] text}. */
    public String attributed() {
        return "[from " + sender.user() + "] " + text;
    }
}
