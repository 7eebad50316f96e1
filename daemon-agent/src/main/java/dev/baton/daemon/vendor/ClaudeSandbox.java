package dev.baton.daemon.vendor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Claude Code's own command sandbox, for {@code mode = "workspace-write"}: merged into the worktree's
 * {@code .claude/settings.local.json} as a {@code sandbox} section. Every Bash command then runs confined by the
 * operating system (bubblewrap on Linux, Seatbelt on macOS): it writes only inside the worktree (and Claude Code's
 * own per-session temporary folder), reaches only {@code allowedDomains} without asking, and may never fall back to
 * running unsandboxed ({@code allowUnsandboxedCommands: false} makes Claude Code ignore
 * {@code dangerouslyDisableSandbox}). A sandbox that cannot start is an error at Claude Code's start
 * ({@code failIfUnavailable}), never a silent run without one. Sandboxed commands need no permission prompt
 * ({@code autoAllowBashIfSandboxed}); anything outside the sandbox (a new domain, an edit outside the worktree)
 * still asks. Keys checked against claude 2.1.329's settings schema.
 */
public record ClaudeSandbox(List<String> allowedDomains) {
    /** What the sandbox needs on Linux, with the Debian package that has it. */
    private static final List<String[]> LINUX_TOOLS = List.of(new String[] {"bwrap", "bubblewrap"},
            new String[] {"socat", "socat"});

    public ClaudeSandbox {
        allowedDomains = List.copyOf(allowedDomains);
    }

    /** Merges the sandbox section into the worktree's settings, keeping every other key (and the user's domains). */
    void install(Path worktree) {
        ClaudeSettingsFile.merge(worktree, "Claude Code's sandbox settings", root -> {
            ObjectNode sandbox = root.get("sandbox") instanceof ObjectNode s ? s : root.putObject("sandbox");
            sandbox.put("enabled", true);
            sandbox.put("failIfUnavailable", true);
            sandbox.put("autoAllowBashIfSandboxed", true);
            sandbox.put("allowUnsandboxedCommands", false);
            ObjectNode network = sandbox.get("network") instanceof ObjectNode n ? n : sandbox.putObject("network");
            Set<String> domains = new LinkedHashSet<>();
            if (network.get("allowedDomains") instanceof ArrayNode existing) {
                existing.forEach(d -> domains.add(d.asText()));
            }
            domains.addAll(allowedDomains);
            ArrayNode list = network.putArray("allowedDomains");
            domains.forEach(list::add);
        });
    }

    /** The mode as the card, {@code agent ls} and the page show it, e.g. {@code workspace-write, network: github.com}. */
    String describe() {
        return "workspace-write" + (allowedDomains.isEmpty() ? "" : ", network: " + String.join(", ", allowedDomains));
    }

    /**
     * Why agent {@code agent} cannot start in this mode, if it cannot: on Linux the sandbox needs {@code bwrap}
     * (bubblewrap) and {@code socat} on the agent's {@code path}; Claude Code would refuse to start without them.
     */
    public static Optional<String> problem(String agent, String path, String osName) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty(); // macOS: Seatbelt is built in; elsewhere Claude Code says what it lacks
        }
        List<String> missing = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        for (String[] tool : LINUX_TOOLS) {
            if (!onPath(tool[0], path)) {
                missing.add(tool[0]);
                packages.add(tool[1]);
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("agent '" + agent + "' runs in mode \"workspace-write\": Claude Code's command sandbox"
                + " needs bubblewrap (bwrap) and socat, and " + String.join(" and ", missing) + " "
                + (missing.size() == 1 ? "is" : "are") + " not on the agent's PATH; install "
                + (packages.size() == 1 ? "it" : "them") + " with: apt-get install " + String.join(" ", packages)
                + " (Debian/Ubuntu; see https://code.claude.com/docs/en/sandboxing for others)");
    }

    private static boolean onPath(String command, String path) {
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path p = Path.of(dir, command);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return true;
                }
            }
        }
        return false;
    }
}
