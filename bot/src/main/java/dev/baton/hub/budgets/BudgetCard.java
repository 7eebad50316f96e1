package dev.baton.hub.budgets;

import dev.baton.chat.ChatUser;
import dev.baton.chat.Post;
import dev.baton.hub.store.HubSession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A spent budget in the thread: what ran out, and two buttons. "Raise by $N" ({@code budget_raise}) lifts the
 * session's dollar budget by {@code [budgets] raise_step_usd}; "Stop" is the session's Kill button (the worktree is
 * kept, as {@code /agent kill} keeps it).
 */
public final class BudgetCard {
    /** The button that raises the budget; its value is the session id. */
    public static final String RAISE = "budget_raise";

    private BudgetCard() {}

    public static Post.Card render(HubSession s, String message, BigDecimal step, List<ChatUser> mentions) {
        return render(s, message, step, RAISE, s.id().value(), mentions);
    }

    /** With another Raise button ({@code action}, {@code value}): a daily budget's. */
    static Post.Card render(HubSession s, String message, BigDecimal step, String action, String value,
                            List<ChatUser> mentions) {
        List<Post.Button> buttons = List.of(
                new Post.Button("Raise by " + dollars(step), action, value, Post.Style.PRIMARY),
                new Post.Button("Stop", "kill", s.id().value(), Post.Style.DANGER));
        return new Post.Card("Budget reached: " + s.name(), List.of(new Post.Field("Budget", message)), buttons,
                "The agent is paused, its turns held · Raise: approvers only · Stop ends the session and keeps its worktree",
                mentions);
    }

    /** To the cent: a day's spend, added up from many requests. */
    static String dollars2(BigDecimal d) {
        return "$" + d.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String dollars(BigDecimal d) {
        return "$" + d.setScale(Math.max(2, d.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY).toPlainString();
    }
}
