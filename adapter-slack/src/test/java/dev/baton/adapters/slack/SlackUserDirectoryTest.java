package dev.baton.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.baton.chat.Identity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Display names from users.info, cached on a ticker the test moves: an hour when found, a minute when not. */
class SlackUserDirectoryTest {
    final AtomicLong nanos = new AtomicLong();
    final List<String> asked = new CopyOnWriteArrayList<>();
    final Map<String, String> slack = new java.util.concurrent.ConcurrentHashMap<>(Map.of("U0ANA", "Ana"));
    final SlackUserDirectory users = new SlackUserDirectory(id -> {
        asked.add(id);
        return Optional.ofNullable(slack.get(id));
    }, Map.of("U0CFG", new Identity("Configured Carla", Optional.of("carla"), Optional.empty())), nanos::get);

    void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void a_found_name_is_asked_for_once_an_hour() {
        assertEquals("Ana", users.name("U0ANA"));
        advance(Duration.ofMinutes(59));
        assertEquals("Ana", users.name("U0ANA"));
        assertEquals(List.of("U0ANA"), asked);
        slack.put("U0ANA", "Ana Lima");
        advance(Duration.ofMinutes(2));
        assertEquals("Ana Lima", users.name("U0ANA"), "looked up again after an hour");
        assertEquals(2, asked.size());
    }

    @Test
    void a_failed_lookup_falls_back_to_the_id_and_is_retried_after_a_minute() {
        assertEquals("U0BOB", users.name("U0BOB"));
        advance(Duration.ofSeconds(59));
        assertEquals("U0BOB", users.name("U0BOB"));
        assertEquals(1, asked.size());
        slack.put("U0BOB", "Bob");
        advance(Duration.ofSeconds(2));
        assertEquals("Bob", users.name("U0BOB"));
        assertEquals(List.of("U0BOB", "U0BOB"), asked);
    }

    @Test
    void a_configured_identity_wins_and_slack_is_not_asked() {
        assertEquals("Configured Carla", users.name("U0CFG"));
        assertEquals(Optional.of("carla"), users.identity("U0CFG").github());
        assertEquals(List.of(), asked);
    }
}
