package dev.baton.adapters.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /agent} as a Discord slash command with one subcommand per hub command (the list of the hub's
 * {@code CommandParser}), and the translation back: a subcommand and its options become the same text a Slack or
 * web-chat user would type after {@code /agent}, so the hub parses every platform alike.
 */
final class SlashCommands {
    static final String NAME = "agent";

    private SlashCommands() {}

    static SlashCommandData definition() {
        return Commands.slash(NAME, "Drive AI coding agents from this server").addSubcommands(
                new SubcommandData("run", "Start an agent in its own worktree; its thread becomes the session")
                        .addOption(OptionType.STRING, "prompt", "What the agent should do", true)
                        .addOption(OptionType.STRING, "agent", "Agent (claude, codex, …)", false)
                        .addOption(OptionType.STRING, "repo", "Repository the daemon offers", false)
                        .addOption(OptionType.STRING, "branch", "Base branch", false)
                        .addOption(OptionType.STRING, "daemon", "Daemon (machine) to run on", false)
                        .addOption(OptionType.STRING, "name", "Session name", false),
                new SubcommandData("new", "Start an agent from a dialog: daemon, agent, repo, branch, prompt"),
                new SubcommandData("continue", "A new session on an ended session's worktree, started with its recap")
                        .addOption(OptionType.STRING, "session", "The ended session's name", true)
                        .addOption(OptionType.STRING, "prompt", "What to do next", false)
                        .addOption(OptionType.STRING, "name", "Name of the new session", false)
                        .addOption(OptionType.STRING, "agent", "Agent (claude, codex, …)", false),
                new SubcommandData("mirror", "Bind a running session to a new thread here too")
                        .addOption(OptionType.STRING, "session", "The session's name", true),
                new SubcommandData("unmirror", "End this mirror thread (in a mirror thread)"),
                new SubcommandData("transcript", "Every turn of a session, with who sent it")
                        .addOption(OptionType.STRING, "name", "Session name (default: this thread's)", false),
                new SubcommandData("ls", "Sessions in this channel"),
                new SubcommandData("daemons", "Connected daemons"),
                new SubcommandData("dashboard", "Your private link to every session you may see, and the daemons"),
                new SubcommandData("help", "How to use Baton"),
                new SubcommandData("recall", "Past sessions matching words")
                        .addOption(OptionType.STRING, "words", "Name, repo, branch, owner or what was said", true),
                new SubcommandData("recap", "Recap of this thread's session, or of a session by name")
                        .addOption(OptionType.STRING, "name", "Session name (from anywhere)", false),
                new SubcommandData("keys", "Send keys to the agent (in a session thread)")
                        .addOption(OptionType.STRING, "keys", "esc, enter, tab, shift-tab, ctrl-c, up, down, a digit…",
                                true),
                new SubcommandData("screen", "The agent's screen (in a session thread)"),
                new SubcommandData("diff", "Changes against the base branch (in a session thread)"),
                new SubcommandData("kill", "Stop the agent (in a session thread)")
                        .addOption(OptionType.BOOLEAN, "rm", "Also remove the worktree (a patch is saved first)", false),
                new SubcommandData("handoff", "Hand the session to someone, or make it up for grabs")
                        .addOption(OptionType.USER, "to", "Who takes it (yourself to take it)", false),
                new SubcommandData("link", "Your private link to the session's live page (in a session thread)"),
                new SubcommandData("pause", "Interrupt the agent and hold its turns (in a session thread)"),
                new SubcommandData("resume", "Release the held turns (in a session thread)"),
                new SubcommandData("share", "Let someone see, drive or approve this session")
                        .addOption(OptionType.USER, "user", "Who", true)
                        .addOptions(new OptionData(OptionType.STRING, "role", "What they may do (default: watch)")
                                .addChoice("watch", "--watch").addChoice("drive", "--drive")
                                .addChoice("approve", "--approve")),
                new SubcommandData("unshare", "Take someone's share away")
                        .addOption(OptionType.USER, "user", "Who", true),
                new SubcommandData("visibility", "Who sees this session")
                        .addOptions(new OptionData(OptionType.STRING, "level", "private, shared or channel", true)
                                .addChoice("private", "private").addChoice("shared", "shared")
                                .addChoice("channel", "channel")),
                new SubcommandData("cost", "What sessions cost: this thread's by person, or totals you may see")
                        .addOptions(new OptionData(OptionType.STRING, "period", "today (default) or the last 7 days")
                                .addChoice("today", "today").addChoice("week", "week"))
                        .addOption(OptionType.USER, "person", "Only the turns of this person", false)
                        .addOption(OptionType.CHANNEL, "channel", "Only sessions started in this channel", false),
                new SubcommandData("detail", "How much of the agent's work this channel's threads show")
                        .addOptions(new OptionData(OptionType.STRING, "level", "quiet, normal or verbose", false)
                                .addChoice("quiet", "quiet").addChoice("normal", "normal")
                                .addChoice("verbose", "verbose")));
    }

