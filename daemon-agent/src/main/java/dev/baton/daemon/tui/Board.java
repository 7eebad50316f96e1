package dev.baton.daemon.tui;

import dev.baton.protocol.cli.SessionSummary;
import dev.baton.protocol.id.SessionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rows and the selection. Rows are sorted by attention: those that need a human ({@code action}) first, then
 * {@code notice}, then the rest, most recently active first. The selection starts on the top row and follows its
 * session when rows move; a filter keeps the rows whose name, agent, branch or attention contains it.
 */
final class Board {
    static final Comparator<Row> ORDER = Comparator.comparingInt(Row::rank)
            .thenComparing(Row::lastActivity, Comparator.reverseOrder()).thenComparing(Row::name);

    private List<Row> all = List.of();
    private List<Row> shown = List.of();
    private final Map<SessionId, String> activity = new HashMap<>();
    private SessionId selected;
    private String filter = "";

    /** A new listing from the daemon. */
    void update(DaemonPort.Listing listing) {
        List<Row> rows = new ArrayList<>();
        for (SessionSummary s : listing.sessions()) {
            Map<String, Object> usage = listing.usage().get(s.id());
            String at = activity.getOrDefault(s.id(), s.createdAt());
            rows.add(new Row(s, UsageCells.tokens(usage), UsageCells.cost(usage),
                    at.compareTo(s.createdAt()) > 0 ? at : s.createdAt()));
        }
        all = rows;
        arrange();
    }

    /** Session {@code id} did something at {@code at} (an event's ISO-8601 time). */
    void touched(SessionId id, String at) {
        activity.merge(id, at, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        all = all.stream().map(r -> r.id().equals(id) ? r.touched(at) : r).toList();
        arrange();
    }

    void filter(String text) {
        filter = text;
        arrange();
    }

    String filter() {
        return filter;
    }

    List<Row> rows() {
        return shown;
    }

    Optional<Row> selected() {
        return shown.stream().filter(r -> r.id().equals(selected)).findFirst();
    }

    int selectedIndex() {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(selected)) {
                return i;
            }
        }
        return -1;
    }

    /** Moves the selection by {@code delta} rows, staying on the list. */
    void move(int delta) {
        if (shown.isEmpty()) {
            return;
        }
        int i = Math.max(0, Math.min(shown.size() - 1, selectedIndex() + delta));
        selected = shown.get(i).id();
    }

    /** How many rows need a human. */
    long needingYou() {
        return all.stream().filter(r -> r.rank() == 0).count();
    }

    int total() {
        return all.size();
    }

    private void arrange() {
        String f = filter.toLowerCase(Locale.ROOT);
        shown = all.stream().filter(r -> f.isEmpty() || matches(r, f)).sorted(ORDER).toList();
        if (selectedIndex() < 0) {
            selected = shown.isEmpty() ? null : shown.get(0).id();
        }
    }

    private static boolean matches(Row r, String f) {
        SessionSummary s = r.session();
        return (s.name() + "\n" + s.agent() + "\n" + s.branch() + "\n" + s.attention() + "\n" + s.state().wire())
                .toLowerCase(Locale.ROOT).contains(f);
    }
}
