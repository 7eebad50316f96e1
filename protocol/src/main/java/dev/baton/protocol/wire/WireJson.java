package dev.baton.protocol.wire;

import dev.baton.protocol.event.EventJson;
import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import dev.baton.protocol.wire.WireMessage.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Frames as JSON text: {@code {"v":2,"n":12,"ack":40,"type":"deliver_turn",...}}. */
public final class WireJson {
    private WireJson() {}

    public static String write(Frame frame) {
        Map<String, Object> map = Json.object("v", WireMessage.VERSION, "n", frame.number(), "ack", frame.ack(),
                "type", type(frame.message()));
        map.putAll(body(frame.message()));
        return Json.write(map);
    }

    /** Parses a frame; throws {@link JsonException} for malformed text, unknown types or another version. */
    public static Frame read(String text) {
        Fields f = Fields.of(Json.parseObject(text));
        long v = f.number("v");
        if (v != WireMessage.VERSION) {
            throw new JsonException("protocol version " + v + " is not supported (this side speaks " + WireMessage.VERSION + ")");
        }
        return new Frame(f.optNumber("n").orElse(0L), f.optNumber("ack").orElse(0L), message(f.string("type"), f));
    }

    static String type(WireMessage m) {
        return switch (m) {
            case Hello h -> "hello";
            case StartResult s -> "start_result";
            case Event e -> "event";
            case QueryResult q -> "query_result";
            case PtyOutput o -> "pty_output";
            case Watch w -> "watch";
            case Pause p -> "pause";
            case Welcome w -> "welcome";
            case Rejected r -> "rejected";
            case StartSession s -> "start_session";
            case DeliverTurn d -> "deliver_turn";
            case SendKeys k -> "send_keys";
            case Kill k -> "kill";
            case AnswerPrompt a -> "answer_prompt";
            case AuditNote a -> "audit_note";
            case Query q -> "query";
            case Ack a -> "ack";
            case Heartbeat h -> "heartbeat";
        };
    }

    private static Map<String, Object> body(WireMessage m) {
        return switch (m) {
            case Hello h -> {
                List<Object> agents = new ArrayList<>();
                h.agents().forEach(a -> agents.add(Json.object("name", a.name(), "vendor", a.vendor())));
                yield Json.object("protocol_version", h.protocolVersion(), "daemon_id", h.daemonId(), "name", h.name(),
                        "host", h.host(), "repos", h.repos(), "agents", agents, "capacity", h.capacity(),
                        "token", h.token(), "hello_ack", h.ack());
            }
            case StartResult s -> Json.object("request_id", s.requestId(), "session_id", s.sessionId(),
                    "started", s.started(), "reason", s.reason(), "name", s.name(), "agent", s.agent(), "repo", s.repo(),
                    "base_branch", s.baseBranch(), "branch", s.branch());
            case Event e -> Json.object("record", EventJson.toMap(e.record()));
            case QueryResult q -> Json.object("request_id", q.requestId(), "ok", q.ok(), "text", q.text());
            case PtyOutput o -> Json.object("session_id", o.sessionId(), "reset", o.reset(), "cols", o.cols(),
                    "rows", o.rows(), "data", o.data());
            case Watch w -> Json.object("session_id", w.sessionId(), "on", w.on());
            case Pause p -> Json.object("session_id", p.sessionId(), "paused", p.paused(), "sender", p.sender());
            case Welcome w -> Json.object("hub", w.hub(), "resume", new java.util.TreeMap<>(w.resume()));
            case Rejected r -> Json.object("reason", r.reason());
            case StartSession s -> Json.object("request_id", s.requestId(), "session_id", s.sessionId(), "name", s.name(),
                    "agent", s.agent(), "repo", s.repo(), "branch", s.branch(), "prompt", s.prompt(), "owner", s.owner(),
                    "continues", s.continues(), "co_author", s.coAuthor());
            case DeliverTurn d -> Json.object("session_id", d.sessionId(), "turn_id", d.turnId(), "number", d.number(),
                    "sender", d.sender(), "text", d.text(), "co_author", d.coAuthor());
            case SendKeys k -> Json.object("session_id", k.sessionId(), "keys", k.keys(), "sender", k.sender());
            case Kill k -> Json.object("session_id", k.sessionId(), "remove", k.remove(), "sender", k.sender());
            case AnswerPrompt a -> Json.object("session_id", a.sessionId(), "prompt_id", a.promptId(),
                    "input_hash", a.inputHash(), "decision", a.decision(), "sender", a.sender(), "message", a.message(),
                    "co_author", a.coAuthor());
            case AuditNote a -> Json.object("session_id", a.sessionId(), "actor", a.actor(), "action", a.action(),
                    "outcome", a.outcome(), "reason", a.reason());
            case Query q -> Json.object("request_id", q.requestId(), "session_id", q.sessionId(), "kind", q.kind());
            case Ack a -> Json.object();
            case Heartbeat h -> Json.object();
        };
    }

