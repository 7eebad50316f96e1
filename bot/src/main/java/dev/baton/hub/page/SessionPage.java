package dev.baton.hub.page;

import dev.baton.protocol.wire.QueryKind;
import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The live session page under {@code /s/{link}}: the page itself, its JSON ({@code state}, {@code details}, {@code transcript},
 * {@code files}, {@code file}), and the {@code live} WebSocket (terminal out; turns, keys, answers, pause in). Every
 * request and every WebSocket message verifies the link and asks the hub core, which re-checks access. The assets
 * (xterm.js from npm, bundled at build time, and a small highlighter) are served from the jar; nothing comes from
 * another origin.
 */
public final class SessionPage {
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";
    private static final Map<String, String> ASSETS = Map.of(
            "session.js", "text/javascript; charset=utf-8",
            "highlight.js", "text/javascript; charset=utf-8",
            "session.css", "text/css; charset=utf-8",
            "xterm.js", "text/javascript; charset=utf-8",
            "xterm.css", "text/css; charset=utf-8");
    private static final int WAIT_S = 20;
    private final LinkSigner signer;
    private final PageBackend backend;
    private final Map<String, PageSocket> sockets = new ConcurrentHashMap<>();

    public SessionPage(LinkSigner signer, PageBackend backend) {
        this.signer = signer;
        this.backend = backend;
    }

    public void routes(JavalinConfig cfg) {
        byte[] page = resource("session.html");
        Map<String, byte[]> assets = new HashMap<>();
        ASSETS.keySet().forEach(name -> assets.put(name, resource(name)));
        cfg.routes.get("/page/{file}", ctx -> {
            String file = ctx.pathParam("file");
            if (!assets.containsKey(file)) {
                ctx.status(404).result("no such asset");
                return;
            }
            serve(ctx.header("Cache-Control", "max-age=3600"), assets.get(file), ASSETS.get(file));
        });
        cfg.routes.get("/s/{link}", ctx -> {
            PageLink link = link(ctx);
            await(backend.state(link));
            serve(ctx.header("Cache-Control", "no-store"), page, "text/html; charset=utf-8");
        });
        cfg.routes.get("/s/{link}/state", ctx -> json(ctx, await(backend.state(link(ctx)))));
        cfg.routes.get("/s/{link}/details", ctx -> details(ctx, link(ctx)));
        cfg.routes.get("/s/{link}/transcript", ctx -> json(ctx, Json.object("transcript",
                orError(backend.query(link(ctx), QueryKind.TRANSCRIPT), true))));
        cfg.routes.get("/s/{link}/files", ctx -> json(ctx, Json.object("files",
                Json.parse(await(backend.query(link(ctx), QueryKind.FILES))))));
        cfg.routes.get("/s/{link}/file", ctx -> file(ctx, link(ctx)));
        cfg.routes.exception(PageBackend.Refused.class, (e, ctx) -> {
            ctx.status(e.status()).header("Cache-Control", "no-store");
            if (ctx.path().chars().filter(c -> c == '/').count() <= 2) {
                serve(ctx, denied(e.getMessage()), "text/html; charset=utf-8");
            } else {
                json(ctx, Json.object("error", e.getMessage()));
            }
        });
        cfg.routes.ws("/s/{link}/live", ws -> {
            ws.onConnect(this::connected);
            ws.onMessage(ctx -> message(ctx, ctx.message()));
            ws.onClose(ctx -> gone(ctx));
            ws.onError(ctx -> gone(ctx));
        });
    }

    private void details(Context ctx, PageLink link) {
        CompletableFuture<String> attention = backend.query(link, QueryKind.ATTENTION);
        CompletableFuture<String> diff = backend.query(link, QueryKind.DIFF);
        CompletableFuture<String> recap = backend.query(link, QueryKind.RECAP);
        json(ctx, Json.object("attention", orError(attention, true), "diff", orError(diff, false),
                "recap", recapText(recap)));
    }

    private static Object recapText(CompletableFuture<String> recap) {
        Object r = orError(recap, false);
        if (r instanceof String text && text.startsWith("{")) {
            try {
                return dev.baton.recap.MarkdownRecap.render(dev.baton.recap.RecapJson.read(text));
            } catch (RuntimeException e) {
                return "(the recap could not be read: " + e.getMessage() + ")";
            }
        }
        return r;
    }

    /** The text (or parsed JSON) of a query; a refusal of access propagates, anything else becomes an error note. */
    private static Object orError(CompletableFuture<String> f, boolean parse) {
        try {
            String text = f.get(WAIT_S, TimeUnit.SECONDS);
            return parse ? Json.parse(text) : text;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PageBackend.Refused r && r.status() == 403) {
                throw r;
            }
            return Json.object("error", e.getCause() == null ? "failed" : e.getCause().getMessage());
        } catch (TimeoutException e) {
            return Json.object("error", "the daemon did not answer in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Json.object("error", "interrupted");
        }
    }

