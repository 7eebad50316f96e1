package dev.baton.adapters.web;

import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API under {@code /api}: the token check in front of everything, the endpoints, and the one place
 * where refusals and failures become {@code {"error": "…"}} responses. docs/web-chat.md describes it.
 */
final class ApiRoutes {
    private static final Logger log = LoggerFactory.getLogger(ApiRoutes.class);

    private final AccessToken token;
    private final ChatStore store;
    private final UserInput input;
    private final StreamFanout stream;
    private volatile Optional<WebAccounts> accounts = Optional.empty();
    private final LaunchRoutes launch;

    ApiRoutes(AccessToken token, ChatStore store, UserInput input, StreamFanout stream, LaunchRoutes launch) {
        this.launch = launch;
        this.token = token;
        this.store = store;
        this.input = input;
        this.stream = stream;
    }

    /** Team mode: only personal tokens open the API, and the name comes from the token, never from the request. */
    void accounts(WebAccounts personal) {
        accounts = Optional.of(personal);
    }

    void register(JavalinConfig config) {
        var routes = config.routes;
        routes.before("/api/*", this::authorize);
        routes.exception(ApiProblem.class, (e, ctx) -> json(ctx, e.status(), Json.object("error", e.getMessage())));
        routes.exception(WebChatException.class, (e, ctx) -> {
            log.error("web chat request {} {} failed", ctx.method(), ctx.path(), e);
            json(ctx, 500, Json.object("error", "the web chat could not do that; the hub's log has the cause"));
        });
        routes.get("/api/me", ctx -> json(ctx, 200, Json.object("accounts", accounts.isPresent(),
                "name", account(ctx).orElse(null))));
        routes.get("/api/channels", ctx -> json(ctx, 200,
                store.channels().stream().map(c -> Json.object("id", c.id(), "name", c.name())).toList()));
        routes.post("/api/channels", this::createChannel);
        routes.post("/api/channels/{channel}/messages", this::postMessage);
        routes.get("/api/channels/{channel}/messages", this::listThreads);
        routes.get("/api/channels/{channel}/threads/{thread}/messages", this::readThread);
        routes.post("/api/actions", this::pressButton);
        routes.get("/api/channels/{channel}/launch", launch::form);
        routes.post("/api/channels/{channel}/launch", launch::submit);
        routes.get("/api/stream", ctx -> stream.serve(ServletEventSink.open(ctx.res()), viewer(ctx)));
        config.events.serverStopping(stream::close);
    }

    private void authorize(Context ctx) {
        String presented = Optional.ofNullable(ctx.header("Authorization"))
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).strip())
                .orElse(ctx.queryParam("token"));
        if (accounts.isPresent()) {
            String name = accounts.get().who(presented).orElseThrow(() -> new ApiProblem(401,
                    "missing, wrong or revoked personal link; ask for yours (bin/baton user add NAME)"));
            ctx.attribute(ACCOUNT, name);
            if (ctx.path().equals("/api/stream")) {
                viewer(ctx); // the stream answers 200 before its handler runs: refuse another viewer here
            }
            return;
        }
        if (!token.matches(presented)) {
            throw new ApiProblem(401, "missing or wrong access token");
        }
    }

    private static final String ACCOUNT = "baton.web.account";

    /** In team mode, the token's person. */
    private static Optional<String> account(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ACCOUNT));
    }

    /**
     * Who acts: in team mode the token's person (a request naming anyone else is refused), else the name given.
     */
    private static Optional<String> actor(Context ctx, Optional<String> named) {
        Optional<String> account = account(ctx);
        if (account.isEmpty()) {
            return named;
        }
        if (named.map(String::strip).filter(n -> !n.isEmpty() && !n.equals(account.get())).isPresent()) {
            throw new ApiProblem(403, "you are " + account.get() + " here; you cannot act as " + named.get().strip());
        }
        return account;
    }

    private void createChannel(Context ctx) {
        String name = ChatLimits.channelName(field(body(ctx), "name"));
        if (!store.createChannel(name)) {
            throw new ApiProblem(409, "channel #" + name + " already exists");
        }
        json(ctx, 201, Json.object("id", name, "name", name));
    }

    private void postMessage(Context ctx) {
        Fields body = body(ctx);
        StoredMessage m = input.post(ctx.pathParam("channel"), actor(ctx, field(body, "user")), field(body, "text"),
                field(body, "thread"));
        json(ctx, 201, Json.object("id", m.id(), "thread", m.thread()));
    }

    private void listThreads(Context ctx) {
        String channel = channel(ctx);
        json(ctx, 200, store.roots(channel, viewer(ctx)).stream().map(MessageJson::of).toList());
    }

    private void readThread(Context ctx) {
        String channel = channel(ctx);
        String thread = ctx.pathParam("thread");
        if (store.root(channel, thread).filter(root -> root.visibleTo(viewer(ctx))).isEmpty()) {
            throw ApiProblem.notFound("there is no thread " + thread + " in #" + channel);
        }
        json(ctx, 200, store.thread(thread, viewer(ctx)).stream().map(MessageJson::of).toList());
    }

    private void pressButton(Context ctx) {
        Fields body = body(ctx);
        input.press(actor(ctx, field(body, "user")), field(body, "channel"), field(body, "thread"), field(body, "message"),
                field(body, "action"), field(body, "value"));
        json(ctx, 202, Json.object("accepted", true));
    }

    private String channel(Context ctx) {
        String channel = ctx.pathParam("channel");
        if (store.channel(channel).isEmpty()) {
            throw ApiProblem.notFound("there is no channel #" + channel);
        }
        return channel;
    }

    /** Whose whispers to include: {@code ?user=} (in team mode, the token's person only). Without it, none. */
    private static Optional<String> viewer(Context ctx) {
        return actor(ctx, Optional.ofNullable(ctx.queryParam("user")).map(String::strip).filter(u -> !u.isEmpty()));
    }

    private static Fields body(Context ctx) {
        try {
            return Fields.of(Json.parseObject(ctx.body()));
        } catch (JsonException e) {
            throw ApiProblem.badRequest("the request body must be a JSON object (" + e.getMessage() + ")");
        }
    }

    private static Optional<String> field(Fields body, String key) {
        try {
            return body.optString(key);
        } catch (JsonException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    private static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(body));
    }
}
