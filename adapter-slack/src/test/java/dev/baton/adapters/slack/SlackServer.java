package dev.baton.adapters.slack;

import dev.baton.chat.testing.RecordingHub;
import dev.baton.adapters.slack.testing.FakeSlack;
import dev.baton.adapters.slack.testing.SignedRequests;
import dev.baton.chat.Identity;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Slack adapter in HTTP mode on its own Javalin server (port 0), against a {@link FakeSlack}, with a recording hub. */
final class SlackServer implements AutoCloseable {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String CHANNEL = "C0GENERAL";
    static final SlackOptions.Tuning FAST = new SlackOptions.Tuning(Duration.ofMillis(300), Duration.ofHours(1),
            Duration.ofSeconds(10), 1_000, 1_024);

    final FakeSlack slack;
    final RecordingHub hub = new RecordingHub();
    final SlackChat chat;
    final Javalin server;
    final SignedRequests requests;

    SlackServer(FakeSlack slack, Path db, Set<String> channels, Set<String> users, Map<String, Identity> identities,
                SlackOptions.Tuning tuning) {
        this.slack = slack;
        SlackOptions options = new SlackOptions("xoxb-test-token", Optional.of(SECRET), Optional.empty(), slack.apiUrl(),
                channels, users, identities, db, tuning);
        this.chat = SlackChat.open(options, Clock.systemUTC());
        chat.connect(hub);
        this.server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            chat.routes(cfg);
        }).start("127.0.0.1", 0);
        chat.start();
        this.requests = new SignedRequests(server.port(), SECRET);
    }

    static SlackServer open(FakeSlack slack, Path db) {
        return new SlackServer(slack, db, Set.of(), Set.of(), Map.of(), FAST);
    }

    @Override
    public void close() {
        server.stop();
        chat.close();
    }
}
