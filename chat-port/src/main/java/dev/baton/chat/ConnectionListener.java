package dev.baton.chat;

/** Told each time an adapter's {@link ConnectionStatus} is set (also when only the next attempt moved). */
@FunctionalInterface
public interface ConnectionListener {
    void changed(Platform platform, ConnectionStatus status);
}
