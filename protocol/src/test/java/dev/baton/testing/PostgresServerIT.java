package dev.baton.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The test harness itself: a real server, not as root, a database per caller, gone without a trace when closed. */
class PostgresServerIT {
    @Test
    void a_server_runs_as_the_unprivileged_user_under_root_gives_fresh_databases_and_leaves_nothing_when_closed()
            throws Exception {
        Path dir;
        int port;
        try (PostgresServer server = PostgresServer.startNew()) {
            dir = server.dir();
            port = server.port();
            String first = server.database("Harness Check");
            String second = server.database("Harness Check");
            assertNotEquals(first, second, "each call is a database of its own");
            assertTrue(first.startsWith("jdbc:postgresql://127.0.0.1:" + port + "/harness_check_"), first);
            String name = first.substring(first.lastIndexOf('/') + 1, first.indexOf('?'));
            assertEquals("1", server.psql(name, "SELECT 1"));
            assertTrue(server.psql(name, "SHOW listen_addresses").equals("127.0.0.1"));
            assertEquals("b,Z", server.psql(name, "SELECT string_agg(x, ',' ORDER BY x) FROM (VALUES ('Z'), ('b')) v(x)"),
                    "a database sorts as a production one would (ICU en-US), not in C's byte order");
            if (server.runsAsOsUser()) {
                assertEquals(PostgresServer.OS_USER, Files.getOwner(dir.resolve("data")).getName(),
                        "under root the data dir, and so the server, belong to the unprivileged user");
            } else {
                assertEquals(System.getProperty("user.name"), Files.getOwner(dir.resolve("data")).getName());
            }
        }
        assertFalse(Files.exists(dir), "the temp directory is removed");
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            throw new AssertionError("something still listens on " + port);
        } catch (java.io.IOException expected) {
            // the server is gone
        }
    }
}
