package dev.baton.adapters.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.baton.chat.Reconnector.Outcome;
import java.io.IOException;
import java.util.Set;

/**
 * Asks Slack whether a token is good before Bolt does: Bolt's own {@code auth.test} at start turns a network error
 * into "the token is invalid". Here a network error, a 5xx or a rate limit is {@link Outcome.Unreachable} (try again
 * later) and only Slack's answer about the token ({@code invalid_auth}, 401, …) is {@link Outcome.Refused}.
 */
final class TokenCheck {
    /** Errors that say nothing about the token: Slack is having a moment. */
    private static final Set<String> TRANSIENT = Set.of("ratelimited", "internal_error", "fatal_error",
            "service_unavailable", "request_timeout");

    @FunctionalInterface
    interface Call {
        SlackApiTextResponse call() throws IOException, SlackApiException;
    }

    private TokenCheck() {}

    /** {@code what} names the token for people ({@code bot token}, {@code app token}); {@code url} where Slack is. */
    static Outcome check(String what, String url, Call call) {
        try {
            SlackApiTextResponse r = call.call();
            if (r.isOk()) {
                return new Outcome.Up();
            }
            return TRANSIENT.contains(r.getError())
                    ? new Outcome.Unreachable("Slack answered " + r.getError() + " at " + url)
                    : new Outcome.Refused("Slack refused the " + what + " (" + r.getError() + ")");
        } catch (SlackApiException e) {
            int code = e.getResponse() == null ? 0 : e.getResponse().code();
            if (code == 429 || code >= 500 || code == 0) {
                return new Outcome.Unreachable("Slack answered HTTP " + code + " at " + url);
            }
            return new Outcome.Refused("Slack refused the " + what + " (HTTP " + code + ")");
        } catch (IOException e) {
            return new Outcome.Unreachable("cannot reach Slack at " + url + ": " + e.getMessage());
        }
    }
}
