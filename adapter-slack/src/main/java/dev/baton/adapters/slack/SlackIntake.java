package dev.baton.adapters.slack;

import dev.baton.chat.ChatInbox;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import dev.baton.chat.ChatEvent;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's handlers: each checks the allow-lists, drops redeliveries by {@code event_id} (persisted), queues the
 * translation for the hub and acknowledges at once (Slack's 3-second limit). A refused slash command is answered
 * ephemerally; a refused button press gets an ephemeral note; refused messages are dropped quietly (DEBUG).
 */
final class SlackIntake {
    private static final Logger log = LoggerFactory.getLogger(SlackIntake.class);
    static final String COMMAND = "/agent";
    /** {@code /agent run} or {@code /agent new} with nothing after it: the launch dialog instead. */
    private static final Pattern LAUNCH = Pattern.compile("(run|new)");

    private final AccessGate gate;
    private final SqliteSeenEvents seen;
    private final ChatInbox worker;
    private final SlashCommandTranslator commands;
    private final MessageTranslator messages;
    private final MessageChangeTranslator changes;
    private final BlockActionTranslator actions;
    private final Outboxes outboxes;
    private final BlockKitRenderer renderer;
    private final SlackUserDirectory users;
    private final SlackLaunch launch;

    SlackIntake(AccessGate gate, SqliteSeenEvents seen, ChatInbox worker, SlackUserDirectory users,
                Outboxes outboxes, BlockKitRenderer renderer, SlackLaunch launch) {
        this.launch = launch;
        this.gate = gate;
        this.seen = seen;
        this.worker = worker;
        this.users = users;
        SlackMarkup markup = new SlackMarkup(users::name);
        this.commands = new SlashCommandTranslator(users, markup);
        this.messages = new MessageTranslator(users, markup);
        this.changes = new MessageChangeTranslator(users);
        this.actions = new BlockActionTranslator(users);
        this.outboxes = outboxes;
        this.renderer = renderer;
    }

    void register(App app) {
        app.command(COMMAND, this::command);
        app.event(MessageEvent.class, (p, ctx) -> event(p, ctx, p.getEvent().getChannel(), p.getEvent().getUser(),
                () -> messages.translate(p.getEvent(), ctx.getBotUserId())));
        app.event(MessageChangedEvent.class, (p, ctx) -> event(p, ctx, p.getEvent().getChannel(),
                p.getEvent().getMessage() == null ? null : p.getEvent().getMessage().getUser(),
                () -> changes.edited(p.getEvent(), ctx.getBotUserId())));
        app.event(MessageDeletedEvent.class, (p, ctx) -> event(p, ctx, p.getEvent().getChannel(),
                p.getEvent().getPreviousMessage() == null ? null : p.getEvent().getPreviousMessage().getUser(),
                () -> changes.deleted(p.getEvent(), ctx.getBotUserId())));
        app.event(MessageBotEvent.class, (p, ctx) -> ctx.ack());
        app.event(com.slack.api.model.event.MemberLeftChannelEvent.class, (p, ctx) -> event(p, ctx,
                p.getEvent().getChannel(), p.getEvent().getUser(), () -> Optional.of(new ChatEvent.Left(
                        users.user(p.getEvent().getUser()), SlackRefs.channel(p.getEvent().getChannel())))));
        app.blockAction(Pattern.compile(Pattern.quote(BlockKitRenderer.ACTION_PREFIX) + ".+"), this::action);
        launch.register(app);
    }

    private Response command(SlashCommandRequest req, SlashCommandContext ctx) {
        var p = req.getPayload();
        if (gate.check(p.getChannelId(), p.getUserId()) instanceof AccessGate.Denied denied) {
            log.debug("/agent from {} in {} refused: {}", p.getUserId(), p.getChannelId(), denied.reason());
            return ctx.ack(denied.reason());
        }
        if (p.getText() != null && LAUNCH.matcher(p.getText().strip()).matches() && p.getTriggerId() != null) {
            return launch.open(p.getTriggerId(), p.getChannelId(), p.getUserId()).map(ctx::ack).orElseGet(ctx::ack);
        }
        if (!worker.offer(() -> Optional.of(commands.translate(p)))) {
            return ctx.ack("Baton is busy right now; try again in a moment.");
        }
        return ctx.ack();
    }

    private <E extends Event> Response event(EventsApiPayload<E> p, EventContext ctx, String channel, String user,
                                             Supplier<Optional<ChatEvent>> translation) {
        String id = p.getEventId();
        if (id != null && !seen.firstDelivery(id)) {
            log.debug("event {} dropped: already delivered (retry {} {})", id, ctx.getRetryNum(), ctx.getRetryReason());
            return ctx.ack();
        }
        if (channel == null || user == null || gate.check(channel, user) instanceof AccessGate.Denied) {
            log.debug("event {} dropped: user {} in {} is not allowed (or unknown)", id, user, channel);
            return ctx.ack();
        }
        if (!worker.offer(translation)) {
            if (id != null) {
                seen.forget(id);
            }
            log.warn("event {} refused: the queue to the hub is full; Slack will retry it", id);
            return Response.builder().statusCode(503).body("busy").build();
        }
        return ctx.ack();
    }

    private Response action(BlockActionRequest req, ActionContext ctx) {
        var p = req.getPayload();
        String channel = p.getChannel() == null ? null : p.getChannel().getId();
        String user = p.getUser() == null ? null : p.getUser().getId();
        if (channel == null || user == null) {
            return ctx.ack();
        }
        if (gate.check(channel, user) instanceof AccessGate.Denied denied) {
            outboxes.of(channel).submit(new Outbound.Ephemeral(channel, user,
                    Optional.ofNullable(p.getContainer() == null ? null : p.getContainer().getMessageTs()),
                    renderer.render(dev.baton.chat.Post.Text.of(denied.reason()))), false);
            return ctx.ack();
        }
        if (!worker.offer(() -> actions.translate(p))) {
            return Response.builder().statusCode(503).body("busy").build();
        }
        return ctx.ack();
    }
}
