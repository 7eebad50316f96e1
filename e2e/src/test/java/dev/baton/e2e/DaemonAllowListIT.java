package dev.baton.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.testing.Eventually;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.protocol.wire.Frame;
import dev.baton.protocol.wire.WireJson;
import dev.baton.protocol.wire.WireMessage;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A daemon does not trust its hub: a hub that asks for a repo the daemon's config does not list, an agent it does
 * not define, a branch that traverses or injects an option, or a session name that does, is refused by the daemon
 * itself, and nothing is created. The hub here is a bare WebSocket that says Welcome and then asks for the lot.
 */
class DaemonAllowListIT {
    @TempDir
    Path tmp;

    @Test
    void a_hub_cannot_make_a_daemon_run_what_its_config_does_not_allow() throws Exception {
        TempRepo listed = TempRepo.create(tmp.resolve("listed"));
        TempRepo other = TempRepo.create(tmp.resolve("other"));
        Map<String, WireMessage.StartResult> results = new ConcurrentHashMap<>();
        AtomicLong n = new AtomicLong();
        List<WireMessage.StartSession> asks = List.of(
                start("r1", "unlisted", "scripted", other.dir().toString(), ""),
                start("r2", "inside", "scripted", listed.dir() + "/../../other/repo", ""),
                start("r3", "ghost", "rm-rf", listed.dir().toString(), ""),
                start("r4", "inject", "scripted", listed.dir().toString(), "--upload-pack=touch /tmp/pwned"),
                start("r5", "travel", "scripted", listed.dir().toString(), "../../HEAD"),
                start("../escape", "../escape", "scripted", listed.dir().toString(), ""),
                start("ok", "fine", "scripted", listed.dir().toString(), "main"));
        Javalin hub = Javalin.create(cfg -> cfg.routes.ws("/daemon", ws -> ws.onMessage(ctx -> {
            WireMessage m = WireJson.read(ctx.message()).message();
            if (m instanceof WireMessage.Hello) {
                ctx.send(WireJson.write(new Frame(0, 0, new WireMessage.Welcome("fake", Map.of()))));
                for (WireMessage.StartSession s : asks) {
                    ctx.send(WireJson.write(new Frame(n.incrementAndGet(), 0, s)));
                }
            } else if (m instanceof WireMessage.StartResult r) {
                results.put(r.requestId(), r);
            }
        }))).start("127.0.0.1", 0);
        try (DaemonProcess daemon = new DaemonProcess(tmp.resolve("root"), Map.of(
                "BATON_HUB_URL", "ws://127.0.0.1:" + hub.port() + "/daemon", "BATON_HUB_TOKEN", "any"))
                .config("repos = [\"" + listed.dir() + "\"]", "").start()) {
            Eventually.await("an answer to every request", Duration.ofSeconds(30), () -> results.size() == asks.size());
            assertTrue(results.get("ok").started(), "the allowed one runs: " + results.get("ok"));
            assertRefused(results.get("r1"), "is not in daemon.repos");
            assertRefused(results.get("r2"), "is not in daemon.repos");
            assertRefused(results.get("r3"), "unknown agent 'rm-rf'");
            assertRefused(results.get("r4"), "invalid branch name '--upload-pack=touch /tmp/pwned'");
            assertRefused(results.get("r5"), "invalid branch name '../../HEAD'");
            assertRefused(results.get("../escape"), "invalid session name '../escape'");
            String branches = listed.git("branch", "--list");
            assertEquals(List.of("baton/fine", "main"), branches.lines().map(l -> l.substring(2).strip()).sorted().toList(),
                    "no other branch was created");
            assertFalse(Files.exists(tmp.resolve("root").getParent().resolve("escape")), "nothing outside the root");
            assertEquals("", other.git("worktree", "list", "--porcelain").lines().filter(l -> l.startsWith("worktree "))
                    .skip(1).reduce("", String::concat), "the unlisted repo got no worktree");
        } finally {
            hub.stop();
        }
    }

    private static WireMessage.StartSession start(String id, String name, String agent, String repo, String branch) {
        return new WireMessage.StartSession(id, dev.baton.protocol.id.SessionId.random(), name, agent, repo, branch, "hello",
                dev.baton.protocol.session.Sender.parse("web:mallory"));
    }

    private static void assertRefused(WireMessage.StartResult r, String why) {
        assertFalse(r.started(), "refused: " + r);
        assertTrue(r.reason().contains(why), "'" + why + "' in: " + r.reason());
    }
}
