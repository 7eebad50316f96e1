package dev.baton.hub.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandParserTest {
    @Test
    void run_takes_options_then_the_rest_as_the_prompt() {
        var run = assertInstanceOf(AgentCommand.Run.class,
                CommandParser.parse("run --agent claude --repo app --branch main fix the --flaky test"));
        assertEquals(Optional.of("claude"), run.agent());
        assertEquals(Optional.of("app"), run.repo());
        assertEquals(Optional.of("main"), run.branch());
        assertEquals("fix the --flaky test", run.prompt());
    }

    @Test
    void quotes_group_words_and_curly_quotes_work_too() {
        var run = assertInstanceOf(AgentCommand.Run.class, CommandParser.parse("run --name x “say hi” 'to all'"));
        assertEquals("say hi to all", run.prompt());
        assertEquals(Optional.of("x"), run.name());
    }

    @Test
    void bad_input_explains_itself() {
        assertTrue(message("run").contains("run needs a prompt"));
        assertTrue(message("run --agent").contains("--agent needs a value"));
        assertTrue(message("run --model x y").contains("unknown option --model"));
        assertTrue(message("frobnicate").contains("unknown command 'frobnicate'"));
        assertTrue(message("keys f13").contains("unknown key 'f13'"));
        assertTrue(message("keys").contains("usage: /agent keys"));
        assertTrue(message("run \"unclosed").contains("unclosed quote"));
        assertTrue(message("kill --force").contains("usage: /agent kill [--rm]"));
    }

    @Test
    void thread_commands_parse() {
        assertEquals(new AgentCommand.Keys(List.of("esc", "ctrl-c")), CommandParser.parse("keys esc ctrl-c"));
        assertEquals(new AgentCommand.Kill(true), CommandParser.parse("kill --rm"));
        assertEquals(new AgentCommand.Screen(), CommandParser.parse(" screen "));
        assertEquals(new AgentCommand.Help(), CommandParser.parse(""));
        assertEquals(new AgentCommand.Ls(), CommandParser.parse("ls"));
        assertEquals(new AgentCommand.Daemons(), CommandParser.parse("daemons"));
    }

    @Test
    void handoff_takes_one_optional_user_and_recap_an_optional_session_name() {
        assertEquals(new AgentCommand.Handoff(java.util.Optional.of("@bob")), CommandParser.parse("handoff @bob"));
        assertEquals(new AgentCommand.Handoff(java.util.Optional.empty()), CommandParser.parse("handoff"));
        assertEquals(new AgentCommand.Recap(java.util.Optional.empty()), CommandParser.parse("recap"));
        assertEquals("usage: /agent handoff [@user]", message("handoff @bob @carol"));
        assertEquals(new AgentCommand.Recap(java.util.Optional.of("relay")), CommandParser.parse("recap relay"));
        assertEquals("usage: /agent recap [NAME]", message("recap relay now"));
    }

    @Test
    void recall_takes_the_words_to_look_for() {
        assertEquals(new AgentCommand.Recall("flaky login"), CommandParser.parse("recall flaky login"));
        assertTrue(message("recall").startsWith("usage: /agent recall WORDS"));
    }

    private static String message(String text) {
        return assertInstanceOf(AgentCommand.Invalid.class, CommandParser.parse(text)).message();
    }

    @Test
    void sharing_and_page_commands_parse_and_explain_bad_input() {
        assertEquals(new AgentCommand.Link(), CommandParser.parse("link"));
        assertEquals(new AgentCommand.Share("@bob", "watcher"), CommandParser.parse("share @bob"));
        assertEquals(new AgentCommand.Share("@bob", "driver"), CommandParser.parse("share @bob --drive"));
        assertEquals(new AgentCommand.Share("@bob", "approver"), CommandParser.parse("share @bob --approve"));
        assertEquals(new AgentCommand.Unshare("@bob"), CommandParser.parse("unshare @bob"));
        assertEquals(new AgentCommand.Visibility("private"), CommandParser.parse("visibility private"));
        assertEquals(new AgentCommand.Pause(true), CommandParser.parse("pause"));
        assertEquals(new AgentCommand.Pause(false), CommandParser.parse("resume"));
        assertTrue(message("share @bob --own").contains("usage: /agent share @user [--watch|--drive|--approve]"));
        assertTrue(message("share").contains("usage: /agent share"));
        assertTrue(message("visibility public").contains("usage: /agent visibility private|shared|channel"));
        assertTrue(message("unshare").contains("usage: /agent unshare @user"));
    }

    @Test
    void cost_takes_a_period_and_a_person_or_a_channel_and_detail_a_level() {
        assertEquals(new AgentCommand.Cost(Optional.empty(), Optional.empty(), Optional.empty()), CommandParser.parse("cost"));
        assertEquals(new AgentCommand.Cost(Optional.of("week"), Optional.of("@bob"), Optional.empty()),
                CommandParser.parse("cost week @bob"));
        assertEquals(new AgentCommand.Cost(Optional.of("today"), Optional.empty(), Optional.of("<#C1|general>")),
                CommandParser.parse("cost <#C1|general> today"));
        assertInstanceOf(AgentCommand.Invalid.class, CommandParser.parse("cost @bob #general"));
        assertInstanceOf(AgentCommand.Invalid.class, CommandParser.parse("cost month"));
        assertEquals(new AgentCommand.Detail(Optional.of("quiet")), CommandParser.parse("detail quiet"));
        assertEquals(new AgentCommand.Detail(Optional.empty()), CommandParser.parse("detail"));
        assertInstanceOf(AgentCommand.Invalid.class, CommandParser.parse("detail loud"));
    }
}
