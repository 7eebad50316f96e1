package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.ipc.Wire;
import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonFixture;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.daemon.testing.TempRepo;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Malformed commands, unknown sessions and broken frames get clear errors and break nothing. */
class BadInputIT {
    @RegisterExtension
    static final DaemonFixture fx = new DaemonFixture("""
                [agents.ghost]
                command = "definitely-not-installed-agent"
                """);
    static DaemonProcess daemon;
    static TempRepo repo;
    static Cli cli;
    static Path tmp;

    @BeforeAll
    static void fixture() {
        daemon = fx.daemon();
        repo = fx.repo();
        cli = fx.cli();
        tmp = fx.tmp();
    }

    private static void fails(String expected, int code, String... args) {
        Cli.Result r = cli.run(args);
        assertEquals(code, r.code(), r.err());
        assertTrue(r.err().contains(expected), "stderr should say '" + expected + "' but was: " + r.err());
    }

    @Test
    void unknown_sessions_agents_keys_and_names_are_explained() {
        String repoPath = repo.dir().toString();
        fails("no session named 'nope'", 1, "screen", "nope");
        fails("no session named 'nope'", 1, "send-input", "nope", "--", "hi");
        fails("unknown agent 'gpt'; this daemon defines: ghost, scripted", 1,
                "run", "--name", "a1", "--agent", "gpt", "--repo", repoPath, "x");
        fails("'definitely-not-installed-agent' was not found on the daemon's PATH", 1,
                "run", "--name", "a2", "--agent", "ghost", "--repo", repoPath, "x");
        fails("invalid session name '../etc'", 1, "run", "--name", "../etc", "--agent", "scripted", "--repo", repoPath, "x");
        fails("invalid session name '-rf'", 1, "run", "--name=-rf", "--agent", "scripted", "--repo", repoPath, "x");
        fails("invalid branch name '--upload-pack=x': it starts with '-'", 1, "run", "--name", "a3", "--agent",
                "scripted", "--repo", repoPath, "--branch", "--upload-pack=x", "x");
        fails("no branch 'nosuch'", 1, "run", "--name", "a3", "--agent", "scripted", "--repo", repoPath,
                "--branch", "nosuch", "x");
        fails("is not inside a git repository", 1, "run", "--name", "a4", "--agent", "scripted", "--repo", tmp.toString(), "x");
        fails("run needs --name", 2, "run", "do things");
        fails("run needs a PROMPT", 2, "run", "--name", "a5");
        fails("unknown command 'frobnicate'", 2, "frobnicate");
        fails("unknown option --jsn", 2, "ls", "--jsn");
    }

    @Test
    void base_branches_that_traverse_or_use_revision_syntax_are_refused_before_git_sees_them() {
        String repoPath = repo.dir().toString();
        fails("invalid branch name '../../HEAD': it contains '..'", 1,
                "run", "--name", "b1", "--agent", "scripted", "--repo", repoPath, "--branch", "../../HEAD", "x");
        fails("invalid branch name 'main@{1}': it contains '@{'", 1,
                "run", "--name", "b2", "--agent", "scripted", "--repo", repoPath, "--branch", "main@{1}", "x");
        fails("invalid branch name 'ma?n': it contains a control character", 1,
                "run", "--name", "b3", "--agent", "scripted", "--repo", repoPath, "--branch", "ma\u0001n", "x");
        fails("invalid branch name '/main'", 1,
                "run", "--name", "b4", "--agent", "scripted", "--repo", repoPath, "--branch", "/main", "x");
        assertTrue(!cli.run("ls").ok().out().contains("b1"), "no session was created");
        String branches = repo.git("branch", "--list");
        for (String name : new String[] {"b1", "b2", "b3", "b4"}) {
            assertTrue(!branches.contains("baton/" + name + "\n"), "no branch was created: " + branches);
        }
    }

    @Test
    void malformed_and_oversized_frames_get_an_error_line_and_the_daemon_lives_on() throws Exception {
        assertEquals("{\"ok\":false,\"error\":\"bad request: malformed JSON at offset 6: expected ':'\"}",
                raw("{\"op\"junk\n"));
        assertTrue(raw("{\"op\":\"teleport\"}\n").contains("unknown request 'teleport'"));
        assertTrue(raw("{\"op\":\"screen\"}\n").contains("which session?"));
        assertTrue(raw("x".repeat(Wire.MAX_LINE + 10) + "\n").contains("request larger than"));
        cli.run("ls").ok();
    }

    @Test
    void a_huge_message_is_delivered_whole() {
        cli.run("run", "--name", "big", "--agent", "scripted", "--repo", repo.dir().toString(), "x").ok();
        dev.baton.testing.Eventually.await("prompt", java.time.Duration.ofSeconds(20), () -> cli.screen("big").contains("\n>"));
        String text = "y".repeat(40_000);
        cli.run("send-input", "big", "--", text).ok();
        String events = cli.run("events", "big", "--json").ok().out();
        assertTrue(events.contains(text), "the event keeps the whole text");
    }

    private static String raw(String request) throws Exception {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(daemon.root().resolve("agentd.sock")));
            OutputStream out = Channels.newOutputStream(ch);
            InputStream in = Channels.newInputStream(ch);
            try {
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (java.io.IOException e) {
                // the daemon may answer and close before reading all of an oversized request
            }
            return Wire.readLine(in);
        }
    }
}
