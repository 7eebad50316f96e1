package dev.baton.adapters.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Makes one Web API call for an {@link Outbound} through Bolt's {@link MethodsClient} and turns every outcome into
 * a {@link CallResult}: a 429 (which the client throws) becomes {@code RetryAfter} with Slack's {@code Retry-After}.
 */
final class SlackWebApi implements SlackCalls {
    private static final Duration DEFAULT_RETRY = Duration.ofSeconds(1);
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final Slack slack;
    private final MethodsClient methods;

    SlackWebApi(Slack slack, String botToken) {
        this.slack = slack;
        this.methods = slack.methods(botToken);
    }

    MethodsClient methods() {
        return methods;
    }

    @Override
    public CallResult call(Outbound op, String ts) {
        try {
            return switch (op) {
                case Outbound.PostMessage p -> done(methods.chatPostMessage(r -> r.channel(p.channel())
                        .threadTs(p.threadTs().orElse(null)).text(p.message().text()).blocks(p.message().blocks())),
                        r -> r.getTs());
                case Outbound.Update u -> done(methods.chatUpdate(r -> r.channel(u.channel()).ts(ts)
                        .text(u.message().text()).blocks(u.message().blocks())), r -> r.getTs());
                case Outbound.Ephemeral e -> done(methods.chatPostEphemeral(r -> r.channel(e.channel()).user(e.user())
                        .threadTs(e.threadTs().orElse(null)).text(e.message().text()).blocks(e.message().blocks())),
                        r -> r.getMessageTs());
                case Outbound.Reaction x -> x.add()
                        ? done(methods.reactionsAdd(r -> r.channel(x.channel()).timestamp(ts).name(x.name())), r -> null)
                        : done(methods.reactionsRemove(r -> r.channel(x.channel()).timestamp(ts).name(x.name())), r -> null);
                case Outbound.Respond r -> respond(r);
            };
        } catch (SlackApiException e) {
            if (e.getResponse() != null && e.getResponse().code() == 429) {
                return new CallResult.RetryAfter(retryAfter(e.getResponse().header("Retry-After")), "rate limited (429)");
            }
            if (e.getResponse() != null && e.getResponse().code() >= 500) {
                return new CallResult.RetryAfter(DEFAULT_RETRY, "network: Slack answered " + e.getResponse().code());
            }
            return new CallResult.Failed(e.getError() != null ? e.getError().getError() : e.getMessage());
        } catch (IOException e) {
            return new CallResult.RetryAfter(DEFAULT_RETRY, "network: " + e.getMessage());
        }
    }

    private <R extends SlackApiTextResponse> CallResult done(R response, java.util.function.Function<R, String> ts) {
        if (!response.isOk()) {
            return "ratelimited".equals(response.getError())
                    ? new CallResult.RetryAfter(DEFAULT_RETRY, "ratelimited")
                    : new CallResult.Failed(response.getError());
        }
        return new CallResult.Done(Optional.ofNullable(ts.apply(response)));
    }

    private CallResult respond(Outbound.Respond r) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("response_type", "ephemeral");
        body.put("text", r.message().text());
        body.put("blocks", r.message().blocks());
        WebhookResponse w = slack.send(r.responseUrl(), GSON.toJson(body));
        if (w.getCode() == 429) {
            return new CallResult.RetryAfter(DEFAULT_RETRY, "response_url rate limited");
        }
        return w.getCode() / 100 == 2 ? new CallResult.Done(Optional.empty())
                : new CallResult.Failed("response_url answered " + w.getCode());
    }

    static Duration retryAfter(String header) {
        try {
            long s = Long.parseLong(header == null ? "" : header.strip());
            return Duration.ofSeconds(Math.max(0, Math.min(s, 600)));
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY;
        }
    }
}
