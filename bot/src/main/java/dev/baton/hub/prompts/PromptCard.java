package dev.baton.hub.prompts;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Post;
import dev.baton.hub.store.HubPrompt;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A permission prompt in the thread: the question, the exact command or edit, the options, and buttons mapped to
 * them (Approve once / Approve always / Deny). Once answered, the buttons go and the card says who, how and when.
 */
public final class PromptCard {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private PromptCard() {}

    public static Post.Card render(HubPrompt p, List<ChatUser> mentions, String note) {
        List<Post.Field> fields = new ArrayList<>();
        if (!p.question().isEmpty()) {
            fields.add(new Post.Field("Question", p.question()));
        }
        if (!p.detail().isEmpty()) {
            fields.add(new Post.Field(p.tool().isEmpty() ? "Request" : p.tool(), p.detail()));
        }
        if (!p.options().isEmpty()) {
            fields.add(new Post.Field("Options", String.join("\n", p.options())));
        }
        if (!p.open()) {
            fields.add(new Post.Field("Answer", answer(p)));
            return new Post.Card("Permission " + (p.denied() ? "denied" : "answered"), fields,
                    List.of(), "", List.of());
        }
        List<Post.Button> buttons = List.of(
                new Post.Button("Approve once", "prompt", p.id() + "|allow_once", Post.Style.PRIMARY),
                new Post.Button("Approve always", "prompt", p.id() + "|allow_always", Post.Style.DEFAULT),
                new Post.Button("Deny", "prompt", p.id() + "|deny", Post.Style.DANGER));
        return new Post.Card("Permission needed" + (p.tool().isEmpty() ? "" : ": " + p.tool()), fields, buttons,
                "Answer with the buttons, or reply yes · always · no · deny: <reason>" + (note.isEmpty() ? "" : " · " + note),
                mentions);
    }

    /** {@code approved once by ana at 10:42}. */
    public static String answer(HubPrompt p) {
        return p.answer().map(a -> a.how() + " by " + a.by() + " at " + TIME.format(Instant.ofEpochMilli(a.at())))
                .orElse("not answered yet");
    }
}
