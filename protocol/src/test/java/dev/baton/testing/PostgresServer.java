package dev.baton.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for tests, from the Debian package's binaries: {@code initdb} into a temp directory, then
 * {@code postgres} on a free loopback port with its socket in that directory. One server per test JVM
 * ({@link #shared()}), started on first use and stopped (its directory removed) when the JVM exits; each test class
 * takes a database of its own ({@link #database(String)}).
 *
 * <p>{@code initdb} and {@code postgres} refuse to run as root, and CI runs as root: then they run as the
 * unprivileged user {@value #OS_USER}, created here once ({@code useradd}) and used through {@code runuser}.
 * Where the binaries are missing, {@link #shared()} skips the test loudly (an assumption, and a line on stderr naming
 * what is missing); binaries that are there but do not start a server fail the test with the server's log.
 */
public final class PostgresServer implements AutoCloseable {
    /** The OS user the server runs as when the tests run as root. */
    public static final String OS_USER = "baton-pg";
    /** The database superuser initdb creates; local loopback connections are trusted. */
    public static final String DB_USER = "baton";
    private static final Duration START = Duration.ofSeconds(60);
    private static PostgresServer shared;

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asRoot;
    private final Process process;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path bin, Path dir, int port, boolean asRoot, Process process) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asRoot = asRoot;
        this.process = process;
    }

    /** The JVM's one server, started on first use; skips the calling test loudly where PostgreSQL is missing. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start(binariesOrSkip());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "postgres-stop"));
        }
        return shared;
    }

    /** A server of the caller's own, which it must {@link #close()}; skips loudly where PostgreSQL is missing. */
    public static PostgresServer startNew() {
        return start(binariesOrSkip());
    }

    private static Path binariesOrSkip() {
        Optional<Path> bin = binaries();
        if (bin.isPresent()) {
            return bin.get();
        }
        String missing = "PostgreSQL server binaries (initdb, postgres, pg_ctl, createdb, pg_isready) not found in "
                + Optional.ofNullable(System.getenv("BATON_PG_BIN")).map(b -> "BATON_PG_BIN=" + b)
                        .orElse("/usr/lib/postgresql/*/bin or PATH")
                + "; install the Debian package 'postgresql' (bin/test does)";
        System.err.println("SKIPPED: PostgreSQL tests: " + missing);
        Assumptions.abort("PostgreSQL tests skipped: " + missing);
        throw new AssertionError("unreachable");
    }

    /**
     * Where initdb and postgres are: {@code $BATON_PG_BIN} alone when it is set, else the newest
     * {@code /usr/lib/postgresql/N/bin}, else PATH.
     */
    public static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        String forced = System.getenv("BATON_PG_BIN");
        if (forced != null && !forced.isBlank()) {
            candidates.add(Path.of(forced));
            return candidates.stream().filter(PostgresServer::hasServer).findFirst();
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (var versions = Files.list(debian)) {
                versions.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .sorted(Comparator.comparingInt((Path p) -> Integer.parseInt(p.getFileName().toString())).reversed())
                        .map(p -> p.resolve("bin")).forEach(candidates::add);
            } catch (IOException e) {
                // then PATH
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!entry.isEmpty()) {
                candidates.add(Path.of(entry));
            }
        }
        return candidates.stream().filter(PostgresServer::hasServer).findFirst();
    }

    private static boolean hasServer(Path dir) {
        return Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("postgres"))
                && Files.isExecutable(dir.resolve("pg_ctl")) && Files.isExecutable(dir.resolve("createdb"))
                && Files.isExecutable(dir.resolve("pg_isready"));
    }

    private static PostgresServer start(Path bin) {
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        try {
            if (asRoot) {
                ensureOsUser();
            }
            Path dir = Files.createTempDirectory("baton-pg-");
            if (asRoot) {
                run(List.of("chown", OS_USER, dir.toString()), false);
            }
            Path data = dir.resolve("data");
            run(command(asRoot, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", DB_USER, "--auth=trust",
                    "-E", "UTF8", "--no-locale", "--no-sync"), false);
            int port = freePort();
            List<String> postgres = command(asRoot, bin.resolve("postgres").toString(), "-D", data.toString(), "-k",
                    dir.toString(), "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-F");
            Path log = dir.resolve("postgres.log");
            Process p = new ProcessBuilder(postgres).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            PostgresServer server = new PostgresServer(bin, dir, port, asRoot, p);
            server.awaitReady(log);
            return server;
        } catch (IOException e) {
            throw new AssertionError("PostgreSQL could not be started from " + bin + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady(Path log) {
        try {
            Eventually.await("PostgreSQL to accept connections on 127.0.0.1:" + port, START, () -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("postgres exited: " + Files.readString(log, StandardCharsets.UTF_8));
                }
                return run(List.of(bin.resolve("pg_isready").toString(), "-q", "-h", "127.0.0.1", "-p",
                        Integer.toString(port)), true) == 0;
            });
        } catch (AssertionError e) {
            String tail = "";
            try {
                tail = Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException ignored) {
                // the assertion says enough
            }
            close();
            throw new AssertionError(e.getMessage() + "\n--- postgres.log ---\n" + tail, e);
        }
    }

    /**
     * A new, empty database (ICU collation en-US where the server has ICU); returns its JDBC URL (user
     * {@value #DB_USER}, no password).
     */
    public String database(String hint) {
        String name = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_" + databases.incrementAndGet();
        List<String> createdb = List.of(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port),
                "-U", DB_USER);
        try {
            // a real collation (ICU en-US, as a production database would have), not initdb's C: an ORDER BY that
            // relies on byte order shows here
            List<String> icu = new ArrayList<>(createdb);
            icu.addAll(List.of("-T", "template0", "--locale-provider=icu", "--icu-locale=en-US", "--locale=C.UTF-8", name));
            if (run(icu, true) != 0) {
                List<String> plain = new ArrayList<>(createdb);
                plain.add(name);
                run(plain, false);
            }
        } catch (IOException e) {
            throw new AssertionError("createdb " + name + " failed: " + e.getMessage(), e);
        }
        return url(name);
    }

    /** The JDBC URL of database {@code name} on this server. */
    public String url(String name) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=" + DB_USER;
    }

    public int port() {
        return port;
    }

    /** The temp directory holding the data dir, the socket and {@code postgres.log}; removed by {@link #close()}. */
    public Path dir() {
        return dir;
    }

    /** Runs one SQL statement with {@code psql} in {@code database}; returns its unaligned output. */
    public String psql(String database, String sql) {
        try {
            Process p = new ProcessBuilder(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port),
                    "-U", DB_USER, "-d", database, "-tAc", sql).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("psql failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("psql could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Whether the server's OS user is {@value #OS_USER} (the tests run as root) rather than the tests' own. */
    public boolean runsAsOsUser() {
        return asRoot;
    }

    /** Stops the server (fast shutdown, with a deadline) and removes its directory. */
    @Override
    public synchronized void close() {
        if (process.isAlive()) {
            try {
                run(command(asRoot, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast",
                        "-w", "-t", "30", "stop"), true);
            } catch (IOException e) {
                // then the signal below
            }
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            run(List.of("rm", "-rf", dir.toString()), true);
        } catch (IOException e) {
            // a temp dir left behind
        }
    }

    private static void ensureOsUser() throws IOException {
        if (run(List.of("id", "-u", OS_USER), true) == 0) {
            return;
        }
        run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OS_USER), true);
        if (run(List.of("id", "-u", OS_USER), true) != 0) {
            throw new IOException("could not create the OS user '" + OS_USER + "' (useradd) that runs PostgreSQL as non-root");
        }
    }

    private static List<String> command(boolean asRoot, String... args) {
        List<String> out = new ArrayList<>();
        if (asRoot) {
            out.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        out.addAll(List.of(args));
        return out;
    }

    /** Runs a short command to its end (60 s at most); unless {@code mayFail}, a non-zero exit is an IOException. */
    private static int run(List<String> command, boolean mayFail) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in 60 s");
            }
            if (p.exitValue() != 0 && !mayFail) {
                throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ": "
                        + new String(out, StandardCharsets.UTF_8).strip());
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
