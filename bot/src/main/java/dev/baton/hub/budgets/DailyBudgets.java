package dev.baton.hub.budgets;

import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatSurface;
import dev.baton.chat.Post;
import dev.baton.config.BudgetSettings;
import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.access.Identities;
import dev.baton.hub.sessions.SessionCosts;
import dev.baton.hub.sessions.SessionDirectory;
import dev.baton.hub.sessions.SessionThreads;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.UsageRow;
import dev.baton.hub.turns.Pauses;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.session.Sender;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code person_daily_usd} and {@code channel_daily_usd}, enforced at the hub from {@code usage_by_person} (UTC days,
 * over every daemon): a notice once a person's (or channel's) day passes 80%; at 100% each of their running sessions is
 * paused (interrupt key, turns held) and gets a budget card whose "Raise by $N" lifts that day's limit by
 * {@code raise_step_usd}, for today only. Only {@code [budgets] approvers} and {@code [approvals] approvers} may raise
 * a daily budget (a person may not lift their own cap); a raise is audited in each held session's event stream.
 * The raises, notices and holds are kept in memory: a restarted hub starts the day's raises afresh. Core thread.
 */
public final class DailyBudgets {
    /** The daily budget card's Raise button; its value is {@code kind|day|key}. */
    public static final String RAISE = "daily_budget_raise";
    static final Sender BUDGET = new Sender(Sender.Surface.HUB, "budget");
    private static final BigDecimal NOTICE_AT = new BigDecimal("0.8");

    /** Whose day a daily budget holds; its word is the first part of the Raise button's value. */
    private enum Kind {
        PERSON, CHANNEL;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Optional<Kind> parse(String word) {
            return java.util.Arrays.stream(values()).filter(k -> k.word().equals(word)).findFirst();
        }
    }

    /** A person's ({@link Kind#PERSON}, a user key) or a channel's ({@link Kind#CHANNEL}, a channel key) UTC day. */
    private record Scope(Kind kind, String key, String day) {
        String words() {
            return switch (kind) {
                case PERSON -> key.substring(key.indexOf(':') + 1) + "'s daily budget";
                case CHANNEL -> "channel " + key + "'s daily budget";
            };
        }

        /** The usage row's part this scope adds up. */
        String of(UsageRow r) {
            return switch (kind) {
                case PERSON -> r.person();
                case CHANNEL -> r.channel();
            };
        }

        Optional<BigDecimal> limit(BudgetSettings settings) {
            return switch (kind) {
                case PERSON -> settings.personDailyUsd();
                case CHANNEL -> settings.channelDailyUsd();
            };
        }
    }

    private static final class Standing {
        BigDecimal raised = BigDecimal.ZERO;
        boolean noticed;
        boolean spent;
        final Set<SessionId> held = new LinkedHashSet<>();
    }

    private final BudgetSettings settings;
    private final List<String> raisers;
    private final SessionDirectory sessions;
    private final SessionThreads threads;
    private final Pauses pauses;
    private final SessionCosts costs;
    private final AccessGuard guard;
    private final Map<Scope, Standing> standings = new HashMap<>();

    /** {@code approvers}: {@code [approvals] approvers}, who may raise daily budgets with {@code [budgets] approvers}. */
    public DailyBudgets(BudgetSettings settings, List<String> approvers, SessionDirectory sessions, SessionThreads threads,
                        Pauses pauses, SessionCosts costs, AccessGuard guard) {
        this.settings = settings;
        List<String> all = new ArrayList<>(settings.approvers());
        all.addAll(approvers);
        this.raisers = List.copyOf(all);
        this.sessions = sessions;
        this.threads = threads;
        this.pauses = pauses;
        this.costs = costs;
        this.guard = guard;
    }

    /** {@code added} was counted for session {@code s}; returns {@code s} as it stands after (held: action:budget). */
    public HubSession used(HubSession s, UsageRow added) {
        HubSession out = s;
        if (settings.personDailyUsd().isPresent()) {
            out = check(out, new Scope(Kind.PERSON, added.person(), added.day()), settings.personDailyUsd().get());
        }
        if (settings.channelDailyUsd().isPresent() && !added.channel().isEmpty()) {
            out = check(out, new Scope(Kind.CHANNEL, added.channel(), added.day()), settings.channelDailyUsd().get());
        }
        return out;
    }

    private HubSession check(HubSession s, Scope scope, BigDecimal configured) {
        Standing st = standings.computeIfAbsent(scope, k -> new Standing());
        BigDecimal limit = configured.add(st.raised);
        BigDecimal spent = spent(scope);
        if (spent.compareTo(limit) >= 0 && !st.spent) {
            st.spent = true;
            st.noticed = true;
            return hold(s, scope, st, scope.words() + " is spent: " + BudgetCard.dollars2(spent) + " of "
                    + BudgetCard.dollars2(limit) + " on " + scope.day() + " (UTC); the agent is paused");
        }
        if (spent.compareTo(limit.multiply(NOTICE_AT)) >= 0 && !st.noticed) {
            st.noticed = true;
            threads.say(s, Post.Text.of("ℹ budget: 80% of " + scope.words() + " is spent: " + BudgetCard.dollars2(spent)
                    + " of " + BudgetCard.dollars2(limit) + " today (UTC)"));
        }
        return s;
    }

