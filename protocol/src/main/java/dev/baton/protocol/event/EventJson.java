package dev.baton.protocol.event;

import dev.baton.protocol.event.SessionEvent.*;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import dev.baton.protocol.session.AttentionLevel;
import dev.baton.protocol.session.AttentionReason;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.Sender;
import dev.baton.protocol.session.SessionState;
import dev.baton.protocol.session.SignalLayer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON form of events: {@code {"session","seq","at","type",...fields}}. Stable; scripts read it. */
public final class EventJson {
    private EventJson() {}

    public static Map<String, Object> toMap(EventRecord record) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("session", record.session().value());
        map.put("seq", record.seq());
        map.put("at", record.at().toString());
        map.put("type", record.event().type());
        map.putAll(body(record.event()));
        return map;
    }

    public static Map<String, Object> body(SessionEvent event) {
        return switch (event) {
            case Created c -> Json.object("name", c.name(), "agent", c.agent(), "repo", c.repo(),
                    "base_branch", c.baseBranch(), "branch", c.branch(), "worktree", c.worktree(),
                    "prompt", c.prompt(), "owner", c.owner().toString(), "mode", c.mode());
            case StateChanged s -> Json.object("from", s.from().wire(), "to", s.to().wire(), "reason", s.reason());
            case Attention a -> Json.object("level", a.level().wire(), "kind", a.reason().wire(),
                    "message", a.message(), "layer", a.layer().wire());
            case AttentionCleared a -> Json.object("how", a.how());
            case InputSent i -> Json.object("sender", i.sender().toString(), "text", i.text());
            case KeysSent k -> Json.object("sender", k.sender().toString(), "keys", k.keys());
            case Attached a -> Json.object("who", a.who().toString());
            case Detached d -> Json.object("who", d.who().toString(), "how", d.how());
            case Exited e -> Json.object("exit_code", e.exitCode());
            case ArtifactSaved a -> Json.object("kind", a.kind(), "path", a.path());
            case WorktreeRemoved w -> Json.object("branch", w.branch(), "branch_kept", w.branchKept());
            case KillRequested k -> Json.object("by", k.by().toString(), "remove", k.remove());
            case TurnQueued t -> Json.object("turn_id", t.turnId(), "number", t.number(), "sender", t.sender().toString(),
                    "text", t.text(), "ahead", t.ahead());
            case TurnDelivered t -> Json.object("turn_id", t.turnId(), "number", t.number(), "typed", t.typed());
            case Adopted a -> Json.object("pid", a.pid(), "how", a.how());
            case OutputLost o -> Json.object("bytes", o.bytes());
            case PromptOpened p -> Json.object("prompt_id", p.promptId(), "layer", p.layer().wire(), "tool", p.tool(),
                    "detail", p.detail(), "question", p.question(), "options", p.options(), "input_hash", p.inputHash(),
                    "attended", p.attended());
            case PromptAnswered p -> Json.object("prompt_id", p.promptId(), "decision", p.decision().wire(),
                    "by", p.by().toString(), "how", p.how(), "message", p.message());
            case Audit a -> Json.object("actor", a.actor().toString(), "action", a.action(), "outcome", a.outcome(),
                    "reason", a.reason());
            case AgentMessage m -> Json.object("text", m.text());
            case ToolCall t -> Json.object("call_id", t.callId(), "tool", t.tool(), "input", t.input(),
                    "command", t.command());
            case ToolResult t -> Json.object("call_id", t.callId(), "ok", t.ok(), "output", t.output());
            case Usage u -> Json.object("request", u.request(), "model", u.model(), "input_tokens", u.inputTokens(),
                    "output_tokens", u.outputTokens(), "cache_read_tokens", u.cacheReadTokens(),
                    "cache_write_tokens", u.cacheWriteTokens(), "cost_usd", u.costUsd().orElse(null));
            case BudgetRaised b -> Json.object("by", b.by().toString(), "budget", b.budget(), "amount", b.amount(),
                    "limit", b.limit());
        };
    }

    public static EventRecord fromMap(Map<String, Object> map) {
        Fields f = Fields.of(map);
        return new EventRecord(new SessionId(f.string("session")), f.number("seq"),
                Instant.parse(f.string("at")), event(f.string("type"), f));
    }

    public static SessionEvent event(String type, Fields f) {
        return switch (type) {
            case "created" -> new Created(f.string("name"), f.string("agent"), f.string("repo"),
                    f.string("base_branch"), f.string("branch"), f.string("worktree"), f.string("prompt"),
                    Sender.parse(f.string("owner")), f.optString("mode").orElse(""));
            case "state" -> new StateChanged(SessionState.fromWire(f.string("from")),
                    SessionState.fromWire(f.string("to")), f.optString("reason").orElse(""));
            case "attention" -> new Attention(AttentionLevel.parse(f.string("level")).orElseThrow(),
                    AttentionReason.parse(f.string("kind")).orElseThrow(), f.optString("message").orElse(""),
                    SignalLayer.fromWire(f.string("layer")));
            case "attention_cleared" -> new AttentionCleared(f.optString("how").orElse(""));
            case "input" -> new InputSent(Sender.parse(f.string("sender")), f.string("text"));
            case "keys" -> new KeysSent(Sender.parse(f.string("sender")), f.strings("keys"));
            case "attached" -> new Attached(Sender.parse(f.string("who")));
            case "detached" -> new Detached(Sender.parse(f.string("who")), f.optString("how").orElse(""));
            case "exited" -> new Exited((int) f.number("exit_code"));
            case "artifact" -> new ArtifactSaved(f.string("kind"), f.string("path"));
            case "worktree_removed" -> new WorktreeRemoved(f.string("branch"), f.flag("branch_kept"));
            case "kill_requested" -> new KillRequested(Sender.parse(f.string("by")), f.flag("remove"));
            case "turn_queued" -> new TurnQueued(f.string("turn_id"), f.number("number"), Sender.parse(f.string("sender")),
                    f.string("text"), (int) f.number("ahead"));
            case "turn_delivered" -> new TurnDelivered(f.string("turn_id"), f.number("number"), f.string("typed"));
            case "adopted" -> new Adopted(f.number("pid"), f.optString("how").orElse(""));
            case "output_lost" -> new OutputLost(f.number("bytes"));
            case "prompt_opened" -> new PromptOpened(f.string("prompt_id"), SignalLayer.fromWire(f.string("layer")),
                    f.optString("tool").orElse(""), f.optString("detail").orElse(""), f.optString("question").orElse(""),
                    f.strings("options"), f.optString("input_hash").orElse(""), f.flag("attended"));
            case "prompt_answered" -> new PromptAnswered(f.string("prompt_id"),
                    Decision.fromWire(f.string("decision")).orElseThrow(), Sender.parse(f.string("by")),
                    f.optString("how").orElse(""), f.optString("message").orElse(""));
            case "audit" -> new Audit(Sender.parse(f.string("actor")), f.string("action"), f.string("outcome"),
                    f.optString("reason").orElse(""));
            case "agent_message" -> new AgentMessage(f.string("text"));
            case "tool_call" -> new ToolCall(f.optString("call_id").orElse(""), f.string("tool"),
                    f.optString("input").orElse(""), f.optString("command").orElse(""));
            case "tool_result" -> new ToolResult(f.optString("call_id").orElse(""), f.flag("ok"),
                    f.optString("output").orElse(""));
            case "usage" -> new Usage(f.string("request"), f.optString("model").orElse(""), f.number("input_tokens"),
                    f.number("output_tokens"), f.number("cache_read_tokens"), f.number("cache_write_tokens"),
                    java.util.Optional.ofNullable(f.map().get("cost_usd") instanceof Number n ? n.doubleValue() : null));
            case "budget_raised" -> new BudgetRaised(Sender.parse(f.string("by")), f.string("budget"), f.string("amount"),
                    f.string("limit"));
            default -> throw new JsonException("unknown event type '" + type + "'");
        };
    }
}
