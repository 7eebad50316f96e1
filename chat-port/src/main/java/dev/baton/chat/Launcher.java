package dev.baton.chat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The hub's side of the launch dialog, for adapters to call (the answers come from the hub's core thread and may
 * ask a daemon, e.g. for a repo's branches, so they are futures). Values are keyed by {@link LaunchForm}'s field
 * keys; a missing key means "not chosen yet" and takes the channel's or the person's default.
 */
public interface Launcher {
    /** The dialog for {@code user} launching in {@code channel}, with what they have chosen so far. */
    CompletableFuture<LaunchForm> form(ChannelRef channel, ChatUser user, Map<String, String> chosen);

    /** Starts the session in {@code channel}, or gives the form back with inline errors. */
    CompletableFuture<LaunchOutcome> submit(ChannelRef channel, ChatUser user, Map<String, String> values);

    /** Until the hub connects one: says so on every field (an adapter built before the hub). */
    Launcher NONE = new Launcher() {
        @Override
        public CompletableFuture<LaunchForm> form(ChannelRef channel, ChatUser user, Map<String, String> chosen) {
            return CompletableFuture.failedFuture(new IllegalStateException("the hub is not connected yet"));
        }

        @Override
        public CompletableFuture<LaunchOutcome> submit(ChannelRef channel, ChatUser user, Map<String, String> values) {
            return CompletableFuture.failedFuture(new IllegalStateException("the hub is not connected yet"));
        }
    };
}
