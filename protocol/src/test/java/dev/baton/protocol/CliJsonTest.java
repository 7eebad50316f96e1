package dev.baton.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.protocol.cli.CliJson;
import dev.baton.protocol.cli.CliReply;
import dev.baton.protocol.cli.CliReply.*;
import dev.baton.protocol.cli.CliRequest;
import dev.baton.protocol.cli.CliRequest.*;
import dev.baton.protocol.cli.SessionSummary;
import dev.baton.protocol.cli.SessionUsage;
import dev.baton.protocol.cli.StreamEnd;
import dev.baton.protocol.cli.Target;
import dev.baton.protocol.id.SessionId;
import dev.baton.protocol.json.Json;
import dev.baton.protocol.json.JsonException;
import dev.baton.protocol.json.RecordJson;
import dev.baton.protocol.session.Decision;
import dev.baton.protocol.session.SessionState;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CliJsonTest {
    static final SessionId ID = new SessionId("s-0123456789ab");
    static final Target NAMED = Target.named("fix-login");
    static final Optional<String> ANA = Optional.of("ana");

    static final List<CliRequest<?>> REQUESTS = List.of(
            new Info(true),
            new Run("fix-login", Optional.of("claude"), "/r", Optional.empty(), Optional.of("fix it"), ANA, Optional.of("old")),
            new Ls(true, Optional.of("login")),
            new Screen(NAMED),
            new SendInput(NAMED, "hello\nworld", ANA),
            new SendKeys(NAMED, List.of("esc", "1"), ANA),
            new Diff(NAMED, true),
            new Recap(NAMED, true),
            new Kill(NAMED, true, ANA),
            new Emit(Target.of(null, ID.value()), "action", "question", Optional.of("which one?"), ANA),
            new Detach(Target.of(null, ID.value()), ANA),
            new Attach(NAMED, 120, 40, ANA),
            new Events(NAMED, true, 12),
            new Feed(),
            new Answer(NAMED, "p-1234abcd", "0123456789ab", Decision.ALLOW_ALWAYS, ANA),
            new StreamEvents(Target.named(ID.value()), 3),
            new AppendSessionEvents(Target.of(null, ID.value()), List.of(Map.of("level", "notice", "kind", "test_run",
                    "message", "12 passed", "passed", 12L)), ANA),
            new Hook(ID.value(), "PermissionRequest", Map.of("tool_name", "Bash", "n", 1L)),
            new Budget(NAMED, Optional.of("1.00"), Optional.empty(), ANA),
            new Stop(true));

    static SessionSummary summary(Optional<String> ended) {
        return new SessionSummary(ID, "fix-login", "claude", SessionState.WAITING, "action:permission", "/r", "main",
                "baton/fix-login", "/w", false, "cli:ana", 4242, ended.map(e -> 0), "2026-11-21T10:00:00Z",
                ended, 61_000, "/l.log", "cli:bob", "hook,screen", "default", Optional.empty());
    }

    static final SessionUsage USAGE = new SessionUsage(30, 15, 900, 600, Optional.of(0.0036), "claude-opus-5-5", 3,
            Optional.empty());

    static SessionSummary withUsage() {
        SessionSummary s = summary(Optional.empty());
        return new SessionSummary(s.id(), s.name(), s.agent(), s.state(), s.attention(), s.repo(), s.baseBranch(),
                s.branch(), s.worktree(), s.worktreeRemoved(), s.owner(), s.pid(), s.exitCode(), s.createdAt(),
                s.endedAt(), s.elapsedMs(), s.log(), s.attachedBy(), s.layers(), s.mode(), Optional.of(USAGE));
    }

    static final List<CliReply> REPLIES = List.of(
            new Failed("no session named 'x'"),
            new DaemonFacts("laptop", "dev", 42, "/root", "/root/agentd.sock", "/c.toml", "2026-11-21T10:00:00Z", 5, 2,
                    36, "21", Optional.of("connected"), Map.of("claude", new AgentFacts("claude", List.of("-x"), "claude", true))),
            new Started(summary(Optional.empty())),
            new Listing("2026-11-21T10:01:01Z",
                    List.of(summary(Optional.empty()), summary(Optional.of("2026-11-21T10:05:00Z")), withUsage())),
            new ScreenImage(100, 30, 2, 5, false, true, List.of("a", "b"), "a\nb"),
            new Seq(7),
            new Message("detached"),
            new Appended(2, List.of(new Rejection(1, "kind is missing")), 41),
            new Killed("killed", Optional.of(130), List.of("saved a patch")),
            new DiffText("main", "baton/x", "diff --git"),
            new Recapped(Map.of("goal", "fix it"), "# x", "x", true, 60),
            new Attached("fix-login"),
            new EventsOpened(ID, "fix-login"),
            new BudgetState("fix-login", USAGE, Optional.of("1.001"), Optional.empty(), true, 1545, Optional.of("raised")),
            new FeedOpened("2026-11-21T10:01:01Z"),
            new HookAnswer(Optional.of("allow_always"), Optional.empty(), Optional.of(List.of(Map.of("type", "addRules")))),
            HookAnswer.none());

    @Test
    void every_request_round_trips_through_its_json_line() {
        for (CliRequest<?> r : REQUESTS) {
            assertEquals(r, CliJson.readRequest(Json.parseObject(CliJson.write(r))));
        }
    }

    @Test
    void every_reply_round_trips_through_its_json_line() {
        for (CliReply r : REPLIES) {
            Class<? extends CliReply> type = r instanceof Failed ? Seq.class : r.getClass();
            assertEquals(r, CliJson.readReply(Json.parseObject(CliJson.write(r)), type));
        }
    }

    @Test
    void the_socket_requests_of_instrumented_agents_are_named_as_agentd_names_them() {
        assertEquals("append_session_events", Json.parseObject(CliJson.write(REQUESTS.stream()
                .filter(r -> r instanceof AppendSessionEvents).findFirst().orElseThrow())).get("op"));
        assertEquals("stream_events", Json.parseObject(CliJson.write(new StreamEvents(NAMED, 0))).get("op"));
    }

    @Test
    void the_lists_above_cover_every_request_and_reply() {
        assertEquals(names(CliRequest.class.getPermittedSubclasses()), REQUESTS.stream().map(r -> r.getClass().getSimpleName())
                .collect(Collectors.toSet()));
        assertEquals(names(CliReply.class.getPermittedSubclasses()), REPLIES.stream().map(r -> r.getClass().getSimpleName())
                .collect(Collectors.toSet()));
    }

    @Test
    void the_json_lines_keep_the_protocols_field_names() {
        assertEquals("{\"op\":\"ls\",\"all\":true}", CliJson.write(new Ls(true, Optional.empty())));
        assertEquals("{\"op\":\"send_input\",\"name\":\"fix-login\",\"text\":\"hi\",\"user\":\"ana\"}",
                CliJson.write(new SendInput(NAMED, "hi", ANA)));
        assertEquals("{\"op\":\"detach\",\"session_id\":\"s-0123456789ab\",\"user\":\"ana\"}",
                CliJson.write(new Detach(Target.of(null, ID.value()), ANA)));
        assertEquals("{\"op\":\"stop\",\"keep_agents\":false}", CliJson.write(new Stop(false)));
        assertEquals("{\"op\":\"feed\"}", CliJson.write(new Feed()));
        assertEquals("{\"op\":\"answer\",\"name\":\"x\",\"prompt_id\":\"p-1\",\"input_hash\":\"h\",\"decision\":\"deny\"}",
                CliJson.write(new Answer(Target.named("x"), "p-1", "h", Decision.DENY, Optional.empty())));
        assertEquals("{\"ok\":false,\"error\":\"nope\"}", CliJson.write(new Failed("nope")));
        assertEquals("{\"ok\":true}", CliJson.write(HookAnswer.none()));
        assertEquals("{\"ok\":true,\"cols\":100,\"rows\":30,\"cursor_row\":2,\"cursor_col\":5,\"alt_screen\":false,"
                + "\"replayed\":true,\"lines\":[\"a\"],\"text\":\"a\"}",
                CliJson.write(new ScreenImage(100, 30, 2, 5, false, true, List.of("a"), "a")));
        assertEquals("{\"id\":\"s-0123456789ab\",\"name\":\"fix-login\",\"agent\":\"claude\",\"state\":\"waiting\","
                + "\"attention\":\"action:permission\",\"repo\":\"/r\",\"base_branch\":\"main\",\"branch\":\"baton/fix-login\","
                + "\"worktree\":\"/w\",\"worktree_removed\":false,\"owner\":\"cli:ana\",\"pid\":4242,"
                + "\"created_at\":\"2026-11-21T10:00:00Z\",\"elapsed_ms\":61000,\"log\":\"/l.log\",\"attached_by\":\"cli:bob\","
                + "\"layers\":\"hook,screen\",\"mode\":\"default\"}", RecordJson.write(summary(Optional.empty())));
        assertTrue(RecordJson.write(withUsage()).endsWith("\"mode\":\"default\",\"usage\":{\"input_tokens\":30,"
                + "\"output_tokens\":15,\"cache_read_tokens\":900,\"cache_write_tokens\":600,\"cost_usd\":0.0036,"
                + "\"model\":\"claude-opus-5-5\",\"requests\":3}}"), RecordJson.write(withUsage()));
        assertEquals(new StreamEnd("done"), RecordJson.fromMap(Json.parseObject("{\"end\":\"done\"}"), StreamEnd.class));
    }

    @Test
    void unknown_ops_and_bad_fields_are_explained() {
        JsonException unknown = assertThrows(JsonException.class, () -> CliJson.readRequest(Json.parseObject("{\"op\":\"teleport\"}")));
        assertEquals("unknown request 'teleport' (is the CLI newer than the daemon? try: agent daemon restart)", unknown.getMessage());
        assertEquals("missing field 'op'", assertThrows(JsonException.class, () -> CliJson.readRequest(Map.of())).getMessage());
        assertEquals("missing field 'text'", assertThrows(JsonException.class,
                () -> CliJson.readRequest(Json.parseObject("{\"op\":\"send_input\",\"name\":\"x\"}"))).getMessage());
        assertEquals("field 'all' must be true or false", assertThrows(JsonException.class,
                () -> CliJson.readRequest(Json.parseObject("{\"op\":\"ls\",\"all\":\"yes\"}"))).getMessage());
        assertEquals("field 'keys' must be a list", assertThrows(JsonException.class,
                () -> CliJson.readRequest(Json.parseObject("{\"op\":\"send_keys\",\"name\":\"x\",\"keys\":\"esc\"}"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CliJson.readReply(
                Json.parseObject("{\"ok\":true,\"session\":\"nope\",\"name\":\"x\"}"), EventsOpened.class))
                .getMessage().contains("not a session id"));
    }

    @Test
    void a_refusal_reads_as_failed_whatever_reply_was_expected() {
        assertEquals(new Failed("no"), CliJson.readReply(Json.parseObject("{\"ok\":false,\"error\":\"no\"}"), Listing.class));
        assertEquals(Listing.class, CliJson.replyType(new Ls(false, Optional.empty())));
    }

    private static Set<String> names(Class<?>[] types) {
        return Arrays.stream(types).map(Class::getSimpleName).collect(Collectors.toSet());
    }
}
