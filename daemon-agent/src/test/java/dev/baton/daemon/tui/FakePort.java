package dev.baton.daemon.tui;

import dev.baton.protocol.cli.SessionSummary;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.SessionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A daemon for the TUI's fast tests: sessions set by the test, requests recorded. */
final class FakePort implements DaemonPort {
    final List<SessionSummary> sessions = new ArrayList<>();
    final Map<SessionId, Map<String, Object>> usage = new HashMap<>();
    final Map<String, List<Map<String, Object>>> history = new HashMap<>();
    final List<String> requests = new ArrayList<>();

    static SessionSummary session(String name, SessionState state, String attention, String createdAt) {
        return new SessionSummary(new SessionId("s-" + String.format("%012x", name.hashCode() & 0xffffffffL)),
                name, "claude", state, attention, "/r", "main", "baton/" + name, "/w/" + name, false, "cli:ana", 1,
                Optional.empty(), createdAt, Optional.empty(), 61_000, "/l", "", "", "default", Optional.empty());
    }

    FakePort add(SessionSummary s) {
        sessions.removeIf(x -> x.name().equals(s.name()));
        sessions.add(s);
        return this;
    }

    @Override
    public Listing list() {
        return new Listing(List.copyOf(sessions), Map.copyOf(usage));
    }

    @Override
    public Stream feed() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Map<String, Object>> events(String name) {
        return history.getOrDefault(name, List.of());
    }

    @Override
    public String answer(String name, String promptId, String inputHash, Decision decision) {
        requests.add("answer " + name + " " + promptId + " " + inputHash + " " + decision.wire());
        return decision.words();
    }

    @Override
    public void sendInput(String name, String text) {
        requests.add("input " + name + " " + text);
    }

    @Override
    public String screen(String name) {
        return "screen of " + name;
    }

    @Override
    public String recap(String name) {
        return "recap of " + name;
    }

    @Override
    public String kill(String name) {
        requests.add("kill " + name);
        return "killed";
    }

    @Override
    public Terminal attach(String name, int cols, int rows) {
        throw new Refused("no terminals here");
    }
}
