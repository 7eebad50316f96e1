package dev.baton.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.baton.chat.ChatEvent;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostedMessageTranslatorTest {
    final PostedMessageTranslator translator = new PostedMessageTranslator();

    static StoredMessage message(String id, String thread, MessageKind kind, String text) {
        return new StoredMessage(id, "general", thread, "ana", text, Instant.EPOCH, kind, Optional.empty(),
                Optional.empty(), Optional.empty(), false);
    }

    @Test
    void text_after_agent_is_the_command_stripped() {
        assertEquals(Optional.of("run hello world"), PostedMessageTranslator.commandText("  /agent   run hello world \n"));
        assertEquals(Optional.of(""), PostedMessageTranslator.commandText("/agent"));
        assertEquals(Optional.of("help"), PostedMessageTranslator.commandText("/agent\nhelp"));
    }

    @Test
    void words_that_only_start_like_the_command_are_chat() {
        assertEquals(Optional.empty(), PostedMessageTranslator.commandText("/agents are cool"));
        assertEquals(Optional.empty(), PostedMessageTranslator.commandText("please /agent run x"));
        assertEquals(Optional.empty(), PostedMessageTranslator.commandText("/Agent run x"));
    }

    @Test
    void the_bots_own_messages_are_never_translated() {
        assertTrue(translator.translate(message("2", "1", MessageKind.BOT, "/agent run x")).isEmpty());
        assertTrue(translator.translate(message("2", "1", MessageKind.BOT, "a reply")).isEmpty());
    }

    @Test
    void a_plain_top_level_message_is_just_chat() {
        assertTrue(translator.translate(message("1", "1", MessageKind.USER, "good morning")).isEmpty());
    }

    @Test
    void a_top_level_command_has_no_thread_and_a_command_in_a_thread_has_one() {
        ChatEvent.Command top = (ChatEvent.Command) translator.translate(
                message("1", "1", MessageKind.USER, "/agent run x")).orElseThrow();
        assertEquals(Optional.empty(), top.thread());
        ChatEvent.Command inThread = (ChatEvent.Command) translator.translate(
                message("2", "1", MessageKind.USER, "/agent status")).orElseThrow();
        assertEquals("1", inThread.thread().orElseThrow().id());
        assertEquals("web:ana", inThread.user().key());
    }

    @Test
    void a_reply_keeps_its_text_exactly() {
        ChatEvent.Reply reply = (ChatEvent.Reply) translator.translate(
                message("2", "1", MessageKind.USER, "  keep\tthis \u001b as typed ")).orElseThrow();
        assertEquals("  keep\tthis \u001b as typed ", reply.text());
        assertEquals("2", reply.message().id());
        assertEquals("web:general/1", reply.message().thread().key());
    }
}