    private void file(Context ctx, PageLink link) {
        String path = Optional.ofNullable(ctx.queryParam("path")).orElse("");
        CompletableFuture<String> text = backend.query(link, new QueryKind.File(path));
        CompletableFuture<String> diff = backend.query(link, new QueryKind.FileDiff(path));
        json(ctx, Json.object("path", path, "text", await(text), "diff", orError(diff, false)));
    }

    private void connected(WsContext ctx) {
        ctx.enableAutomaticPings(15, TimeUnit.SECONDS);
        LinkSigner.Check check = signer.verify(ctx.pathParam("link"));
        if (check instanceof LinkSigner.Check.Invalid bad) {
            PageSocket refused = new PageSocket(ctx, new PageLink("", new dev.baton.chat.ChatUser(
                    dev.baton.chat.Platform.WEB, "nobody", "nobody"), 0));
            refused.close(bad.reason());
            return;
        }
        PageSocket socket = new PageSocket(ctx, ((LinkSigner.Check.Valid) check).link());
        sockets.put(ctx.sessionId(), socket);
        backend.watch(socket).thenAccept(refusal -> refusal.ifPresent(socket::close));
    }

    private void message(WsContext ctx, String text) {
        PageSocket socket = sockets.get(ctx.sessionId());
        if (socket == null || socket.closed()) {
            return;
        }
        // The link is checked again on every message (it may have expired); the core re-checks access.
        LinkSigner.Check check = signer.verify(ctx.pathParam("link"));
        if (check instanceof LinkSigner.Check.Invalid bad) {
            socket.close(bad.reason());
            return;
        }
        Fields f;
        PageAction action;
        try {
            f = Fields.of(Json.parseObject(text));
            action = action(f);
        } catch (RuntimeException e) {
            socket.send(Json.write(Json.object("type", "result", "ok", false, "error", "bad message: " + e.getMessage())));
            return;
        }
        String ref = f.optString("ref").orElse("");
        backend.act(socket.link(), action).whenComplete((refusal, e) -> {
            String error = e != null ? (e.getCause() instanceof PageBackend.Refused r ? r.getMessage() : "failed")
                    : refusal.orElse(null);
            socket.send(Json.write(Json.object("type", "result", "ref", ref, "ok", error == null, "error", error)));
            if (e != null && e.getCause() instanceof PageBackend.Refused r && r.status() == 403) {
                socket.close(r.getMessage());
            }
        });
    }

    private static PageAction action(Fields f) {
        return switch (f.string("type")) {
            case "turn" -> new PageAction.Turn(f.string("text"));
            case "keys" -> new PageAction.Keys(f.strings("keys"));
            case "answer" -> new PageAction.Answer(f.string("prompt"), f.string("decision"));
            case "pause" -> new PageAction.Pause(true);
            case "resume" -> new PageAction.Pause(false);
            default -> throw new IllegalArgumentException("unknown type '" + f.string("type") + "'");
        };
    }

    private void gone(WsContext ctx) {
        PageSocket socket = sockets.remove(ctx.sessionId());
        if (socket != null) {
            socket.close("the page was closed");
            backend.unwatch(socket);
        }
    }

    private PageLink link(Context ctx) {
        return switch (signer.verify(ctx.pathParam("link"))) {
            case LinkSigner.Check.Valid v -> v.link();
            case LinkSigner.Check.Invalid bad -> throw new PageBackend.Refused(403, bad.reason());
        };
    }

    private static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get(WAIT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PageBackend.Refused r) {
                throw r;
            }
            throw new PageBackend.Refused(500, "the hub could not do that: " + e.getCause());
        } catch (TimeoutException e) {
            throw new PageBackend.Refused(504, "the hub did not answer in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageBackend.Refused(503, "interrupted");
        }
    }

    private static void json(Context ctx, Object body) {
        ctx.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .contentType("application/json; charset=utf-8").result(Json.write(body));
    }

    private static void serve(Context ctx, byte[] body, String type) {
        ctx.header("Content-Security-Policy", POLICY).header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff").contentType(type).result(body);
    }

    private static byte[] denied(String reason) {
        String safe = reason.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return ("<!doctype html><meta charset=utf-8><title>Baton: no access</title><h1>No access</h1><p>" + safe
                + "</p>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = SessionPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the session page is missing from the jar: " + name
                        + " (the build copies xterm.js from npm: see docs/session-page.md)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> assetNames() {
        return List.copyOf(ASSETS.keySet());
    }
}
