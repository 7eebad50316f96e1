package dev.baton.daemon.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.daemon.ipc.Wire;
import dev.baton.daemon.testing.Cli;
import dev.baton.daemon.testing.DaemonFixture;
import dev.baton.daemon.testing.DaemonProcess;
import dev.baton.testing.Eventually;
import dev.baton.daemon.testing.TempRepo;
import dev.baton.protocol.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The attach protocol the CLI speaks: repaint, live output, keys in, one attacher, forced detach. */
class AttachIT {
    @RegisterExtension
    static final DaemonFixture fx = new DaemonFixture("");
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

    /** One attached client reading frames on a background thread. */
    static final class Attacher implements AutoCloseable {
        final SocketChannel ch;
        final DataOutputStream out;
        final String response;
        final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        volatile String end;

        Attacher(String name, String user) throws Exception {
            ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            ch.connect(UnixDomainSocketAddress.of(daemon.root().resolve("agentd.sock")));
            out = new DataOutputStream(Channels.newOutputStream(ch));
            var in = Channels.newInputStream(ch);
            Wire.writeLine(out, Json.object("op", "attach", "name", name, "cols", 100, "rows", 30, "user", user));
            response = Wire.readLine(in);
            if (response.contains("\"ok\":true")) {
                Thread.ofVirtual().start(() -> {
                    DataInputStream din = new DataInputStream(in);
                    try {
                        while (true) {
                            Wire.Frame f = Wire.readFrame(din);
                            if (f.type() == Wire.END) {
                                end = new String(f.payload(), StandardCharsets.UTF_8);
                                return;
                            }
                            synchronized (screen) {
                                screen.write(f.payload());
                            }
                        }
                    } catch (Exception e) {
                        end = end == null ? "closed" : end;
                    }
                });
            }
        }

        String seen() {
            synchronized (screen) {
                return screen.toString(StandardCharsets.UTF_8);
            }
        }

        void type(String s) {
            try {
                Wire.writeFrame(out, Wire.INPUT, s.getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws java.io.IOException {
            ch.close();
        }
    }

    @Test
    void attacher_sees_the_screen_types_keys_and_can_be_detached_by_someone_else() throws Exception {
        cli.run("run", "--name", "shared", "--agent", "scripted", "--repo", repo.dir().toString(), "first words").ok();
        Eventually.await("prompt", Duration.ofSeconds(20), () -> cli.screen("shared").contains("\n>"));
        try (Attacher ana = new Attacher("shared", "ana")) {
            assertTrue(ana.response.contains("\"ok\":true"), ana.response);
            Eventually.await("the repaint", Duration.ofSeconds(10), () -> ana.seen().contains("first prompt: first words"));
            ana.type("write attached.txt from the terminal\r");
            Eventually.await("the echo", Duration.ofSeconds(10), () -> ana.seen().contains("wrote attached.txt"));
            Eventually.await("the resize", Duration.ofSeconds(10), () -> {
                ana.type("size\r");
                return cli.screen("shared").contains("size: 30 100");
            });
            try (Attacher bob = new Attacher("shared", "bob")) {
                assertTrue(bob.response.contains("already attached by cli:ana"), bob.response);
            }
            String detached = cli.run("detach", "shared").ok().out();
            assertEquals("detached\n", detached);
            Eventually.await("ana's end frame", Duration.ofSeconds(10), () -> ana.end != null);
            assertTrue(ana.end.startsWith("detached"), ana.end);
        }
        try (Attacher bob = new Attacher("shared", "bob")) {
            assertTrue(bob.response.contains("\"ok\":true"), "after a detach the next one may attach: " + bob.response);
        }
        String events = cli.run("events", "shared").ok().out();
        assertTrue(events.contains("attached") && events.contains("cli:ana") && events.contains("detached"), events);
    }
}
