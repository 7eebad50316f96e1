package dev.baton.adapters.discord;

import dev.baton.chat.Post;
import dev.baton.recap.Shorten;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a card (a status card, a prompt card, a recap) into Discord's embed limits: title 256, description 4096, 25
 * fields, field name 256, field value 1024, footer 2048, and 6,000 characters in all. Texts are summarised at word
 * boundaries with an ellipsis ({@link Shorten#words}), never cut mid-word; fields beyond the 25th become one
 * {@code … and N more} field; when the total is still too long the longest field values are shortened first.
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

    /** Halves the longest part (a field value, the description or the footer) until the whole fits. */
    private static Embed shrink(Embed e) {
        Embed cur = e;
        while (cur.length() > TOTAL) {
            int over = cur.length() - TOTAL;
            int longest = -1;
            int longestLen = cur.description().length();
            for (int i = 0; i < cur.fields().size(); i++) {
                if (cur.fields().get(i).value().length() > longestLen) {
                    longest = i;
                    longestLen = cur.fields().get(i).value().length();
                }
            }
            int target = Math.max(16, Math.max(longestLen / 2, longestLen - over));
            if (longestLen <= 16) {
                return new Embed(cur.title(), cur.description(), cur.fields(), Shorten.words(cur.footer(),
                        Math.max(2, cur.footer().length() - over)));
            }
            if (longest < 0) {
                cur = new Embed(cur.title(), Shorten.words(cur.description(), target), cur.fields(), cur.footer());
            } else {
                List<Post.Field> fields = new ArrayList<>(cur.fields());
                Post.Field f = fields.get(longest);
                fields.set(longest, new Post.Field(f.label(), Shorten.words(f.value(), target)));
                cur = new Embed(cur.title(), cur.description(), fields, cur.footer());
            }
        }
        return cur;
    }

    /** Discord refuses a field with an empty name or value. */
    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
