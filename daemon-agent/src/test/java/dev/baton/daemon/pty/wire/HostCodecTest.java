package dev.baton.daemon.pty.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostCodecTest {
    private static DataInputStream in(ByteArrayOutputStream buf) {
        return new DataInputStream(new ByteArrayInputStream(buf.toByteArray()));
    }

    @Test
    void every_request_round_trips() throws IOException {
        List<HostRequest> all = List.of(
                new HostRequest.Spawn("s-1", List.of("claude", "--x"), Map.of("TERM", "xterm-256color", "É", "ü"),
                        "/tmp/w", 120, 40),
                new HostRequest.Attach("s-1"),
                new HostRequest.Resize("s-1", 100, 30),
                new HostRequest.Signal("s-1", 15),
                new HostRequest.ListAgents(),
                new HostRequest.Release("s-1"),
                new HostRequest.StopHost());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buf);
        for (HostRequest r : all) {
            HostCodec.write(out, r);
        }
        HostCodec.write(out, new HostRequest.Input("s-1", "hi\r".getBytes(StandardCharsets.UTF_8)));
        DataInputStream in = in(buf);
        for (HostRequest r : all) {
            assertEquals(r, HostCodec.readRequest(in));
        }
        HostRequest.Input input = (HostRequest.Input) HostCodec.readRequest(in);
        assertArrayEquals("hi\r".getBytes(StandardCharsets.UTF_8), input.bytes());
        assertNull(HostCodec.readRequest(in), "a clean end of stream");
    }

    @Test
    void every_reply_round_trips_and_output_is_framed_from_a_slice() throws IOException {
        List<HostReply> all = List.of(
                new HostReply.Attached("s-1", 4242, 1024),
                new HostReply.Lost("s-1", 99),
                new HostReply.Exit("s-1", 130),
                new HostReply.Agents(List.of(new HostReply.AgentStatus("s-1", 1, true, -1),
                        new HostReply.AgentStatus("s-2", 2, false, 3))),
                new HostReply.Done(),
                new HostReply.Refused("no agent s-9"));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buf);
        for (HostReply r : all) {
            HostCodec.write(out, r);
        }
        byte[] big = "..output..".getBytes(StandardCharsets.US_ASCII);
        HostCodec.writeOutput(out, "s-1", big, 2, 6);
        DataInputStream in = in(buf);
        for (HostReply r : all) {
            assertEquals(r, HostCodec.readReply(in));
        }
        HostReply.Output o = (HostReply.Output) HostCodec.readReply(in);
        assertEquals("s-1", o.key());
        assertEquals("output", new String(o.bytes(), StandardCharsets.US_ASCII));
    }

    @Test
    void a_connection_opens_with_the_protocol_version() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        HostCodec.writeMagic(new DataOutputStream(buf));
        assertEquals(true, HostCodec.readMagic(in(buf)));
        assertEquals(false, HostCodec.readMagic(new DataInputStream(new ByteArrayInputStream(new byte[] {0, 0, 0, 1}))));
    }
}
