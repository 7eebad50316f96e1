package dev.baton.hub.setup;

/** How a process ended, as {@code waitpid} tells it to Java: a status, or 128 + the signal that killed it. */
record ExitStatus(int code) {
    /** Killed by a signal (status 129..192). */
    boolean killed() {
        return code > 128 && code <= 128 + 64;
    }

    /** In words: {@code was killed by signal 9 (SIGKILL), exit status 137}, {@code exited with status 2}. */
    String describe() {
        if (killed()) {
            int signal = code - 128;
            String name = switch (signal) {
                case 1 -> " (SIGHUP)";
                case 2 -> " (SIGINT)";
                case 6 -> " (SIGABRT)";
                case 9 -> " (SIGKILL)";
                case 11 -> " (SIGSEGV)";
                case 15 -> " (SIGTERM)";
                default -> "";
            };
            return "was killed by signal " + signal + name + ", exit status " + code;
        }
        return code == 0 ? "stopped (exit status 0)" : "exited with status " + code;
    }
}
