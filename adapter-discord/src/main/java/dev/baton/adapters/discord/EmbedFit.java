package dev.baton.adapters.discord;

import dev.baton.chat.Post;
import dev.baton.recap.Shorten;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a card (a status card, a prompt card, a recap) into Discord's embed limits: title 256, description 4096, 25
 * fields, field name 256, field value 1024, footer 2048, and 6,000 characters in all. Texts are summarised at word
 * boundaries with an ellipsis ({@link Shorten#words}), never cut mid-word; fields beyond the 25th become one
 * {@code … and N more} field; when the total is still too long the longest texts are shortened first.
 * Pure: no JDA type, so it is tested alone.
 */
final class EmbedFit {
    static final int TITLE = 256;
    static final int DESCRIPTION = 4_096;
    static final int FIELDS = 25;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1_024;
    static final int FOOTER = 2_048;
    static final int TOTAL = 6_000;

    record Embed(String title, String description, List<Post.Field> fields, String footer) {
        int length() {
            return title.length() + description.length() + footer.length()
                    + fields.stream().mapToInt(f -> f.label().length() + f.value().length()).sum();
        }
    }

    private EmbedFit() {}

    static Embed fit(Post.Card card) {
        return fit(card.title(), "", card.fields(), card.footer() == null ? "" : card.footer());
    }

    static Embed fit(String title, String description, List<Post.Field> given, String footer) {
        List<Post.Field> fields = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (i == FIELDS - 1 && given.size() > FIELDS) {
                fields.add(new Post.Field("…", "and " + (given.size() - i) + " more"));
                break;
            }
            Post.Field f = given.get(i);
            fields.add(new Post.Field(nonBlank(Shorten.words(f.label(), FIELD_NAME)),
                    nonBlank(Shorten.words(f.value(), FIELD_VALUE))));
        }
        Embed e = new Embed(Shorten.words(title == null ? "" : title, TITLE),
                Shorten.words(description, DESCRIPTION), fields, Shorten.words(footer, FOOTER));
        return shrink(e);
    }

    /**
     * Shortens the longest text (a field's value or name, the description, the footer or the title) until the whole
     * fits: by the overage, or by half when that is less. Each step removes at least a word, so it ends.
     */
    private static Embed shrink(Embed e) {
        List<String> texts = new ArrayList<>();
        texts.add(e.title());
        texts.add(e.description());
        texts.add(e.footer());
        for (Post.Field f : e.fields()) {
            texts.add(f.label());
            texts.add(f.value());
        }
        int total = e.length();
        while (total > TOTAL) {
            int longest = 0;
            for (int i = 1; i < texts.size(); i++) {
                if (texts.get(i).length() > texts.get(longest).length()) {
                    longest = i;
                }
            }
            String t = texts.get(longest);
            int target = Math.max(2, Math.min(t.length() - 1, Math.max(t.length() / 2, t.length() - (total - TOTAL))));
            String shorter = Shorten.words(t, target);
            texts.set(longest, longest >= 3 && shorter.isBlank() ? "-" : shorter);
            total += texts.get(longest).length() - t.length();
        }
        List<Post.Field> fields = new ArrayList<>();
        for (int i = 3; i < texts.size(); i += 2) {
            fields.add(new Post.Field(texts.get(i), texts.get(i + 1)));
        }
        return new Embed(texts.get(0), texts.get(1), fields, texts.get(2));
    }

    /** Discord refuses a field with an empty name or value. */
    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
