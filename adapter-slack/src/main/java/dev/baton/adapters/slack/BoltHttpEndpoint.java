package dev.baton.adapters.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode: {@code POST /slack/events} on the hub's Javalin server, for slash commands, events and interactivity.
 * A small handler around Bolt's {@code App.run}, so Bolt's own signature and 5-minute timestamp check runs on
 * every request (bolt-jetty is Jetty 9 and clashes with Javalin 7). Bolt answers 401 to a forged, stale or
 * unsigned request.
 */
final class BoltHttpEndpoint {
    static final String PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(BoltHttpEndpoint.class);

    private final App app;
    private final SlackRequestParser parser;

    BoltHttpEndpoint(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    void register(JavalinConfig config) {
        config.routes.post(PATH, this::handle);
    }

    private void handle(Context ctx) throws Exception {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : ctx.headerMap().keySet()) {
            headers.put(name, ctx.req().getHeaders(name) == null ? List.of(ctx.header(name))
                    : java.util.Collections.list(ctx.req().getHeaders(name)));
        }
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(ctx.queryParamMap())
                .headers(new RequestHeaders(headers))
                .requestBody(ctx.body())
                .remoteAddress(ctx.ip())
                .build());
        if (request == null) {
            log.debug("{} from {}: not a Slack request", PATH, ctx.ip());
            ctx.status(400).result("not a Slack request");
            return;
        }
        Response response = app.run(request);
        ctx.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((k, vs) -> vs.forEach(v -> ctx.res().addHeader(k, v)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.result(response.getBody() == null ? "" : response.getBody());
    }
}
