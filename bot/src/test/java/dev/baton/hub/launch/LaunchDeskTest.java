package dev.baton.hub.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatUser;
import dev.baton.chat.LaunchForm;
import dev.baton.chat.LaunchOutcome;
import dev.baton.chat.Platform;
import dev.baton.config.ChannelSettings;
import dev.baton.config.Identity;
import dev.baton.hub.HubFixture;
import dev.baton.hub.testing.RecordingDaemonLink;
import dev.baton.protocol.wire.WireMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launch dialog as the hub builds and checks it: defaults, daemons with their load, branches, inline errors. */
class LaunchDeskTest {
    static final ChannelRef BILLING = new ChannelRef(Platform.WEB, "billing");
    static final ChatUser ANA = HubFixture.user("ana");
    static final ChatUser BOB = HubFixture.user("bob");

    @TempDir
    Path tmp;

    private HubFixture hub() {
        Identity ana = new Identity("ana", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("ana"), Optional.empty(),
            Optional.of("ana-laptop"));
        return new HubFixture(tmp, o -> o.with(List.of(ana), o.limits()).withChannels(Map.of("web:billing",
                new ChannelSettings("web:billing", Optional.of("billing"), Optional.of("demo"), Optional.empty(),
                        Optional.of("release")))));
    }

    /** Waits for the branch query the future needs, answers it with {@code branches}, and returns the result. */
    private static <T> T answered(HubFixture hub, RecordingDaemonLink daemon, CompletableFuture<T> pending,
                                  String branchesJson) throws Exception {
        hub.settle();
        List<WireMessage.Query> queries = daemon.messages(WireMessage.Query.class);
        WireMessage.Query q = queries.getLast();
        assertEquals("branches:/src/billing", q.kindWord());
        hub.fromDaemon(new WireMessage.QueryResult(q.requestId(), true, branchesJson));
        return pending.get(10, TimeUnit.SECONDS);
    }

    @Test
    void the_form_takes_the_channels_defaults_and_the_repos_branches_from_its_daemon() throws Exception {
        try (HubFixture hub = hub()) {
            RecordingDaemonLink box = new RecordingDaemonLink("build-box", List.of("demo"), List.of("/src/billing"));
            hub.connect(box);
            LaunchForm form = answered(hub, box, hub.launcher().form(BILLING, BOB, Map.of()), "[\"main\",\"release\"]");
            assertEquals(Map.of(), form.errors());
            assertEquals("build-box", form.field(LaunchForm.DAEMON).orElseThrow().value());
            assertEquals(List.of("build-box — host, 0 running of 4", "d1 — host, 0 running of 4"),
                    form.field(LaunchForm.DAEMON).orElseThrow().options().stream().map(LaunchForm.Option::label).toList());
            assertEquals("/src/billing", form.field(LaunchForm.REPO).orElseThrow().value());
            LaunchForm.Field branch = form.field(LaunchForm.BRANCH).orElseThrow();
            assertEquals(LaunchForm.Kind.SELECT, branch.kind());
            assertEquals("release", branch.value());
            assertEquals(List.of("main", "release"), branch.options().stream().map(LaunchForm.Option::value).toList());
            assertEquals("channel", form.field(LaunchForm.VISIBILITY).orElseThrow().value());
        }
    }

    @Test
    void an_offline_preferred_daemon_is_an_error_on_the_daemon_field_and_none_is_picked() throws Exception {
        try (HubFixture hub = hub()) {
            LaunchForm form = hub.launcher().form(HubFixture.GENERAL, ANA, Map.of()).get(10, TimeUnit.SECONDS);
            String error = form.errors().get(LaunchForm.DAEMON);
            assertTrue(error.contains("Your preferred daemon ana-laptop is offline") && error.contains("d1"), error);
            assertEquals("", form.field(LaunchForm.DAEMON).orElseThrow().value());
            assertEquals(List.of("d1"), form.field(LaunchForm.DAEMON).orElseThrow().options().stream()
                    .map(LaunchForm.Option::value).toList());
        }
    }

    @Test
    void a_branch_that_has_gone_comes_back_as_an_inline_error_and_a_good_submission_starts_in_the_channel()
            throws Exception {
        try (HubFixture hub = hub()) {
            RecordingDaemonLink box = new RecordingDaemonLink("build-box", List.of("demo"), List.of("/src/billing"));
            hub.connect(box);
            Map<String, String> values = Map.of(LaunchForm.BRANCH, "gone", LaunchForm.PROMPT, "fix the flaky test",
                    LaunchForm.VISIBILITY, "private");
            LaunchOutcome bad = answered(hub, box, hub.launcher().submit(BILLING, BOB, values), "[\"main\",\"release\"]");
            String error = assertInstanceOf(LaunchOutcome.Invalid.class, bad).form().errors().get(LaunchForm.BRANCH);
            assertTrue(error.contains("Branch 'gone' is not in /src/billing"), error);
            assertEquals(List.of(), box.messages(WireMessage.StartSession.class));

            LaunchOutcome empty = answered(hub, box, hub.launcher().submit(BILLING, BOB, Map.of()), "[\"main\"]");
            assertTrue(assertInstanceOf(LaunchOutcome.Invalid.class, empty).form().errors().containsKey(LaunchForm.PROMPT));

            LaunchOutcome ok = answered(hub, box, hub.launcher().submit(BILLING, BOB, Map.of(LaunchForm.PROMPT,
                    "fix the flaky test", LaunchForm.NAME, "flaky", LaunchForm.VISIBILITY, "private")), "[\"main\",\"release\"]");
            LaunchOutcome.Started started = assertInstanceOf(LaunchOutcome.Started.class, ok);
            hub.settle();
            assertEquals("flaky", started.name());
            assertEquals(BILLING, started.card().thread().channel());
            WireMessage.StartSession start = box.messages(WireMessage.StartSession.class).getLast();
            assertEquals(List.of("flaky", "demo", "/src/billing", "release", "fix the flaky test"),
                    List.of(start.name(), start.agent(), start.repo(), start.branch(), start.prompt()));
            assertEquals(Optional.of("private"), hub.store.access().visibility(start.sessionId()));
        }
    }
}
