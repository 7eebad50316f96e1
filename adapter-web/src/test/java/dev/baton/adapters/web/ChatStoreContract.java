package dev.baton.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ChatStore} does: {@link SqliteChatStoreTest} runs it on {@code webchat.db},
 * {@link PostgresChatStoreIT} on a real PostgreSQL. {@link #open(Clock)} may be called more than once per test and
 * sees what the last store wrote.
 */
abstract class ChatStoreContract {
    /** Opens this test's store (empty at the test's start, the same data on every call within the test). */
    abstract ChatStore open(Clock clock);

    /** A clock that moves only when told to. */
    static final class Steps extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Steps clock = new Steps();

    private static NewMessage says(String user, String text, Optional<String> thread) {
        return NewMessage.fromUser("general", thread, user, text);
    }

    @Test
    void a_store_starts_with_the_default_channel_and_a_channel_is_made_once() {
        try (ChatStore store = open(clock)) {
            assertEquals(List.of(new Channel("general", "general")), store.channels());
            assertTrue(store.createChannel("ops"));
            assertFalse(store.createChannel("ops"));
            assertTrue(store.createChannel("Zeta"));
            assertEquals(List.of("Zeta", "general", "ops"), store.channels().stream().map(Channel::name).toList());
            assertEquals(Optional.of(new Channel("ops", "ops")), store.channel("ops"));
            assertEquals(Optional.empty(), store.channel("nope"));
        }
    }

    @Test
    void a_top_level_message_roots_its_thread_and_replies_follow_it_in_order_after_a_reopen() {
        StoredMessage root;
        StoredMessage reply;
        try (ChatStore store = open(clock)) {
            root = store.insert(says("ana", "hello", Optional.empty()));
            assertTrue(root.isRoot());
            assertEquals(root.id(), root.thread());
            assertEquals(clock.instant(), root.created());
            clock.advance(Duration.ofMillis(1));
            reply = store.insert(says("bob", "hi", Optional.of(root.id())));
            assertEquals(root.id(), reply.thread());
            assertFalse(reply.isRoot());
        }
        try (ChatStore store = open(clock)) {
            assertEquals(List.of(root, reply), store.thread(root.id(), Optional.empty()));
            assertEquals(Optional.of(root), store.root("general", root.id()));
            assertEquals(Optional.empty(), store.root("general", reply.id()), "a reply is no root");
            assertEquals(Optional.empty(), store.root("ops", root.id()), "a root of another channel");
            assertEquals(Optional.empty(), store.message("not-a-number"));
            assertEquals(Optional.empty(), store.message("999999"));
        }
    }

    @Test
    void a_whisper_is_seen_only_by_its_viewer_and_counted_only_for_them() {
        try (ChatStore store = open(clock)) {
            StoredMessage root = store.insert(says("ana", "hello", Optional.empty()));
            clock.advance(Duration.ofSeconds(1));
            StoredMessage whisper = store.insert(new NewMessage("general", Optional.of(root.id()), "baton", "only you",
                    MessageKind.BOT, Optional.of("{\"text\":\"only you\"}"), Optional.of("ana")));
            assertEquals(Optional.of("ana"), whisper.visibleTo());
            assertEquals(Optional.of("{\"text\":\"only you\"}"), whisper.post());
            assertEquals(List.of(root, whisper), store.thread(root.id(), Optional.of("ana")));
            assertEquals(List.of(root), store.thread(root.id(), Optional.of("bob")));
            assertEquals(1, store.roots("general", Optional.of("ana")).getFirst().replies());
            assertEquals(0, store.roots("general", Optional.of("bob")).getFirst().replies());
        }
    }

    @Test
    void threads_are_listed_newest_activity_first_with_their_reply_counts() {
        try (ChatStore store = open(clock)) {
            StoredMessage older = store.insert(says("ana", "first", Optional.empty()));
            clock.advance(Duration.ofSeconds(1));
            StoredMessage newer = store.insert(says("bob", "second", Optional.empty()));
            clock.advance(Duration.ofSeconds(1));
            assertEquals(List.of(newer.id(), older.id()),
                    store.roots("general", Optional.empty()).stream().map(t -> t.root().id()).toList());
            store.insert(says("carol", "bump", Optional.of(older.id())));
            List<ThreadSummary> roots = store.roots("general", Optional.empty());
            assertEquals(List.of(older.id(), newer.id()), roots.stream().map(t -> t.root().id()).toList());
            assertEquals(List.of(1, 0), roots.stream().map(ThreadSummary::replies).toList());
            assertEquals(clock.instant(), roots.getFirst().lastActivity());
            assertEquals(List.of(), store.roots("ops", Optional.empty()));
        }
    }

    @Test
    void an_edit_replaces_the_content_and_marks_it_and_a_badge_is_set_alone() {
        try (ChatStore store = open(clock)) {
            StoredMessage m = store.insert(says("ana", "draft", Optional.empty()));
            StoredMessage edited = store.edit(m.id(), "final", "{\"text\":\"final\"}").orElseThrow();
            assertEquals("final", edited.text());
            assertEquals(Optional.of("{\"text\":\"final\"}"), edited.post());
            assertTrue(edited.edited());
            StoredMessage badged = store.badge(m.id(), "hub busy").orElseThrow();
            assertEquals(Optional.of("hub busy"), badged.badge());
            assertEquals("final", badged.text());
            assertEquals(Optional.empty(), store.edit("424242", "x", "{}"));
            assertEquals(Optional.empty(), store.badge("x", "y"));
        }
    }

    @Test
    void control_characters_and_any_unicode_in_a_message_read_back_as_typed() {
        String typed = "bell\u0007 esc\u001b[31m tab\t emoji \uD83D\uDE80 accents é ß 漢字";
        try (ChatStore store = open(clock)) {
            StoredMessage m = store.insert(says("ana", typed, Optional.empty()));
            assertEquals(typed, store.message(m.id()).orElseThrow().text());
        }
    }
}
