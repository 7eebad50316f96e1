package dev.baton.adapters.discord;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Platform;
import dev.baton.chat.Post;
import dev.baton.recap.Shorten;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Neutral posts as Discord messages. A message holds at most 2,000 characters: longer text is split at line
 * boundaries into a few messages; a code block that would need more than {@link #MAX_PARTS} messages goes as a
 * {@code .txt} attachment with its first lines inline. Cards are embeds ({@link EmbedFit}) with their buttons in
 * action rows (5 per row, 5 rows); a button's custom id is {@code baton|action|value}.
 */
final class DiscordRenderer {
    static final int MESSAGE = 2_000;
    static final int MAX_PARTS = 3;
    static final String BUTTON_PREFIX = "baton|";
    private static final String FENCE_OPEN = "```\n";
    private static final String FENCE_CLOSE = "\n```";

    /** The messages for a new post, in order; the first is the one a later edit replaces. */
    List<MessageCreateData> render(Post post) {
        return switch (post) {
            case Post.Text t -> LineSplit.split(mentions(t.mentions()) + t.text(), MESSAGE).stream()
                    .map(DiscordRenderer::text).toList();
            case Post.Code c -> code(c);
            case Post.Card c -> List.of(card(c));
        };
    }

    /** An edit replaces one message: the first part of the rendering, attachments and all. */
    MessageEditData edit(Post post) {
        return new MessageEditBuilder().applyCreateData(render(post).get(0)).setReplace(true).build();
    }

    private static MessageCreateData text(String s) {
        return new MessageCreateBuilder().setContent(s.isEmpty() ? "\u200b" : s).build();
    }

    private static List<MessageCreateData> code(Post.Code c) {
        String title = c.title() == null || c.title().isBlank() ? "" : "**" + Shorten.words(c.title(), 200) + "**\n";
        String body = c.text() == null ? "" : c.text().replace("```", "``\u200b`");
        if (title.length() + FENCE_OPEN.length() + body.length() + FENCE_CLOSE.length() <= MESSAGE) {
            return List.of(text(title + FENCE_OPEN + body + FENCE_CLOSE));
        }
        int room = MESSAGE - FENCE_OPEN.length() - FENCE_CLOSE.length();
        List<String> pieces = LineSplit.split(body, room - title.length());
        if (pieces.size() <= MAX_PARTS) {
            List<MessageCreateData> out = new ArrayList<>();
            for (int i = 0; i < pieces.size(); i++) {
                out.add(text((i == 0 ? title : "") + FENCE_OPEN + pieces.get(i) + FENCE_CLOSE));
            }
            return out;
        }
        String lines = body.lines().count() + " lines";
        String preview = LineSplit.split(body, 1_200).get(0);
        String head = title + "(" + lines + "; all of it is attached)\n";
        return List.of(new MessageCreateBuilder().setContent(head + FENCE_OPEN + preview + FENCE_CLOSE)
                .setFiles(FileUpload.fromData(c.text().getBytes(StandardCharsets.UTF_8), fileName(c.title())))
                .build());
    }

    private static MessageCreateData card(Post.Card c) {
        EmbedFit.Embed fitted = EmbedFit.fit(c);
        EmbedBuilder embed = new EmbedBuilder();
        if (!fitted.title().isBlank()) {
            embed.setTitle(fitted.title());
        }
        if (!fitted.description().isBlank()) {
            embed.setDescription(fitted.description());
        }
        for (Post.Field f : fitted.fields()) {
            embed.addField(f.label(), f.value(), f.value().length() <= 40);
        }
        if (!fitted.footer().isBlank()) {
            embed.setFooter(fitted.footer());
        }
        MessageCreateBuilder b = new MessageCreateBuilder().setEmbeds(embed.build());
        String mention = mentions(c.mentions());
        if (!mention.isEmpty()) {
            b.setContent(mention.strip());
        }
        b.setComponents(rows(c.buttons()));
        return b.build();
    }

    private static List<ActionRow> rows(List<Post.Button> buttons) {
        List<ActionRow> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (Post.Button pb : buttons.subList(0, Math.min(buttons.size(), 25))) {
            String id = BUTTON_PREFIX + pb.action() + "|" + pb.value();
            if (id.length() > 100) {
                throw new DiscordException("a button's action and value must fit Discord's 100-character custom id: "
                        + id.length() + " characters");
            }
            ButtonStyle style = switch (pb.style()) {
                case PRIMARY -> ButtonStyle.PRIMARY;
                case DANGER -> ButtonStyle.DANGER;
                case DEFAULT -> ButtonStyle.SECONDARY;
            };
            row.add(Button.of(style, id, Shorten.words(pb.label(), 80)));
            if (row.size() == 5) {
                rows.add(ActionRow.of(row));
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(ActionRow.of(row));
        }
        return rows;
    }

    /** {@code <@id> } for each Discord user; users of other platforms are named instead. */
    private static String mentions(List<ChatUser> users) {
        StringBuilder out = new StringBuilder();
        for (ChatUser u : users) {
            out.append(u.platform() == Platform.DISCORD ? "<@" + u.id() + ">" : "@" + u.name()).append(' ');
        }
        return out.toString();
    }

    static String fileName(String title) {
        String slug = (title == null ? "" : title).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60) : slug;
        return (slug.isEmpty() ? "output" : slug) + ".txt";
    }

    /** Thread names are at most 100 characters. */
    static String threadName(Post post) {
        String name = switch (post) {
            case Post.Card c -> c.title();
            case Post.Code c -> c.title();
            case Post.Text t -> t.text();
        };
        return Shorten.line(name == null || name.isBlank() ? "Baton session" : name, 100);
    }
}
