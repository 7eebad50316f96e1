package dev.baton.hub.dashboard;

import dev.baton.hub.page.LinkSigner;
import dev.baton.hub.page.PageBackend.Refused;
import dev.baton.hub.page.PageLink;
import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The dashboard's routes: the page ({@code /dashboard/{link}}), its JSON ({@code state}, polled every two seconds
 * as the session page's is) and {@code answer} (a POST of {@code {prompt, decision}}). Every request verifies the
 * dashboard link; the core re-checks access per session. Assets come from the jar, nothing from another origin.
 */
public final class Dashboard {
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Map<String, String> ASSETS = Map.of(
            "dashboard.js", "text/javascript; charset=utf-8",
            "dashboard.css", "text/css; charset=utf-8");
    private static final int WAIT_S = 20;
    private final LinkSigner signer;
    private final DashboardBackend backend;

    public Dashboard(LinkSigner signer, DashboardBackend backend) {
        this.signer = signer;
        this.backend = backend;
    }

    public void routes(JavalinConfig cfg) {
        byte[] page = resource("dashboard.html");
        Map<String, byte[]> assets = Map.of("dashboard.js", resource("dashboard.js"),
                "dashboard.css", resource("dashboard.css"));
        cfg.routes.get("/dashboard-assets/{file}", ctx -> {
            String file = ctx.pathParam("file");
            if (!assets.containsKey(file)) {
                ctx.status(404).result("no such asset");
                return;
            }
            serve(ctx.header("Cache-Control", "max-age=3600"), assets.get(file), ASSETS.get(file));
        });
        cfg.routes.get("/dashboard/{link}", ctx -> guarded(ctx, true, () -> {
            link(ctx);
            serve(ctx.header("Cache-Control", "no-store"), page, "text/html; charset=utf-8");
        }));
        cfg.routes.get("/dashboard/{link}/state", ctx -> guarded(ctx, false,
                () -> json(ctx, await(backend.view(link(ctx))))));
        cfg.routes.post("/dashboard/{link}/answer", ctx -> guarded(ctx, false, () -> {
            PageLink link = link(ctx);
            Fields f;
            try {
                f = Fields.of(Json.parseObject(ctx.body()));
            } catch (RuntimeException e) {
                throw new Refused(400, "bad request: " + e.getMessage());
            }
            String error = await(backend.answer(link, f.string("prompt"), f.string("decision"))).orElse(null);
            json(ctx.status(error == null ? 200 : 409), Json.object("ok", error == null, "error", error));
        }));
    }

    /** Runs a route; a refusal becomes its status with the reason (a page for the HTML route, JSON otherwise). */
    private static void guarded(Context ctx, boolean html, Runnable route) {
        try {
            route.run();
        } catch (Refused e) {
            ctx.status(e.status()).header("Cache-Control", "no-store");
            if (html) {
                serve(ctx, denied(e.getMessage()), "text/html; charset=utf-8");
            } else {
                json(ctx, Json.object("error", e.getMessage()));
            }
        }
    }

    private PageLink link(Context ctx) {
        return switch (signer.verifyDashboard(ctx.pathParam("link"))) {
            case LinkSigner.Check.Valid v -> v.link();
            case LinkSigner.Check.Invalid bad -> throw new Refused(403, bad.reason());
        };
    }

    private static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get(WAIT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Refused r) {
                throw r;
            }
            throw new Refused(500, "the hub could not do that: " + e.getCause());
        } catch (TimeoutException e) {
            throw new Refused(504, "the hub did not answer in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(503, "interrupted");
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
        return ("<!doctype html><meta charset=utf-8><meta name=viewport content=\"width=device-width, initial-scale=1\">"
                + "<title>Baton: no access</title><h1>No access</h1><p>" + safe + "</p>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Dashboard.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the dashboard is missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
