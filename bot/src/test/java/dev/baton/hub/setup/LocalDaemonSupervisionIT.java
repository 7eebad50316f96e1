package dev.baton.hub.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.baton.config.RuntimeRoot;
import dev.baton.testing.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The supervision loop of {@code baton up} on a stand-in for {@code bin/agent} (a shell script): a killed daemon is
 * restarted with the reason logged, and a daemon that keeps exiting at once is a crash loop that is given up, and
 * said so. The real daemon's re-adoption is {@code BatonUpIT}'s.
 */
class LocalDaemonSupervisionIT {
    private static final String AGENT = """
            #!/bin/sh
            echo "$*" >> "$BATON_DIR/calls"
            case "$1 $2" in
              "daemon restart")
                if [ -f "$BATON_DIR/broken" ]; then echo "agentd: invalid config (a typo, for the test)"; exit 2; fi
                echo $$ > "$BATON_DIR/agentd.pid"
                exec sleep 600 ;;
              "daemon stop") echo "daemon stopped" ;;
            esac
            """;

    @TempDir
    Path tmp;
    private final ListAppender<ILoggingEvent> seen = new ListAppender<>();
    private LocalDaemon daemon;

    @Test
    void a_killed_daemon_is_restarted_and_a_crash_loop_is_given_up_and_said_so() throws Exception {
        Path agent = Files.writeString(tmp.resolve("agent"), AGENT);
        Files.setPosixFilePermissions(agent, PosixFilePermissions.fromString("rwx------"));
        RuntimeRoot root = new RuntimeRoot(tmp);
        seen.start();
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(LocalDaemon.class)).addAppender(seen);
        RestartBackoff.Policy fast = new RestartBackoff.Policy(Duration.ofMillis(20), Duration.ofMillis(80),
                Duration.ofSeconds(30), 3);
        daemon = LocalDaemon.supervise(List.of(agent.toString()), root, "local",
                Map.of("BATON_DIR", tmp.toString(), "PATH", System.getenv("PATH")), Clock.systemUTC(), fast,
                p -> p.isAlive() && pidFile(root).equals(String.valueOf(p.pid())));
        assertEquals(1, calls("daemon restart --foreground"));

        Files.writeString(tmp.resolve("broken"), "");
        ProcessHandle.of(Long.parseLong(Files.readString(root.pidFile()).strip())).orElseThrow().destroyForcibly();
        Eventually.await("the crash loop given up", Duration.ofSeconds(20), () -> !daemon.supervising());
        assertEquals(4, calls("daemon restart --foreground"), "the first start and three restarts");
        List<String> lines = seen.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertTrue(lines.get(0).startsWith("local daemon 'local' was killed by signal 9 (SIGKILL), exit status 137 after"),
                lines.get(0));
        assertTrue(lines.get(0).endsWith("restarting it in 0 s (restart 1 in a row)"), lines.get(0));
        assertTrue(lines.get(1).contains("exited with status 2 after 0 s; restarting it in 0 s (restart 2 in a row)."
                + " Its log ends:\n  | agentd: invalid config (a typo, for the test)"), lines.get(1));
        String last = lines.get(lines.size() - 1);
        assertTrue(last.contains("exited with status 2 again: 4 exits in a row, each within 30 s of its start; not"
                + " restarting it any more. See " + root.daemonLog()), last);

        daemon.close();
        assertEquals(1, calls("daemon stop"));
        assertFalse(daemon.supervising());
    }

    /** The script writes its pid (setsid does not fork, and sleep is exec'd) only when it "serves". */
    private static String pidFile(RuntimeRoot root) {
        try {
            return Files.readString(root.pidFile()).strip();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private long calls(String line) throws Exception {
        return Files.readAllLines(tmp.resolve("calls")).stream().filter(line::equals).count();
    }

    @AfterEach
    void stop() {
        if (daemon != null) {
            daemon.close();
        }
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(LocalDaemon.class)).detachAppender(seen);
    }
}
