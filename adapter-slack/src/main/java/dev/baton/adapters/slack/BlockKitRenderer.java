package dev.baton.adapters.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import dev.baton.chat.ChatUser;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders neutral posts as Block Kit within Slack's limits: a card is a header, fields (ten per section), a
 * mention line, Screen/Diff/Kill-style buttons ({@code action_id} {@code baton:<action>}) and a context footer;
 * code is split into fenced sections of at most 2,900 characters (50 blocks at most, the rest marked truncated).
 */
final class BlockKitRenderer {
    static final String ACTION_PREFIX = "baton:";
    private static final int SECTION_TEXT = 2_900;
    private static final int MAX_BLOCKS = 50;
    private static final int FALLBACK_TEXT = 3_000;

    Rendered render(Post post) {
        return switch (post) {
            case Post.Text t -> text(t);
            case Post.Code c -> code(c);
            case Post.Card c -> card(c);
        };
    }

    private Rendered text(Post.Text t) {
        String body = mentions(t.mentions()) + SlackMarkup.escape(t.text());
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String chunk : chunks(body, SECTION_TEXT)) {
            if (blocks.size() == MAX_BLOCKS) {
                break;
            }
            blocks.add(section(s -> s.text(markdownText(m -> m.text(chunk).verbatim(true)))));
        }
        return new Rendered(clip(body), blocks);
    }

    private Rendered code(Post.Code c) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("*" + SlackMarkup.escape(c.title()) + "*"))));
        List<String> parts = chunks(SlackMarkup.escape(c.text().isEmpty() ? " " : c.text()), SECTION_TEXT - 8);
        for (int i = 0; i < parts.size(); i++) {
            if (blocks.size() == MAX_BLOCKS - 1 && i < parts.size() - 1) {
                int left = parts.subList(i, parts.size()).stream().mapToInt(String::length).sum();
                blocks.add(context(x -> x.elements(List.of(markdownText("(truncated: " + left + " more characters)")))));
                break;
            }
            String part = parts.get(i);
            blocks.add(section(s -> s.text(markdownText(m -> m.text("```" + part + "```").verbatim(true)))));
        }
        return new Rendered(clip(SlackMarkup.escape(c.title() + "\n" + c.text())), blocks);
    }

    private Rendered card(Post.Card c) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(limit(c.title(), 150)))));
        List<TextObject> fields = new ArrayList<>();
        StringBuilder plain = new StringBuilder(SlackMarkup.escape(c.title()));
        for (Post.Field f : c.fields()) {
            fields.add(markdownText("*" + SlackMarkup.escape(f.label()) + "*\n" + limit(SlackMarkup.escape(f.value()), 1_900)));
            plain.append('\n').append(SlackMarkup.escape(f.label() + ": " + f.value()));
            if (fields.size() == 10) {
                List<TextObject> ten = List.copyOf(fields);
                blocks.add(section(s -> s.fields(ten)));
                fields.clear();
            }
        }
        if (!fields.isEmpty()) {
            List<TextObject> rest = List.copyOf(fields);
            blocks.add(section(s -> s.fields(rest)));
        }
        if (!c.mentions().isEmpty()) {
            String who = mentions(c.mentions()).strip();
            blocks.add(section(s -> s.text(markdownText(who))));
            plain.append('\n').append(who);
        }
        if (!c.buttons().isEmpty()) {
            List<BlockElement> buttons = new ArrayList<>();
            for (Post.Button b : c.buttons()) {
                buttons.add(button(x -> {
                    x.actionId(ACTION_PREFIX + b.action()).value(b.value()).text(plainText(limit(b.label(), 75)));
                    switch (b.style()) {
                        case PRIMARY -> x.style("primary");
                        case DANGER -> x.style("danger");
                        case DEFAULT -> { }
                    }
                    return x;
                }));
            }
            blocks.add(actions(a -> a.elements(buttons)));
        }
        if (c.footer() != null && !c.footer().isBlank()) {
            blocks.add(context(x -> x.elements(List.of(markdownText(SlackMarkup.escape(c.footer()))))));
        }
        return new Rendered(clip(plain.toString()), blocks);
    }

    private static String mentions(List<ChatUser> users) {
        StringBuilder out = new StringBuilder();
        for (ChatUser u : users) {
            out.append(u.platform() == Platform.SLACK ? "<@" + u.id() + ">" : "@" + SlackMarkup.escape(u.name()))
                    .append(' ');
        }
        return out.toString();
    }

    /** Splits escaped text into pieces of at most {@code max} characters, never inside an entity like {@code &amp;}. */
    static List<String> chunks(String s, int max) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at < s.length()) {
            int end = Math.min(s.length(), at + max);
            if (end < s.length()) {
                int amp = s.lastIndexOf('&', end - 1);
                if (amp > at && amp > end - 5 && s.indexOf(';', amp) >= end) {
                    end = amp;
                }
                if (Character.isHighSurrogate(s.charAt(end - 1)) && end - 1 > at) {
                    end--;
                }
            }
            out.add(s.substring(at, end));
            at = end;
        }
        if (out.isEmpty()) {
            out.add(" ");
        }
        return out;
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String clip(String s) {
        return limit(s, FALLBACK_TEXT);
    }
}
