package dev.baton.adapters.web;

import java.time.Instant;

/** A thread as the channel list shows it: its root, how many replies the viewer can see, and the last activity. */
record ThreadSummary(StoredMessage root, int replies, Instant lastActivity) {}