    @SuppressWarnings("unchecked")
    private static WireMessage message(String type, Fields f) {
        return switch (type) {
            case "hello" -> {
                List<AgentOffer> agents = new ArrayList<>();
                Object raw = f.map().get("agents");
                if (raw instanceof List<?> list) {
                    for (Object o : list) {
                        Fields a = Fields.of((Map<String, Object>) o);
                        agents.add(new AgentOffer(a.string("name"), a.string("vendor")));
                    }
                }
                yield new Hello((int) f.number("protocol_version"), f.string("daemon_id"), f.string("name"),
                        f.optString("host").orElse(""), f.strings("repos"), agents, f.optNumber("capacity").orElse(0L).intValue(),
                        f.optString("token").orElse(""), f.optNumber("hello_ack").orElse(0L));
            }
            case "start_result" -> new StartResult(f.string("request_id"), f.optString("session_id").orElse(""),
                    f.flag("started"), f.optString("reason").orElse(""), f.optString("name").orElse(""),
                    f.optString("agent").orElse(""), f.optString("repo").orElse(""), f.optString("base_branch").orElse(""),
                    f.optString("branch").orElse(""));
            case "event" -> new Event(EventJson.fromMap(f.object("record").map()));
            case "query_result" -> new QueryResult(f.string("request_id"), f.flag("ok"), f.optString("text").orElse(""));
            case "pty_output" -> new PtyOutput(f.string("session_id"), f.flag("reset"),
                    f.optNumber("cols").orElse(0L).intValue(), f.optNumber("rows").orElse(0L).intValue(),
                    f.optString("data").orElse(""));
            case "watch" -> new Watch(f.string("session_id"), f.flag("on"));
            case "pause" -> new Pause(f.string("session_id"), f.flag("paused"), f.string("sender"));
            case "welcome" -> {
                java.util.Map<String, Long> resume = new java.util.HashMap<>();
                Object raw = f.map().get("resume");
                if (raw instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> resume.put(String.valueOf(k), ((Number) v).longValue()));
                }
                yield new Welcome(f.optString("hub").orElse("hub"), resume);
            }
            case "rejected" -> new Rejected(f.optString("reason").orElse("rejected"));
            case "start_session" -> new StartSession(f.string("request_id"), f.string("session_id"), f.string("name"),
                    f.optString("agent").orElse(""), f.string("repo"), f.optString("branch").orElse(""),
                    f.optString("prompt").orElse(""), f.string("owner"), f.optString("continues").orElse(""),
                    f.optString("co_author").orElse(""));
            case "deliver_turn" -> new DeliverTurn(f.string("session_id"), f.string("turn_id"), f.number("number"),
                    f.string("sender"), f.string("text"), f.optString("co_author").orElse(""));
            case "send_keys" -> new SendKeys(f.string("session_id"), f.strings("keys"), f.string("sender"));
            case "kill" -> new Kill(f.string("session_id"), f.flag("remove"), f.string("sender"));
            case "answer_prompt" -> new AnswerPrompt(f.string("session_id"), f.string("prompt_id"),
                    f.optString("input_hash").orElse(""), f.string("decision"), f.string("sender"),
                    f.optString("message").orElse(""), f.optString("co_author").orElse(""));
            case "audit_note" -> new AuditNote(f.string("session_id"), f.string("actor"), f.string("action"),
                    f.string("outcome"), f.optString("reason").orElse(""));
            case "query" -> new Query(f.string("request_id"), f.string("session_id"), f.string("kind"));
            case "ack" -> new Ack();
            case "heartbeat" -> new Heartbeat();
            default -> throw new JsonException("unknown message type '" + type + "'");
        };
    }
}
