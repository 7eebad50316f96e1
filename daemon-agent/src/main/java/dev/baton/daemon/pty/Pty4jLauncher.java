package dev.baton.daemon.pty;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Launches through {@code sh -c 'stty rows R cols C; exec "$0" "$@"'} because pty4j sets the window size
 * only after the child starts, and some children otherwise see a 0x0 terminal (DESIGN.md §10). When the agent exits,
 * {@link GroupReaper} ends whatever it left running in its process group.
 */
final class Pty4jLauncher implements TerminalLauncher {
    @Override
    public AgentTerminal launch(LaunchSpec spec) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add("/bin/sh");
        argv.add("-c");
        argv.add("stty rows " + spec.rows() + " cols " + spec.cols() + " 2>/dev/null; exec \"$0\" \"$@\"");
        argv.addAll(spec.command());
        PtyProcess process = new PtyProcessBuilder(argv.toArray(String[]::new))
                .setEnvironment(spec.env())
                .setDirectory(spec.cwd().toString())
                .setInitialColumns(spec.cols())
                .setInitialRows(spec.rows())
                .setRedirectErrorStream(true)
                .start();
        GroupReaper.watch(process);
        return new PtyTerminal(process);
    }
}
