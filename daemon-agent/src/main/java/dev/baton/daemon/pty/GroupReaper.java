package dev.baton.daemon.pty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends what an agent leaves behind when it exits by itself ({@code /exit} in Claude Code): the moment the process
 * group's leader (the agent) is gone, the rest of its group gets SIGTERM, then SIGKILL after {@link #GRACE_MILLIS}
 * if anything is still there, as {@code agent kill} does. Without it a tool the agent started in the background
 * (a dev server, a watcher) would outlive the session and, holding the terminal open, keep the session from ending.
 * A process that left the group ({@code setsid}) is out of reach, as it is for {@code kill}.
 */
final class GroupReaper {
    private static final Logger log = LoggerFactory.getLogger(GroupReaper.class);
    static final long GRACE_MILLIS = 2_000;
    private static final int SIGTERM = 15;
    private static final int SIGKILL = 9;

    private GroupReaper() {}

    /** Watches {@code leader}, whose pid is its process group's id, on a small platform thread of its own. */
    static void watch(Process leader) {
        int pgid = (int) leader.pid();
        Thread.ofPlatform().name("reap-" + pgid).daemon(true).start(() -> {
            try {
                leader.waitFor();
            } catch (InterruptedException e) {
                return;
            }
            reap(pgid);
        });
    }

    /** SIGTERM to group {@code pgid}, then SIGKILL once the grace is over if any member is left. */
    static void reap(int pgid) {
        if (LibC.kill(-pgid, 0) != 0) {
            return; // the group is empty: nothing was left running
        }
        log.info("agent {} exited; ending what it left running in its process group", pgid);
        LibC.kill(-pgid, SIGTERM);
        long deadline = System.nanoTime() + GRACE_MILLIS * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (LibC.kill(-pgid, 0) != 0) {
                return;
            }
            try {
                Thread.sleep(50); // polling a kernel fact; no event exists for "a process group became empty"
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        LibC.kill(-pgid, SIGKILL);
    }
}
