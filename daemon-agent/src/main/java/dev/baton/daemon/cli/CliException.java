package dev.baton.daemon.cli;

/** A command failed with a message for the user (from the daemon, or a missing daemon). Exit code 1. */
final class CliException extends RuntimeException {
    private final int exitCode;

    CliException(String message) {
        this(message, 1);
    }

    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
