package dev.baton.hub.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChannelRef;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code /agent run} leaves out comes from the channel, then the person's preferred daemon, then any that fits. */
class LaunchDefaultsTest {
    static final ChannelRef BILLING = new ChannelRef(Platform.WEB, "billing");
    static final ChannelSettings BILLING_DEFAULTS = new ChannelSettings("web:billing", Optional.of("billing"),
            Optional.of("demo"), Optional.empty(), Optional.of("release"));
    static final Identity ANA = new Identity("ana", Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of("ana"), Optional.empty(),
            Optional.of("ana-laptop"));

    @TempDir
    Path tmp;

    private HubFixture hub() {
        return new HubFixture(tmp, o -> o.with(List.of(ANA), o.limits()).withChannels(Map.of("web:billing", BILLING_DEFAULTS)));
    }

    private static RecordingDaemonLink daemon(String name, String... repos) {
        return new RecordingDaemonLink(name, List.of("demo", "claude"), List.of(repos));
    }

    @Test
    void a_run_in_a_channel_with_defaults_starts_on_its_repo_agent_and_branch() throws Exception {
        try (HubFixture hub = hub()) {
            RecordingDaemonLink box = daemon("build-box", "/src/billing");
            hub.connect(box);
            hub.command("bob", BILLING, Optional.empty(), "run fix the flaky test");
            WireMessage.StartSession start = box.messages(WireMessage.StartSession.class).getLast();
            assertEquals("/src/billing", start.repo());
            assertEquals("demo", start.agent());
            assertEquals("release", start.branch());
            assertEquals("fix the flaky test", start.prompt());
            assertEquals(List.of(), hub.daemon.messages(WireMessage.StartSession.class));
        }
    }

    @Test
    void flags_typed_with_the_command_beat_the_channel_defaults() throws Exception {
        try (HubFixture hub = hub()) {
            hub.connect(daemon("build-box", "/src/billing"));
            hub.command("bob", BILLING, Optional.empty(), "run --repo /repo --agent demo --branch main hello");
            WireMessage.StartSession start = hub.daemon.messages(WireMessage.StartSession.class).getLast();
            assertEquals("/repo", start.repo());
            assertEquals("main", start.branch());
        }
    }

    @Test
    void a_persons_preferred_daemon_is_used_when_it_is_online_and_serves_the_repo() throws Exception {
        try (HubFixture hub = hub()) {
            RecordingDaemonLink laptop = daemon("ana-laptop", "/home/ana/repo");
            hub.connect(laptop);
            hub.command("ana", HubFixture.GENERAL, Optional.empty(), "run --agent demo --repo repo hello");
            assertEquals(1, laptop.messages(WireMessage.StartSession.class).size());
            assertEquals(List.of(), hub.daemon.messages(WireMessage.StartSession.class));
            hub.command("bob", HubFixture.GENERAL, Optional.empty(), "run --agent demo --repo /repo hi");
            assertEquals(1, hub.daemon.messages(WireMessage.StartSession.class).size(), "bob has no preference");
        }
    }

    @Test
    void an_offline_preferred_daemon_is_reported_with_the_others_and_nothing_starts() throws Exception {
        try (HubFixture hub = hub()) {
            hub.command("ana", HubFixture.GENERAL, Optional.empty(), "run --agent demo hello");
            String said = hub.web.calls("answer").getLast().text();
            assertTrue(said.contains("Your preferred daemon ana-laptop is offline"), said);
            assertTrue(said.contains("Online: d1 (host)") && said.contains("--daemon"), said);
            assertEquals(List.of(), hub.daemon.messages(WireMessage.StartSession.class));
            hub.command("ana", HubFixture.GENERAL, Optional.empty(), "run --daemon d1 --agent demo hello");
            assertEquals(1, hub.daemon.messages(WireMessage.StartSession.class).size(), "--daemon picks explicitly");
        }
    }
}
