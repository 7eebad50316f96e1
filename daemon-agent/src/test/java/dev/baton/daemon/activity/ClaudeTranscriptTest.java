package dev.baton.daemon.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.config.PriceTable;
import dev.baton.protocol.event.SessionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A transcript recorded from Claude Code 2.1.329 against the fake Messages API (a turn whose first message is a text
 * and a tool call: two lines with the same message id and usage; then a second and a third answer).
 */
class ClaudeTranscriptTest {

    static List<String> recorded() throws IOException {
        try (InputStream in = ClaudeTranscriptTest.class.getResourceAsStream("claude-2.1.329-transcript.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static List<SessionEvent> read(List<String> lines, UsageLedger ledger) {
        ClaudeTranscript format = new ClaudeTranscript();
        List<SessionEvent> out = new ArrayList<>();
        long offset = 0;
        for (String line : lines) {
            for (Reading r : format.read("t.jsonl", offset, line)) {
                switch (r) {
                    case Reading.Did d -> out.add(d.event());
                    case Reading.Served s -> ledger.count(s.request()).ifPresent(out::add);
                }
            }
            offset += line.length() + 1;
        }
        return out;
    }

    @Test
    void usage_repeated_on_each_content_block_is_counted_once_per_message() throws IOException {
        UsageLedger ledger = new UsageLedger(PriceTable.builtIn());
        List<SessionEvent> events = read(recorded(), ledger);
        long usageLines = recorded().stream().filter(l -> l.contains("\"usage\"")).count();
        assertEquals(4, usageLines, "the recording repeats one message's usage on two lines");
        assertEquals(3, events.stream().filter(e -> e instanceof SessionEvent.Usage).count());
        UsageTotals t = ledger.totals();
        assertEquals(30, t.inputTokens());
        assertEquals(15, t.outputTokens());
        assertEquals(900, t.cacheReadTokens());
        assertEquals(600, t.cacheWriteTokens());
        assertEquals("claude-opus-5-5", t.model());
        // Claude Code's own cost-state line in the recording says 0.0036 for these three requests
        assertEquals(0, new BigDecimal("0.0036").compareTo(t.cost().orElseThrow()), t.toString());
    }

    @Test
    void words_tool_calls_and_results_become_typed_events_in_order() throws IOException {
        List<SessionEvent> events = read(recorded(), new UsageLedger(PriceTable.builtIn())).stream()
                .filter(e -> !(e instanceof SessionEvent.Usage)).toList();
        assertEquals(new SessionEvent.AgentMessage("I will write the file."), events.get(0));
        SessionEvent.ToolCall call = (SessionEvent.ToolCall) events.get(1);
        assertEquals("Bash", call.tool());
        assertEquals("echo hello > hello.txt", call.command());
        assertTrue(call.input().contains("\"description\":\"Write hello to a file\""), call.input());
        assertEquals(new SessionEvent.ToolResult(call.callId(), true, "(Bash completed with no output)"), events.get(2));
        assertEquals(new SessionEvent.AgentMessage("Done."), events.get(3));
        assertEquals(5, events.size(), events.toString());
    }

    @Test
    void without_a_request_id_the_message_id_alone_is_the_key() {
        String line = "{\"type\":\"assistant\",\"requestId\":null,\"message\":{\"id\":\"msg_1\",\"model\":\"m\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"hi\"}],\"usage\":{\"input_tokens\":3,\"output_tokens\":2}}}";
        UsageLedger ledger = new UsageLedger(PriceTable.builtIn());
        read(List.of(line, line.replace("\"text\":\"hi\"", "\"text\":\"more\"")), ledger);
        assertEquals(1, ledger.totals().requests());
        assertEquals(3, ledger.totals().inputTokens());
        assertTrue(ledger.totals().cost().isEmpty(), "model m has no price");
        assertTrue(ledger.totals().note().contains("no price for m"), ledger.totals().note());
    }

    @Test
    void secrets_in_a_tool_output_are_redacted_before_they_reach_the_stream() {
        String result = "{\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\","
                + "\"tool_use_id\":\"toolu_1\",\"content\":\"GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123\"}]}}";
        SessionEvent.ToolResult r = (SessionEvent.ToolResult) read(List.of(result), new UsageLedger(PriceTable.builtIn())).get(0);
        assertEquals("GITHUB_TOKEN=[redacted]", r.output());
    }

    @Test
    void an_error_result_and_a_one_hour_cache_write_are_read_as_such() {
        String result = "{\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\","
                + "\"tool_use_id\":\"toolu_1\",\"is_error\":true,\"content\":[{\"type\":\"text\",\"text\":\"Exit code 1\"}]}]}}";
        String hour = "{\"type\":\"assistant\",\"requestId\":\"req_9\",\"message\":{\"id\":\"msg_9\",\"model\":\"claude-opus-5-5\","
                + "\"content\":[],\"usage\":{\"input_tokens\":0,\"output_tokens\":0,\"cache_creation_input_tokens\":1000000,"
                + "\"cache_creation\":{\"ephemeral_5m_input_tokens\":0,\"ephemeral_1h_input_tokens\":1000000}}}}";
        UsageLedger ledger = new UsageLedger(PriceTable.builtIn());
        List<SessionEvent> events = read(List.of(result, hour, "not json", "{\"type\":\"system\"}"), ledger);
        assertEquals(new SessionEvent.ToolResult("toolu_1", false, "Exit code 1"), events.get(0));
        assertEquals(0, new BigDecimal("8").compareTo(ledger.totals().cost().orElseThrow()), "1M one-hour writes at $8");
    }
}
