package dev.baton.adapters.discord;

import dev.baton.chat.ChannelRef;
import dev.baton.chat.ChatEvent;
import dev.baton.chat.ChatInbox;
import dev.baton.chat.ChatUser;
import dev.baton.chat.MessageRef;
import dev.baton.chat.Platform;
import dev.baton.chat.ThreadRef;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA's events, translated once at the edge: {@code /agent} → {@link ChatEvent.Command} (deferred at once, within
 * Discord's 3 seconds, and answered later by {@link DiscordChat#answer}), a message in a thread →
 * {@link ChatEvent.Reply}, an edit → {@link ChatEvent.Changed}, a Baton button → {@link ChatEvent.Button}
 * (acknowledged with a deferred edit). Bots, webhooks and system messages are dropped here and only here. A refused
 * command or press gets an ephemeral reason; refused messages are dropped (DEBUG).
 */
final class DiscordIntake extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(DiscordIntake.class);
    private static final String BUSY = "Baton is busy right now; try again in a moment.";

    private final AccessGate gate;
    private final ChatInbox inbox;
    private final DiscordUsers users;
    private final Interactions interactions;
    private final DiscordLaunch launch;

    DiscordIntake(AccessGate gate, ChatInbox inbox, DiscordUsers users, Interactions interactions, DiscordLaunch launch) {
        this.launch = launch;
        this.gate = gate;
        this.inbox = inbox;
        this.users = users;
        this.interactions = interactions;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent e) {
        if (!e.getName().equals(SlashCommands.NAME)) {
            log.debug("slash command /{} ignored: not Baton's", e.getName());
            return;
        }
        Place place = place(e.getGuild(), e.getChannel(), null);
        if (gate.check(place.guild, place.channel.id(), e.getUser().getId()) instanceof AccessGate.Denied denied) {
            log.debug("/agent from {} in {} refused: {}", e.getUser().getId(), place.channel.id(), denied.reason());
            e.reply(denied.reason()).setEphemeral(true).queue();
            return;
        }
        if ("new".equals(e.getSubcommandName())) {
            try {
                e.replyModal(launch.modal(place.channel, users.user(e.getUser(), e.getMember()))).queue();
            } catch (Exception ex) {
                log.warn("the launch modal could not open", ex);
                e.reply("The dialog could not open (" + ex.getMessage() + "); use /agent run.").setEphemeral(true).queue();
            }
            return;
        }
        e.deferReply(true).queue();
        ChatUser user = users.user(e.getUser(), e.getMember());
        interactions.command(e.getId(), e.getHook());
        place.thread.ifPresent(t -> interactions.press(user.id(), t.key(), e.getHook()));
        String text = SlashCommands.text(e.getInteraction(), users);
        if (!inbox.offer(new ChatEvent.Command(user, place.channel, place.thread, text, e.getId()))) {
            e.getHook().editOriginal(BUSY).queue();
        }
    }

    /** The launch modal submitted: deferred (ephemeral), then answered with what started or the fields' errors. */
    @Override
    public void onModalInteraction(net.dv8tion.jda.api.events.interaction.ModalInteractionEvent e) {
        if (!DiscordLaunch.ours(e.getModalId())) {
            return;
        }
        Place place = place(e.getGuild(), e.getChannel(), null);
        if (gate.check(place.guild, place.channel.id(), e.getUser().getId()) instanceof AccessGate.Denied denied) {
            e.reply(denied.reason()).setEphemeral(true).queue();
            return;
        }
        e.deferReply(true).queue();
        ChatUser user = users.user(e.getUser(), e.getMember());
        var hook = e.getHook();
        var values = e.getValues();
        Thread.ofVirtual().name("discord-launch").start(() ->
                hook.editOriginal(launch.submit(place.channel, user, values)).queue());
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent e) {
        Optional<Place> place = threadMessage(e.getMessage(), e.getAuthor());
        if (place.isEmpty()) {
            return;
        }
        ChatUser user = users.user(e.getAuthor(), e.getMember());
        MessageRef ref = new MessageRef(place.get().thread.orElseThrow(), e.getMessageId());
        if (!inbox.offer(new ChatEvent.Reply(user, ref, e.getMessage().getContentDisplay()))) {
            log.warn("message {} dropped: the queue to the hub is full", e.getMessageId());
            e.getMessage().addReaction(net.dv8tion.jda.api.entities.emoji.Emoji.fromUnicode("\u26a0\ufe0f")).queue();
        }
    }

    @Override
    public void onMessageUpdate(MessageUpdateEvent e) {
        Optional<Place> place = threadMessage(e.getMessage(), e.getAuthor());
        if (place.isPresent()) {
            ChatUser user = users.user(e.getAuthor(), e.getMember());
            inbox.offer(new ChatEvent.Changed(user, new MessageRef(place.get().thread.orElseThrow(),
                    e.getMessageId()), false));
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent e) {
        String id = e.getComponentId();
        if (!id.startsWith(DiscordRenderer.BUTTON_PREFIX)) {
            log.debug("button {} ignored: not Baton's", id);
            return;
        }
        String[] parts = id.substring(DiscordRenderer.BUTTON_PREFIX.length()).split("\\|", 2);
        Place place = place(e.getGuild(), e.getChannel(), e.getMessageId());
        if (gate.check(place.guild, place.channel.id(), e.getUser().getId()) instanceof AccessGate.Denied denied) {
            e.reply(denied.reason()).setEphemeral(true).queue();
            return;
        }
        e.deferEdit().queue();
        ChatUser user = users.user(e.getUser(), e.getMember());
        ThreadRef thread = place.thread.orElseThrow();
        interactions.press(user.id(), thread.key(), e.getHook());
        if (!inbox.offer(new ChatEvent.Button(user, new MessageRef(thread, e.getMessageId()), parts[0],
                parts.length > 1 ? parts[1] : ""))) {
            e.getHook().sendMessage(BUSY).setEphemeral(true).queue();
        }
    }

    /** Where an event happened: the guild, the text channel (a thread's parent) and the thread, if any. */
    private record Place(String guild, ChannelRef channel, Optional<ThreadRef> thread) {}

    /**
     * A thread is named by its parent channel and its id. A press on a message in a text channel belongs to the
     * thread started from that message (Discord gives such a thread the message's id).
     */
    private static Place place(Guild guild, Channel channel, String messageId) {
        String g = guild == null ? null : guild.getId();
        if (channel instanceof ThreadChannel t) {
            ChannelRef parent = new ChannelRef(Platform.DISCORD, t.getParentChannel().getId());
            return new Place(g, parent, Optional.of(new ThreadRef(parent, t.getId())));
        }
        ChannelRef c = new ChannelRef(Platform.DISCORD, channel.getId());
        return new Place(g, c, Optional.ofNullable(messageId).map(m -> new ThreadRef(c, m)));
    }

    /** The one place that drops bots' (our own included), webhooks' and system messages, and non-thread ones. */
    private Optional<Place> threadMessage(Message m, User author) {
        if (author.isBot() || author.isSystem() || m.isWebhookMessage()) {
            log.debug("message {} dropped: from a bot, webhook or the system", m.getId());
            return Optional.empty();
        }
        if (!m.isFromGuild() || !(m.getChannel() instanceof ThreadChannel)) {
            log.debug("message {} dropped: not in a thread", m.getId());
            return Optional.empty();
        }
        Place p = place(m.getGuild(), m.getChannel(), null);
        if (gate.check(p.guild, p.channel.id(), author.getId()) instanceof AccessGate.Denied denied) {
            log.debug("message {} dropped: {}", m.getId(), denied.reason());
            return Optional.empty();
        }
        return Optional.of(p);
    }
}