    private HubSession hold(HubSession current, Scope scope, Standing st, String message) {
        HubSession out = current;
        for (HubSession x : running(scope, current)) {
            pauses.hold(x, BUDGET, true);
            st.held.add(x.id());
            HubSession marked = x.withAttention("action:budget " + message);
            threads.say(marked, BudgetCard.render(marked, message, settings.raiseStepUsd(), RAISE,
                    scope.kind().word() + "|" + scope.day() + "|" + scope.key(), SessionThreads.ownerMentions(marked)));
            if (x.id().equals(current.id())) {
                out = marked; // the caller stores it and refreshes its card
            } else {
                sessions.put(marked);
                threads.refreshCard(marked);
            }
        }
        return out;
    }

    /** "Raise by $N" on a daily budget card. */
    public void press(ChatEvent.Button b, ChatSurface from) {
        String[] parts = b.value().split("\\|", 3);
        Optional<HubSession> here = sessions.byThread(b.message().thread().key());
        Optional<Kind> kind = parts.length == 3 ? Kind.parse(parts[0]) : Optional.empty();
        if (kind.isEmpty() || here.isEmpty()) {
            from.reply(b.message().thread(), Post.Text.of("That budget is unknown to this hub."));
            return;
        }
        Scope scope = new Scope(kind.get(), parts[2], parts[1]);
        Optional<BigDecimal> configured = scope.limit(settings);
        Standing st = standings.get(scope);
        if (configured.isEmpty() || st == null) {
            from.reply(b.message().thread(), Post.Text.of("That budget is unknown to this hub."));
            return;
        }
        Sender by = Identities.sender(b.user());
        if (!raisers.contains(b.user().key())) {
            String why = raisers.isEmpty() ? "nobody may raise a daily budget here (set [budgets] approvers)"
                    : "only budget approvers may raise " + scope.words();
            guard.audit(here.get(), by, "raise_budget", "refused", why);
            from.reply(b.message().thread(), Post.Text.of("Sorry " + b.user().name() + ", " + why + "."));
            return;
        }
        st.raised = st.raised.add(settings.raiseStepUsd());
        BigDecimal limit = configured.get().add(st.raised);
        BigDecimal spent = spent(scope);
        st.spent = spent.compareTo(limit) >= 0;
        st.noticed = spent.compareTo(limit.multiply(NOTICE_AT)) >= 0;
        String said = b.user().name() + " raised " + scope.words() + " by " + BudgetCard.dollars2(settings.raiseStepUsd())
                + " to " + BudgetCard.dollars2(limit) + " for " + scope.day();
        for (SessionId id : List.copyOf(st.held)) {
            sessions.byId(id).ifPresent(x -> {
                guard.audit(x, by, "raise_budget", "done", scope.kind().word() + " " + scope.key() + " daily budget by "
                        + settings.raiseStepUsd().toPlainString() + " to " + limit.toPlainString() + " for " + scope.day());
                if (st.spent) {
                    threads.say(x, Post.Text.of(said + "; still over it (" + BudgetCard.dollars2(spent)
                            + "), so the agent stays paused."));
                } else if (!heldElsewhere(id, st)) {
                    pauses.hold(x, by, false);
                    HubSession cleared = x.attention().startsWith("action:budget") ? x.withAttention("") : x;
                    sessions.put(cleared);
                    threads.refreshCard(cleared);
                    threads.say(x, Post.Text.of(said + "; the agent carries on."));
                } else {
                    threads.say(x, Post.Text.of(said + "; another daily budget still holds the agent paused."));
                }
            });
        }
        if (!st.spent) {
            st.held.clear();
        }
    }

    private boolean heldElsewhere(SessionId id, Standing except) {
        return standings.values().stream().anyMatch(o -> o != except && o.spent && o.held.contains(id));
    }

    /** The scope's running sessions: the person's (they pay for them now) or the channel's. */
    private List<HubSession> running(Scope scope, HubSession current) {
        List<HubSession> out = new ArrayList<>();
        for (HubSession x : sessions.all()) {
            HubSession row = x.id().equals(current.id()) ? current : x;
            if (row.ended()) {
                continue;
            }
            boolean in = switch (scope.kind()) {
                case PERSON -> costs.payer(row.id()).orElse(row.ownerKey()).equals(scope.key());
                case CHANNEL -> row.card().map(c -> c.thread().channel().key()).orElse("").equals(scope.key());
            };
            if (in) {
                out.add(row);
            }
        }
        return out;
    }

    private BigDecimal spent(Scope scope) {
        BigDecimal sum = BigDecimal.ZERO;
        for (UsageRow r : costs.since(scope.day())) {
            if (r.day().equals(scope.day()) && scope.of(r).equals(scope.key())) {
                sum = sum.add(BigDecimal.valueOf(r.costUsd()));
            }
        }
        return sum;
    }
}
