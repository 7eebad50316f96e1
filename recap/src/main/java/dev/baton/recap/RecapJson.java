package dev.baton.recap;

import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON form of a recap: what {@code agent recap NAME --json} prints and what the daemon sends the hub. */
public final class RecapJson {
    private RecapJson() {}

    public static Map<String, Object> toMap(Recap r) {
        return Json.object("name", r.name(), "agent", r.agent(), "repo", r.repo(), "base_branch", r.baseBranch(),
                "branch", r.branch(), "state", r.state(), "goal", r.goal(), "owner", r.owner(),
                "open_prompt", r.openPrompt().map(p -> Json.object("tool", p.tool(), "detail", p.detail(),
                        "question", p.question(), "options", p.options())).orElse(null),
                "participants", r.participants().stream().map(p -> Json.object("user", p.user(),
                        "started_it", p.startedIt(), "turns", p.turns(), "approvals", p.approvals(),
                        "denials", p.denials())).toList(),
                "changes_known", r.changesKnown(),
                "changes", Json.object("insertions", r.changes().insertions(), "deletions", r.changes().deletions(),
                        "files", r.changes().files().stream().map(f -> Json.object("path", f.path(),
                                "insertions", f.insertions(), "deletions", f.deletions(), "binary", f.binary())).toList(),
                        "commits", r.changes().commits(), "uncommitted", r.changes().uncommitted()),
                "attempts", r.attempts().stream().map(a -> Json.object("what", a.what(), "outcome", a.outcome().words(),
                        "by", a.by(), "note", a.note())).toList(),
                "last_message", Json.object("text", r.lastMessage().text(),
                        "source", r.lastMessage().source().name().toLowerCase(java.util.Locale.ROOT)),
                "links", r.links().stream().map(l -> Json.object("label", l.label(), "command", l.command())).toList(),
                "artifacts", r.artifacts().stream().map(a -> Json.object("kind", a.kind(), "path", a.path(),
                        "commit", a.commit(), "label", a.label())).toList(),
                "prose", r.prose().map(p -> Json.object("text", p.text(), "writer", p.writer(), "problem", p.problem()))
                        .orElse(null),
                "cost", r.cost().map(c -> Json.object("tokens", c.tokens(), "usd", c.usd(), "unpriced", c.unpriced(),
                        "by_person", c.byPerson().stream().map(p -> Json.object("user", p.user(), "tokens", p.tokens(),
                                "usd", p.usd(), "unpriced", p.unpriced())).toList())).orElse(null));
    }

    public static String write(Recap r) {
        return Json.write(toMap(r));
    }

    public static Recap read(String json) {
        Fields f = Fields.of(Json.parseObject(json));
        Optional<Recap.OpenPrompt> open = Optional.ofNullable(object(f.map().get("open_prompt"))).map(Fields::of)
                .map(p -> new Recap.OpenPrompt(p.string("tool"), p.string("detail"), p.string("question"),
                        p.strings("options")));
        Fields changes = Fields.of(object(f.map().get("changes")));
        Fields last = Fields.of(object(f.map().get("last_message")));
        return new Recap(f.string("name"), f.string("agent"), f.string("repo"), f.string("base_branch"),
                f.string("branch"), f.string("state"), f.string("goal"), f.string("owner"), open,
                objects(f, "participants").stream().map(p -> new Recap.Participant(p.string("user"),
                        p.flag("started_it"), (int) p.number("turns"), (int) p.number("approvals"),
                        (int) p.number("denials"))).toList(),
                f.flag("changes_known"),
                new Recap.Changes(objects(changes, "files").stream().map(x -> new Recap.FileChange(x.string("path"),
                        (int) x.number("insertions"), (int) x.number("deletions"), x.flag("binary"))).toList(),
                        changes.strings("commits"), changes.strings("uncommitted")),
                objects(f, "attempts").stream().map(a -> new Recap.Attempt(a.string("what"),
                        Recap.Outcome.valueOf(a.string("outcome").toUpperCase(java.util.Locale.ROOT)), a.string("by"),
                        a.string("note"))).toList(),
                new Recap.LastMessage(last.string("text"),
                        Recap.Source.valueOf(last.string("source").toUpperCase(java.util.Locale.ROOT))),
                objects(f, "links").stream().map(l -> new Recap.Link(l.string("label"), l.string("command"))).toList(),
                objects(f, "artifacts").stream().map(a -> new Recap.Artifact(a.string("kind"), a.string("path"),
                        a.string("commit"), a.string("label"))).toList(),
                Optional.ofNullable(object(f.map().get("prose"))).map(Fields::of)
                        .map(p -> new Recap.Prose(p.string("text"), p.string("writer"), p.string("problem"))),
                Optional.ofNullable(object(f.map().get("cost"))).map(Fields::of).map(c -> new Recap.Cost(c.number("tokens"),
                        usd(c), c.number("unpriced"), objects(c, "by_person").stream().map(p -> new Recap.PersonCost(
                                p.string("user"), p.number("tokens"), usd(p), p.number("unpriced"))).toList())));
    }

    private static double usd(Fields f) {
        return f.map().get("usd") instanceof Number n ? n.doubleValue() : 0.0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    private static List<Fields> objects(Fields f, String key) {
        Object v = f.map().get(key);
        if (!(v instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(RecapJson::object).filter(java.util.Objects::nonNull).map(Fields::of).toList();
    }
}
