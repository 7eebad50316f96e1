package dev.baton.daemon.ipc;

import dev.baton.daemon.session.Session;
import dev.baton.daemon.session.SessionControl;
import dev.baton.daemon.session.Sessions;
import dev.baton.daemon.session.output.Subscriber;
import dev.baton.daemon.store.SessionRow;
import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.CliRequest;
import dev.baton.protocol.cli.StreamEnd;
import dev.baton.protocol.event.EventJson;
import dev.baton.protocol.event.EventRecord;
import dev.baton.protocol.json.RecordJson;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The streaming operations: {@code attach} (binary frames both ways) and {@code events} (JSON lines). */
public final class StreamOps {
    private static final int PAGE = 5_000;
    private final Sessions sessions;
    private final SessionOps ops;

    public StreamOps(Sessions sessions, SessionOps ops) {
        this.sessions = sessions;
        this.ops = ops;
    }

    void attach(CliRequest.Attach r, InputStream in, OutputStream rawOut) throws IOException {
        String name = ops.name(r.target());
        Session session = sessions.live(name).orElseThrow(() -> new OpException(sessions.find(name)
                .map(row -> "session '" + name + "' is not running (" + row.state().wire() + "); see: agent screen " + name)
                .orElse("no session named '" + name + "'")));
        SessionControl control = new SessionControl(session);
        Subscriber<byte[]> sink = new Subscriber<>(4096);
        Optional<String> refused = control.attach(SessionOps.sender(r.user()), sink, r.cols(), r.rows());
        if (refused.isPresent()) {
            throw new OpException(refused.get());
        }
        RequestHandler.reply(rawOut, new CliReply.Attached(name));
        DataOutputStream out = new DataOutputStream(rawOut);
        Thread.ofVirtual().name("attach-in-" + name).start(() -> readInput(new DataInputStream(in), control, sink));
        try {
            while (true) {
                byte[] chunk = sink.poll(1000);
                if (chunk != null) {
                    Wire.writeFrame(out, Wire.OUTPUT, chunk);
                }
            }
        } catch (Subscriber.Ended e) {
            Wire.writeFrame(out, Wire.END, e.getMessage().getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            control.attacherGone(sink);
        }
    }

    private static void readInput(DataInputStream in, SessionControl control, Subscriber<byte[]> sink) {
        try {
            while (!sink.isEnded()) {
                Wire.Frame f = Wire.readFrame(in);
                if (f.type() == Wire.INPUT) {
                    control.rawInput(f.payload());
                } else if (f.type() == Wire.RESIZE) {
                    String[] size = new String(f.payload(), StandardCharsets.US_ASCII).trim().split(" ");
                    control.resize(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
                }
            }
        } catch (EOFException e) {
            // the client detached
        } catch (IOException | RuntimeException e) {
            // a broken client is treated like one that left
        }
        control.attacherGone(sink);
    }

    /**
     * {@code events} and {@code stream_events}: the stored history after {@code after} as JSON lines, then, with
     * {@code follow}, live events until the session ends.
     */
    void events(dev.baton.protocol.cli.Target target, boolean follow, long after, OutputStream out) throws IOException {
        SessionRow row = ops.row(ops.name(target));
        Optional<Session> live = follow ? sessions.live(row.name()).filter(s -> s.id().equals(row.id()))
                : Optional.empty();
        Subscriber<EventRecord> sink = new Subscriber<>(65_536);
        long upTo = live.map(s -> new SessionControl(s).follow(sink)).orElse(Long.MAX_VALUE);
        RequestHandler.reply(out, new CliReply.EventsOpened(row.id(), row.name()));
        sessions.store().flush();
        long last = after;
        while (true) {
            List<EventRecord> page = sessions.store().events(row.id(), last, PAGE);
            for (EventRecord e : page) {
                if (e.seq() > upTo) {
                    break;
                }
                Wire.writeLine(out, EventJson.toMap(e));
                last = e.seq();
            }
            if (page.size() < PAGE || last >= upTo) {
                break;
            }
        }
        if (live.isEmpty()) {
            end(out, follow ? "session is not running (" + row.state().wire() + ")" : "done");
            return;
        }
        try {
            while (true) {
                EventRecord e = sink.poll(1000);
                if (e != null && e.seq() > last) {
                    Wire.writeLine(out, EventJson.toMap(e));
                    last = e.seq();
                }
            }
        } catch (Subscriber.Ended e) {
            end(out, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            sink.cutOff("client went away");
        }
    }

    /** {@code feed}: every session's events from now on, as JSON lines, until the client goes away. */
    void feed(CliRequest.Feed r, OutputStream out) throws IOException {
        Subscriber<EventRecord> sink = new Subscriber<>(65_536);
        sessions.feed().follow(sink);
        try {
            RequestHandler.reply(out, new CliReply.FeedOpened(java.time.Instant.now().toString()));
            while (true) {
                EventRecord e = sink.poll(1000);
                if (e != null) {
                    Wire.writeLine(out, EventJson.toMap(e));
                }
            }
        } catch (Subscriber.Ended e) {
            end(out, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sink.cutOff("client went away");
            sessions.feed().unfollow(sink);
        }
    }

    private static void end(OutputStream out, String why) throws IOException {
        Wire.writeLine(out, RecordJson.toMap(new StreamEnd(why)));
    }
}
