package dev.baton.chat;

import java.util.List;

/** What the hub shows in a thread. Each adapter renders these in its platform's own way and limits. */
public sealed interface Post {

    /** Plain text; {@code mentions} are pinged where the platform supports it. */
    record Text(String text, List<ChatUser> mentions) implements Post {
        public Text {
            mentions = List.copyOf(mentions);
        }

        public static Text of(String text) {
            return new Text(text, List.of());
        }
    }

    /** A monospace block, e.g. a screen or a diff; adapters split or attach what is too long. */
    record Code(String title, String text) implements Post {}

    /**
     * A structured card (a session's status card, a permission prompt) with fields and buttons, edited in place.
     * {@code mentions} are pinged where the platform supports it (prompt cards mention who can answer).
     */
    record Card(String title, List<Field> fields, List<Button> buttons, String footer, List<ChatUser> mentions)
            implements Post {
        public Card {
            fields = List.copyOf(fields);
            buttons = List.copyOf(buttons);
            mentions = List.copyOf(mentions);
        }

        public Card(String title, List<Field> fields, List<Button> buttons, String footer) {
            this(title, fields, buttons, footer, List.of());
        }
    }

    record Field(String label, String value) {}

    /** A button: {@code action} and {@code value} come back in a {@link ChatEvent.Button}. */
    record Button(String label, String action, String value, Style style) {}

    enum Style { DEFAULT, PRIMARY, DANGER }
}
