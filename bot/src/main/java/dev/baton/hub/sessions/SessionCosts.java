package dev.baton.hub.sessions;

import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.store.UsageRow;
import dev.baton.protocol.event.SessionEvent;
import dev.baton.protocol.id.SessionId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who pays for what a session uses: the usage of a turn belongs to whoever sent that turn, and the first prompt's to
 * whoever started the session. The payer so far is a session fact ({@code payer}), so a restarted hub goes on
 * attributing; each {@code usage} event is added to the payer's row of the day in {@code usage_by_person}. Core thread.
 */
public final class SessionCosts {
    private static final String PAYER = "payer";
    private final HubStore store;

    public SessionCosts(HubStore store) {
        this.store = store;
    }

    /** The session started: until someone's turn is delivered, its usage is its starter's. */
    public void started(HubSession s) {
        if (store.fact(s.id(), PAYER).isEmpty() && !s.ownerKey().isEmpty()) {
            store.putFact(s.id(), PAYER, s.ownerKey());
        }
    }

    /** A turn reached the agent: what it uses from now on is {@code senderKey}'s. */
    public void turnDelivered(SessionId session, String senderKey) {
        store.putFact(session, PAYER, senderKey);
    }

    /** Who pays for what the session uses now (a user key), or empty before it started. */
    public java.util.Optional<String> payer(SessionId session) {
        return store.fact(session, PAYER);
    }

    /**
     * One model request of the session, counted for whoever pays for it now, on the day it was made (UTC); returns
     * what was added.
     */
    public UsageRow used(HubSession s, SessionEvent.Usage u, Instant at) {
        String payer = store.fact(s.id(), PAYER).orElse(s.ownerKey().isEmpty() ? "unknown" : s.ownerKey());
        String channel = s.card().map(c -> c.thread().channel().key()).orElse("");
        UsageRow row = new UsageRow(s.id().value(), payer, at.atZone(ZoneOffset.UTC).toLocalDate().toString(), channel,
                u.inputTokens(), u.outputTokens(), u.cacheReadTokens(), u.cacheWriteTokens(), u.costUsd().orElse(0.0),
                u.costUsd().isPresent() ? 0 : 1);
        store.usage().add(row);
        return row;
    }

    public UsageTotal total(SessionId session) {
        return UsageTotal.of(store.usage().ofSession(session.value()));
    }

    /** A session's usage by person (user key), in the order they first appear. */
    public Map<String, UsageTotal> byPerson(SessionId session) {
        return byPerson(store.usage().ofSession(session.value()));
    }

    public static Map<String, UsageTotal> byPerson(List<UsageRow> rows) {
        Map<String, UsageTotal> out = new LinkedHashMap<>();
        for (UsageRow r : rows) {
            out.merge(r.person(), UsageTotal.NONE.plus(r), (a, b) -> new UsageTotal(a.tokens() + b.tokens(),
                    a.usd() + b.usd(), a.unpriced() + b.unpriced()));
        }
        return out;
    }

    /** Rows of {@code day} or later. */
    public List<UsageRow> since(String day) {
        return store.usage().since(day);
    }
}
