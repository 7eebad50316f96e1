package dev.baton.hub.sessions;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Post;
import dev.baton.hub.access.AccessGuard;
import dev.baton.hub.commands.AgentCommand;
import dev.baton.hub.store.HubSession;
import dev.baton.hub.store.HubStore;
import dev.baton.hub.store.UsageRow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /agent cost}: one session split by person, or the sessions the asker may see added up over today or the
 * last seven days (UTC), for one person or one channel. Attribution is {@link SessionCosts}'. Core thread.
 */
public final class CostReports {
    private final SessionDirectory sessions;
    private final SessionCosts costs;
    private final AccessGuard guard;
    private final HubStore store;
    private final Clock clock;

    public CostReports(SessionDirectory sessions, SessionCosts costs, AccessGuard guard, HubStore store, Clock clock) {
        this.sessions = sessions;
        this.costs = costs;
        this.guard = guard;
        this.store = store;
        this.clock = clock;
    }

    /** This session's cost, and each person's share of it (the usage of their turns). */
    public Post session(HubSession s) {
        List<String> lines = new ArrayList<>();
        UsageTotal total = costs.total(s.id());
        lines.add("Cost of " + s.name() + ": " + total.words());
        costs.byPerson(s.id()).forEach((person, t) -> lines.add("  " + store.who(person) + ": " + t.words()));
        if (total.none()) {
            lines.add("  (no usage counted yet)");
        }
        return new Post.Code("/agent cost", String.join("\n", lines));
    }

    /** The sessions {@code asker} may see, over the command's period, for its person or channel if it names one. */
    public Post totals(AgentCommand.Cost c, ChatUser asker) {
        String period = c.period().orElse("today");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String from = (period.equals("week") ? today.minusDays(6) : today).toString();
        Optional<String> person = c.person().map(p -> Handoffs.resolve(p, asker).key());
        Optional<String> channel = c.channel().map(CostReports::channelId);
        Map<String, List<UsageRow>> bySession = new LinkedHashMap<>();
        for (UsageRow r : costs.since(from)) {
            Optional<HubSession> s = sessions.byId(r.session());
            if (s.isEmpty() || guard.role(asker, s.get()).isEmpty()
                    || person.filter(p -> !p.equals(r.person())).isPresent()
                    || channel.filter(ch -> !inChannel(r.channel(), asker.platform().name(), ch)).isPresent()) {
                continue;
            }
            bySession.computeIfAbsent(r.session(), k -> new ArrayList<>()).add(r);
        }
        List<UsageRow> all = bySession.values().stream().flatMap(List::stream).toList();
        String scope = (period.equals("week") ? "the last 7 days" : "today")
                + person.map(p -> ", turns of " + store.who(p)).orElse("")
                + c.channel().map(ch -> ", in " + ch).orElse("");
        List<String> lines = new ArrayList<>();
        lines.add("Cost of " + bySession.size() + (bySession.size() == 1 ? " session" : " sessions") + ", " + scope
                + ": " + UsageTotal.of(all).words());
        if (!all.isEmpty()) {
            lines.add("By session:");
            bySession.forEach((id, rows) -> lines.add("  " + sessions.byId(id).map(HubSession::name).orElse(id) + ": "
                    + UsageTotal.of(rows).words()));
            lines.add("By person:");
            SessionCosts.byPerson(all).forEach((p, t) -> lines.add("  " + store.who(p) + ": " + t.words()));
        }
        return new Post.Code("/agent cost", String.join("\n", lines));
    }

    /** {@code #general}, Slack's {@code <#C123|general>} or Discord's {@code <#123>}: the channel's id. */
    static String channelId(String mention) {
        String m = mention.startsWith("<#") ? mention.substring(2, mention.length() - (mention.endsWith(">") ? 1 : 0))
                : mention.substring(1);
        int bar = m.indexOf('|');
        return bar < 0 ? m : m.substring(0, bar);
    }

    /** A row's channel key ({@code slack:C1}, {@code discord:G/C}) is channel {@code id} on the asker's platform. */
    private static boolean inChannel(String channelKey, String platform, String id) {
        String p = platform.toLowerCase(java.util.Locale.ROOT) + ":";
        return channelKey.startsWith(p) && (channelKey.equals(p + id) || channelKey.endsWith("/" + id));
    }
}
