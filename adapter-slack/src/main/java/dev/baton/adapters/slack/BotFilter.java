package dev.baton.adapters.slack;

/**
 * The one place that decides a Slack message is not a person's input: anything a bot posted (it has a
 * {@code bot_id}: our own posts and edits, other apps) or the bot user's own messages.
 */
final class BotFilter {
    private BotFilter() {}

    static boolean fromBot(String user, String botId, String botUserId) {
        return (botId != null && !botId.isBlank()) || user == null || user.equals(botUserId);
    }
}
