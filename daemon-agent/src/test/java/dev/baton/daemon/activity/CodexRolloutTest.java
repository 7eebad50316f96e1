package dev.baton.daemon.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.config.PriceTable;
import dev.baton.protocol.event.SessionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodexRolloutTest {
    private static String tokens(long in, long cached, long out, long totalIn) {
        return "{\"timestamp\":\"t\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\",\"info\":{"
                + "\"total_token_usage\":{\"input_tokens\":" + totalIn + ",\"cached_input_tokens\":0,\"output_tokens\":0,"
                + "\"reasoning_output_tokens\":0,\"total_tokens\":" + totalIn + "},"
                + "\"last_token_usage\":{\"input_tokens\":" + in + ",\"cached_input_tokens\":" + cached + ",\"output_tokens\":"
                + out + ",\"reasoning_output_tokens\":1,\"total_tokens\":" + (in + out) + "}}}}";
    }

    private static List<SessionEvent> read(CodexRollout format, UsageLedger ledger, List<String> lines) {
        List<SessionEvent> out = new ArrayList<>();
        long offset = 0;
        for (String l : lines) {
            for (Reading r : format.read("rollout-x.jsonl", offset, l)) {
                switch (r) {
                    case Reading.Did d -> out.add(d.event());
                    case Reading.Served s -> ledger.count(s.request()).ifPresent(out::add);
                }
            }
            offset += l.length() + 1;
        }
        return out;
    }

    static List<String> recorded() throws java.io.IOException {
        try (java.io.InputStream in = CodexRolloutTest.class.getResourceAsStream("codex-0.169.0-rollout.jsonl")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** A rollout recorded from Codex 0.169.0 against the fake Responses API: an approved command, then two answers. */
    @Test
    void a_recorded_rollout_gives_each_turn_once_and_its_words_and_command() throws Exception {
        UsageLedger ledger = new UsageLedger(PriceTable.builtIn());
        List<SessionEvent> events = read(new CodexRollout(), ledger, recorded());
        UsageTotals t = ledger.totals();
        assertEquals(3, t.requests(), "three token_count lines; the token_usage_record lines are not counted again");
        assertEquals(3 * (120 - 100), t.inputTokens());
        assertEquals(3 * 100, t.cacheReadTokens());
        assertEquals(3 * 7, t.outputTokens());
        assertEquals("gpt-5.1-codex", t.model());
        List<SessionEvent> did = events.stream().filter(e -> !(e instanceof SessionEvent.Usage)).toList();
        SessionEvent.ToolCall call = (SessionEvent.ToolCall) did.get(0);
        assertEquals("exec_command", call.tool());
        assertEquals("echo hello > hello.txt", call.command());
        assertEquals(call.callId(), ((SessionEvent.ToolResult) did.get(1)).callId());
        assertTrue(((SessionEvent.ToolResult) did.get(1)).ok(), "Process exited with code 0");
        assertEquals(new SessionEvent.AgentMessage("Done."), did.get(2));
        assertEquals(new SessionEvent.AgentMessage("OK."), did.get(3));
        assertEquals(4, did.size(), did.toString());
    }

    @Test
    void per_turn_usage_is_summed_with_the_cached_input_taken_out_and_repeats_skipped() {
        UsageLedger ledger = new UsageLedger(PriceTable.builtIn());
        List<String> lines = List.of(
                "{\"timestamp\":\"t\",\"type\":\"turn_context\",\"payload\":{\"cwd\":\"/w\",\"model\":\"gpt-5-codex\"}}",
                tokens(120, 100, 7, 120),
                tokens(120, 100, 7, 120), // the same turn reported again
                tokens(50, 0, 3, 30)); // totals restarted after a resume: still a new turn
        List<SessionEvent> events = read(new CodexRollout(), ledger, lines);
        assertEquals(2, events.size(), events.toString());
        UsageTotals t = ledger.totals();
        assertEquals(20 + 50, t.inputTokens(), "uncached input only");
        assertEquals(100, t.cacheReadTokens());
        assertEquals(10, t.outputTokens());
        assertEquals("gpt-5-codex", t.model());
        // 70 uncached x $1.25 + 100 cached x $0.125 + 10 out x $10, per million
        assertEquals(0, new java.math.BigDecimal("0.0002") .compareTo(t.cost().orElseThrow()), t.toString());
    }

    @Test
    void messages_function_calls_and_outputs_become_events() {
        List<String> lines = List.of(
                "{\"type\":\"response_item\",\"payload\":{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"hi\"}]}}",
                "{\"type\":\"response_item\",\"payload\":{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"Writing it.\"}]}}",
                "{\"type\":\"response_item\",\"payload\":{\"type\":\"function_call\",\"name\":\"exec_command\",\"arguments\":\"{\\\"cmd\\\":\\\"echo hi > a.txt\\\"}\",\"call_id\":\"call_1\"}}",
                "{\"type\":\"response_item\",\"payload\":{\"type\":\"function_call_output\",\"call_id\":\"call_1\",\"output\":\"Process exited with code 2\\nOutput:\\nboom\"}}",
                "{\"type\":\"response_item\",\"payload\":{\"type\":\"function_call\",\"name\":\"shell\",\"arguments\":\"{\\\"command\\\":[\\\"bash\\\",\\\"-lc\\\",\\\"ls -la\\\"]}\",\"call_id\":\"call_2\"}}",
                "{\"type\":\"response_item\",\"payload\":{\"type\":\"function_call_output\",\"call_id\":\"call_2\",\"output\":\"{\\\"output\\\":\\\"a.txt\\\\n\\\",\\\"metadata\\\":{\\\"exit_code\\\":0}}\"}}");
        List<SessionEvent> events = read(new CodexRollout(), new UsageLedger(PriceTable.builtIn()), lines);
        assertEquals(new SessionEvent.AgentMessage("Writing it."), events.get(0));
        SessionEvent.ToolCall exec = (SessionEvent.ToolCall) events.get(1);
        assertEquals("echo hi > a.txt", exec.command());
        SessionEvent.ToolResult failed = (SessionEvent.ToolResult) events.get(2);
        assertEquals(false, failed.ok());
        assertTrue(failed.output().contains("boom"));
        assertEquals("ls -la", ((SessionEvent.ToolCall) events.get(3)).command());
        assertEquals(new SessionEvent.ToolResult("call_2", true, "a.txt\n"), events.get(4));
    }

    @Test
    void a_model_missing_from_the_table_shows_its_tokens_and_no_cost() {
        UsageLedger ledger = new UsageLedger(PriceTable.builtIn());
        read(new CodexRollout(), ledger, List.of(
                "{\"type\":\"turn_context\",\"payload\":{\"model\":\"gpt-5.1-codex\"}}", tokens(10, 0, 1, 10)));
        assertEquals(10, ledger.totals().inputTokens());
        assertTrue(ledger.totals().cost().isEmpty());
        assertTrue(ledger.totals().toWire().note().orElseThrow().contains("gpt-5.1-codex"));
        assertTrue(ledger.totals().toWire().costUsd().isEmpty());
        assertTrue(!dev.baton.protocol.json.RecordJson.write(ledger.totals().toWire()).contains("cost_usd"),
                "no made-up number in the JSON either");
    }
}