    /** The text after {@code /agent}, e.g. {@code run --agent demo "hello"}. */
    static String text(SlashCommandInteraction c, DiscordUsers users) {
        String sub = c.getSubcommandName() == null ? "help" : c.getSubcommandName();
        List<String> words = new ArrayList<>();
        words.add(sub);
        switch (sub) {
            case "run" -> {
                for (String opt : List.of("agent", "repo", "branch", "daemon", "name")) {
                    OptionMapping o = c.getOption(opt);
                    if (o != null && !o.getAsString().isBlank()) {
                        words.add("--" + opt);
                        words.add(quote(o.getAsString().strip()));
                    }
                }
                words.add(quoteWords(string(c, "prompt")));
            }
            case "continue" -> {
                words.add(quote(string(c, "session").strip()));
                for (String opt : List.of("name", "agent")) {
                    String v = string(c, opt).strip();
                    if (!v.isEmpty()) {
                        words.add("--" + opt);
                        words.add(quote(v));
                    }
                }
                String prompt = string(c, "prompt");
                if (!prompt.isBlank()) {
                    words.add(quoteWords(prompt));
                }
            }
            case "mirror" -> words.add(quote(string(c, "session").strip()));
            case "recall" -> words.add(quoteWords(string(c, "words")));
            case "recap", "transcript" -> {
                String name = string(c, "name");
                if (!name.isBlank()) {
                    words.add(quote(name.strip()));
                }
            }
            case "keys" -> words.add(string(c, "keys"));
            case "kill" -> {
                OptionMapping rm = c.getOption("rm");
                if (rm != null && rm.getAsBoolean()) {
                    words.add("--rm");
                }
            }
            case "handoff" -> {
                OptionMapping to = c.getOption("to");
                if (to != null) {
                    words.add(mention(c, to.getAsUser(), users));
                }
            }
            case "share", "unshare" -> {
                words.add(mention(c, c.getOption("user").getAsUser(), users));
                String role = string(c, "role");
                if (!role.isBlank()) {
                    words.add(role);
                }
            }
            case "visibility" -> words.add(string(c, "level"));
            case "detail" -> {
                String level = string(c, "level");
                if (!level.isBlank()) {
                    words.add(level);
                }
            }
            case "cost" -> {
                String period = string(c, "period");
                if (!period.isBlank()) {
                    words.add(period);
                }
                OptionMapping person = c.getOption("person");
                OptionMapping channel = c.getOption("channel");
                if (person != null) {
                    words.add(mention(c, person.getAsUser(), users));
                } else if (channel != null) {
                    words.add("<#" + channel.getAsChannel().getId() + ">");
                }
            }
            default -> { }
        }
        return String.join(" ", words);
    }

    /** {@code @me} for the caller, else {@code <@id|name>}, the mention form the hub resolves on any platform. */
    private static String mention(SlashCommandInteraction c, User u, DiscordUsers users) {
        return u.getId().equals(c.getUser().getId()) ? "@me"
                : "<@" + u.getId() + "|" + users.name(u.getId(), u.getEffectiveName()) + ">";
    }

    private static String string(SlashCommandInteraction c, String name) {
        OptionMapping o = c.getOption(name);
        return o == null ? "" : o.getAsString();
    }

    /** Each word quoted so the hub's word splitter keeps apostrophes and quotes as typed. */
    static String quoteWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(quote(w));
            }
        }
        return String.join(" ", out);
    }

    /** A single word the hub reads back verbatim: {@code "} and {@code '} are wrapped in the other quote. */
    static String quote(String word) {
        StringBuilder out = new StringBuilder();
        for (char ch : word.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("'\"'");
                case '\'', '\u2018', '\u2019' -> out.append("\"").append(ch).append("\"");
                case '\u201c', '\u201d' -> out.append("'").append(ch).append("'");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
