package dev.baton.adapters.web;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Post;
import dev.baton.protocol.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A hub {@link Post} stored structurally, as the JSON the page renders richly, plus a plain-text version for the
 * {@code text} column (what a list or a search shows).
 */
final class PostJson {
    private PostJson() {}

    static String write(Post post) {
        return Json.write(toMap(post));
    }

    static Map<String, Object> toMap(Post post) {
        return switch (post) {
            case Post.Text t -> Json.object("type", "text", "text", t.text(),
                    "mentions", t.mentions().stream().map(ChatUser::name).toList());
            case Post.Code c -> Json.object("type", "code", "title", c.title(), "text", c.text());
            case Post.Card c -> Json.object("type", "card", "title", c.title(),
                    "fields", c.fields().stream().map(f -> Json.object("label", f.label(), "value", f.value())).toList(),
                    "buttons", c.buttons().stream().map(b -> Json.object("label", b.label(), "action", b.action(),
                            "value", b.value(), "style", b.style().name().toLowerCase(Locale.ROOT))).toList(),
                    "footer", c.footer(), "mentions", c.mentions().stream().map(ChatUser::name).toList());
        };
    }

    static String plainText(Post post) {
        return switch (post) {
            case Post.Text t -> t.text();
            case Post.Code c -> c.title() == null ? c.text() : c.title() + "\n" + c.text();
            case Post.Card c -> c.mentions().stream().map(u -> "@" + u.name() + " ").collect(Collectors.joining())
                    + c.title() + c.fields().stream().map(f -> "\n" + f.label() + ": " + f.value()).collect(Collectors.joining());
        };
    }

    /** Whether a stored post is a card that offers a button with this action and value. */
    static boolean offersButton(String storedPost, String action, String value) {
        Map<String, Object> post = Json.parseObject(storedPost);
        if (!(post.get("buttons") instanceof List<?> buttons)) {
            return false;
        }
        return buttons.stream().anyMatch(b -> b instanceof Map<?, ?> button
                && action.equals(button.get("action")) && value.equals(button.get("value")));
    }
}
