/**
 * Launching a session: what {@code /agent run} leaves out is filled from the channel's
 * {@code [channels."<platform>:<id>"]} defaults and the person's preferred daemon ({@link LaunchDefaults}), then
 * handed to {@code hub.sessions}' starts ({@link Launches}). Core-thread confined. May depend on {@code hub.store},
 * {@code hub.daemons}, {@code hub.access}, {@code hub.commands} and {@code hub.sessions}.
 */
package dev.baton.hub.launch;
