package dev.baton.adapters.web;

import dev.baton.chat.LaunchForm;
import dev.baton.chat.LaunchOutcome;
import dev.baton.chat.Launcher;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The "New session" dialog's API (docs/web-chat.md): {@code GET /api/channels/{channel}/launch?user=&daemon=…} is the
 * form for what is chosen so far (the page asks again when the daemon or repo changes), {@code POST} the same path
 * with the values submits it: {@code 201} with the session's name and thread, or {@code 422} with the form and its
 * inline errors.
 */
final class LaunchRoutes {
    private static final long WAIT_SECONDS = 10;
    private final AtomicReference<Launcher> launcher = new AtomicReference<>(Launcher.NONE);
    private final ChatStore store;

    LaunchRoutes(ChatStore store) {
        this.store = store;
    }

    void connect(Launcher hub) {
        launcher.set(hub);
    }

    void form(Context ctx) {
        String channel = channel(ctx);
        String user = ChatLimits.userName(Optional.ofNullable(ctx.queryParam("user")));
        Map<String, String> chosen = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!k.equals("user") && !k.equals("token") && !v.isEmpty()) {
                chosen.put(k, v.get(0));
            }
        });
        LaunchForm form = await(launcher.get().form(WebUsers.channel(channel), WebUsers.user(user), chosen));
        json(ctx, 200, json(form));
    }

    void submit(Context ctx) {
        String channel = channel(ctx);
        Map<String, Object> body;
        try {
            body = Json.parseObject(ctx.body());
        } catch (JsonException e) {
            throw ApiProblem.badRequest("the request body must be a JSON object (" + e.getMessage() + ")");
        }
        String user = ChatLimits.userName(Optional.ofNullable(body.get("user")).map(String::valueOf));
        Map<String, String> values = new LinkedHashMap<>();
        body.forEach((k, v) -> {
            if (!k.equals("user") && v != null) {
                values.put(k, String.valueOf(v));
            }
        });
        switch (await(launcher.get().submit(WebUsers.channel(channel), WebUsers.user(user), values))) {
            case LaunchOutcome.Started s -> json(ctx, 201, Json.object("name", s.name(), "thread", s.card().thread().id(),
                    "message", s.card().id()));
            case LaunchOutcome.Invalid i -> {
                Map<String, Object> out = json(i.form());
                out.put("error", "the session was not started: " + String.join(" ", i.form().errors().values()));
                json(ctx, 422, out);
            }
        }
    }

    private String channel(Context ctx) {
        String channel = ctx.pathParam("channel");
        if (store.channel(channel).isEmpty()) {
            throw ApiProblem.notFound("there is no channel #" + channel);
        }
        return channel;
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new ApiProblem(503, "the hub did not answer in time; try again");
        } catch (ExecutionException e) {
            throw new ApiProblem(503, "the hub could not build the dialog: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiProblem(503, "interrupted");
        }
    }

    static Map<String, Object> json(LaunchForm form) {
        List<Object> fields = form.fields().stream().map(f -> (Object) Json.object("key", f.key(), "label", f.label(),
                "kind", f.kind().name().toLowerCase(java.util.Locale.ROOT), "optional", f.optional(), "value", f.value(),
                "options", f.options().stream().map(o -> Json.object("value", o.value(), "label", o.label())).toList(),
                "error", f.error().orElse(null))).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("channel", form.channel().id());
        out.put("fields", fields);
        out.put("errors", form.errors());
        return out;
    }

    private static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(body));
    }
}
