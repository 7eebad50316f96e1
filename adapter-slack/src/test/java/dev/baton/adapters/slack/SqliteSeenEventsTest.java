package dev.baton.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSeenEventsTest {
    @TempDir
    Path tmp;

    @Test
    void an_event_id_counts_once_within_the_ttl_across_reopening_and_again_after_it() throws Exception {
        Path file = tmp.resolve("slack.db");
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        try (SqliteSeenEvents seen = SqliteSeenEvents.open(file, Clock.fixed(t0, ZoneOffset.UTC), Duration.ofHours(1))) {
            assertTrue(seen.firstDelivery("Ev1"));
            assertFalse(seen.firstDelivery("Ev1"));
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Clock later = Clock.fixed(t0.plus(Duration.ofMinutes(59)), ZoneOffset.UTC);
        try (SqliteSeenEvents seen = SqliteSeenEvents.open(file, later, Duration.ofHours(1))) {
            assertFalse(seen.firstDelivery("Ev1"), "a retry after a restart");
        }
        Clock expired = Clock.fixed(t0.plus(Duration.ofMinutes(61)), ZoneOffset.UTC);
        try (SqliteSeenEvents seen = SqliteSeenEvents.open(file, expired, Duration.ofHours(1))) {
            assertTrue(seen.firstDelivery("Ev1"), "forgotten after the TTL");
            seen.forget("Ev1");
            assertTrue(seen.firstDelivery("Ev1"), "a refused delivery can be retried");
        }
    }
}
