package dev.baton.daemon.session;

import dev.baton.daemon.session.input.InputDelivery;
import dev.baton.daemon.store.StateStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/** What every session shares with its registry: time, the store, the scheduler, input and removal rules, turn-end snapshots. */
record SessionContext(Clock clock, Duration idleAfter, StateStore store, ScheduledExecutorService scheduler,
                      InputDelivery input, WorktreeRemoval removal, Consumer<Session> onEnded,
                      TurnSnapshots snapshots) {}
