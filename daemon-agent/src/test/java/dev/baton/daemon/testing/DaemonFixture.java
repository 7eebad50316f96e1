package dev.baton.daemon.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real daemon (with the scripted agent, plus any extra TOML) and one temp git repo shared by a test
 * class: {@code @RegisterExtension static DaemonFixture fx = new DaemonFixture("");}.
 */
public final class DaemonFixture implements BeforeAllCallback, AfterAllCallback {
    private final String extraConfig;
    private Path tmp;
    private DaemonProcess daemon;
    private TempRepo repo;

    public DaemonFixture(String extraConfig) {
        this.extraConfig = extraConfig;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        tmp = Files.createTempDirectory("baton-it-");
        repo = TempRepo.create(tmp);
        daemon = new DaemonProcess(tmp.resolve("root"), Map.of()).config(extraConfig).start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        daemon.close();
        try (Stream<Path> paths = Files.walk(tmp)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    public DaemonProcess daemon() {
        return daemon;
    }

    public TempRepo repo() {
        return repo;
    }

    public Path tmp() {
        return tmp;
    }

    public Cli cli() {
        return daemon.cli();
    }
}
