package dev.baton.adapters.slack;

import java.time.Duration;
import java.util.Optional;

/** What one Web API call came to: done (with the message ts when there is one), try again later, or failed. */
sealed interface CallResult {
    record Done(Optional<String> ts) implements CallResult {}

    /** 429: Slack said when to try again ({@code Retry-After}); or a network error worth one more try. */
    record RetryAfter(Duration delay, String why) implements CallResult {}

    record Failed(String error) implements CallResult {}
}
