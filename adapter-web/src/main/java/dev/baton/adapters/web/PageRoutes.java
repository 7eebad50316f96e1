package dev.baton.adapters.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The page and its assets, read once from the classpath. A strict Content-Security-Policy means no inline
 * script and no other origin can run in it, whatever a message contains.
 */
final class PageRoutes {
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Map<String, String> ASSETS = Map.of(
            "chat.js", "text/javascript; charset=utf-8",
            "render.js", "text/javascript; charset=utf-8",
            "launch.js", "text/javascript; charset=utf-8",
            "chat.css", "text/css; charset=utf-8",
            "icon.svg", "image/svg+xml");

    void register(JavalinConfig config) {
        byte[] page = resource("index.html");
        Map<String, byte[]> assets = new HashMap<>();
        ASSETS.keySet().forEach(name -> assets.put(name, resource(name)));
        config.routes.get("/", ctx -> serve(ctx, page, "text/html; charset=utf-8"));
        config.routes.get("/assets/{file}", ctx -> {
            String file = ctx.pathParam("file");
            if (!assets.containsKey(file)) {
                ctx.status(404).result("no such asset");
                return;
            }
            serve(ctx, assets.get(file), ASSETS.get(file));
        });
    }

    private static void serve(Context ctx, byte[] body, String type) {
        ctx.header("Content-Security-Policy", POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-cache")
                .contentType(type)
                .result(body);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PageRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the web chat page is missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
