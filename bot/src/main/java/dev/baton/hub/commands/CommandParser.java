package dev.baton.hub.commands;

import dev.baton.protocol.id.BranchName;
import dev.baton.protocol.id.SessionName;
import dev.baton.protocol.session.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses the text after {@code /agent}. Never throws: bad input becomes {@link AgentCommand.Invalid}. */
public final class CommandParser {
    public static final String HELP = """
            /agent run [--agent A] [--repo R] [--branch B] [--daemon D] [--name N] PROMPT
                start an agent in its own worktree; this thread becomes the session
            In a session's thread:
              any reply            a turn for the agent (FIFO; it sees "[from you] text")
              !aside …             side-talk, never sent to the agent
              /agent keys K…       esc, enter, tab, shift-tab, ctrl-c, up, down, left, right, a digit
              /agent screen        the agent's screen      /agent diff   changes against the base branch
              /agent kill [--rm]   stop it (--rm also removes the worktree, saving a patch first)
              /agent recap         goal, state, who drove it, what changed, what was tried
              /agent handoff [@user]  give it (and its approver role) to @user with a recap;
                                   no user: up for grabs, and anyone may take it with /agent handoff @me
              /agent link          your private link to the live page: terminal, turns, diff, files
              /agent pause         interrupt the agent and hold its turns   /agent resume   release them
              /agent share @user [--watch|--drive|--approve]   /agent unshare @user
              /agent visibility private|shared|channel   who sees it (default: channel)
            Anywhere: /agent ls (sessions in this channel), /agent daemons, /agent help
              /agent dashboard     your private link to every session you may see, and the daemons
              /agent recall WORDS  past sessions whose name, repo, branch, owner or turns contain WORDS
              /agent recap NAME    the recap of any session, by name
              /agent transcript [NAME]  every turn of a session, with who sent it
              /agent cost [today|week] [@person|#channel]  what the sessions you may see cost
                                   (in a session's thread, no arguments: this session, by person)
              /agent detail [quiet|normal|verbose]  how much of the agent's work this channel's threads show
              /agent continue NAME [--name N] [--agent A] [PROMPT]
                                   a new session on an ended session's worktree and branch, started with
                                   its recap; the two threads are linked
              /agent mirror NAME   bind a running session to a new thread here too (any platform): every
                                   bound thread gets its cards, pings and recaps, and turns from any of
                                   them go into its one queue; /agent unmirror in a mirror thread ends it""";

    private CommandParser() {}

    public static AgentCommand parse(String text) {
        List<String> words;
        try {
            words = Tokens.split(text);
        } catch (IllegalArgumentException e) {
            return new AgentCommand.Invalid(e.getMessage());
        }
        if (words.isEmpty()) {
            return new AgentCommand.Help();
        }
        List<String> rest = words.subList(1, words.size());
        return switch (words.get(0)) {
            case "run" -> run(rest);
            case "continue" -> continuation(rest);
            case "mirror" -> rest.size() == 1 ? new AgentCommand.Mirror(rest.get(0)) : extra("mirror NAME (run it in the channel to mirror the session into)");
            case "unmirror" -> rest.isEmpty() ? new AgentCommand.Unmirror() : extra("unmirror (in a mirror thread)");
            case "transcript" -> rest.size() <= 1 ? new AgentCommand.Transcript(rest.stream().findFirst()) : extra("transcript [NAME]");
            case "keys", "key" -> keys(rest);
            case "screen" -> rest.isEmpty() ? new AgentCommand.Screen() : extra("screen");
            case "diff" -> rest.isEmpty() ? new AgentCommand.Diff() : extra("diff");
            case "kill" -> rest.isEmpty() ? new AgentCommand.Kill(false)
                    : rest.equals(List.of("--rm")) ? new AgentCommand.Kill(true) : extra("kill [--rm]");
            case "recap" -> rest.size() <= 1 ? new AgentCommand.Recap(rest.stream().findFirst()) : extra("recap [NAME]");
            case "recall" -> rest.isEmpty() ? extra("recall WORDS (finds past sessions by name, repo, branch, who, or what was said)")
                    : new AgentCommand.Recall(String.join(" ", rest));
            case "handoff" -> rest.size() <= 1 ? new AgentCommand.Handoff(rest.stream().findFirst()) : extra("handoff [@user]");
            case "link" -> rest.isEmpty() ? new AgentCommand.Link() : extra("link");
            case "pause" -> rest.isEmpty() ? new AgentCommand.Pause(true) : extra("pause");
            case "resume" -> rest.isEmpty() ? new AgentCommand.Pause(false) : extra("resume");
            case "share" -> share(rest);
            case "unshare" -> rest.size() == 1 ? new AgentCommand.Unshare(rest.get(0)) : extra("unshare @user");
            case "visibility" -> rest.size() == 1 && List.of("private", "shared", "channel").contains(rest.get(0))
                    ? new AgentCommand.Visibility(rest.get(0)) : extra("visibility private|shared|channel");
            case "cost" -> cost(rest);
            case "detail" -> rest.isEmpty() ? new AgentCommand.Detail(Optional.empty())
                    : rest.size() == 1 && List.of("quiet", "normal", "verbose").contains(rest.get(0))
                    ? new AgentCommand.Detail(Optional.of(rest.get(0))) : extra("detail [quiet|normal|verbose]");
            case "ls" -> new AgentCommand.Ls();
            case "daemons" -> new AgentCommand.Daemons();
            case "dashboard" -> rest.isEmpty() ? new AgentCommand.Dashboard() : extra("dashboard");
            case "help", "--help", "-h" -> new AgentCommand.Help();
            default -> new AgentCommand.Invalid("unknown command '" + words.get(0) + "'. " + "Try /agent help.");
        };
    }

    private static AgentCommand extra(String usage) {
        return new AgentCommand.Invalid("usage: /agent " + usage);
    }

    /** {@code cost [today|week] [@person|<@U1>|#channel|<#C1>]}, in any order, each at most once. */
    private static AgentCommand cost(List<String> rest) {
        Optional<String> period = Optional.empty();
        Optional<String> person = Optional.empty();
        Optional<String> channel = Optional.empty();
        for (String w : rest) {
            if ((w.equals("today") || w.equals("week")) && period.isEmpty()) {
                period = Optional.of(w);
            } else if ((w.startsWith("#") || w.startsWith("<#")) && channel.isEmpty() && person.isEmpty() && w.length() > 1) {
                channel = Optional.of(w);
            } else if ((w.startsWith("@") || w.startsWith("<@")) && person.isEmpty() && channel.isEmpty() && w.length() > 1) {
                person = Optional.of(w);
            } else {
                return extra("cost [today|week] [@person|#channel]");
            }
        }
        return new AgentCommand.Cost(period, person, channel);
    }

    private static AgentCommand run(List<String> args) {
        Optional<String> agent = Optional.empty();
        Optional<String> repo = Optional.empty();
        Optional<String> branch = Optional.empty();
        Optional<String> daemon = Optional.empty();
        Optional<String> name = Optional.empty();
        List<String> prompt = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!prompt.isEmpty() || !a.startsWith("--")) {
                prompt.add(a);
                continue;
            }
            if (i + 1 >= args.size()) {
                return new AgentCommand.Invalid(a + " needs a value. Usage: /agent run [--agent A] [--repo R] [--branch B] PROMPT");
            }
            String v = args.get(++i);
            switch (a) {
                case "--agent" -> agent = Optional.of(v);
                case "--repo" -> repo = Optional.of(v);
                case "--branch" -> branch = Optional.of(v);
                case "--daemon" -> daemon = Optional.of(v);
                case "--name" -> name = Optional.of(v);
                default -> {
                    return new AgentCommand.Invalid("unknown option " + a + " for run. Options: --agent, --repo, --branch, --daemon, --name");
                }
            }
        }
        Optional<String> badBranch = branch.flatMap(BranchName::problem);
        if (badBranch.isPresent()) {
            return new AgentCommand.Invalid(badBranch.get());
        }
        Optional<String> badName = name.flatMap(SessionName::problem);
        if (badName.isPresent()) {
            return new AgentCommand.Invalid(badName.get());
        }
        if (prompt.isEmpty()) {
            return new AgentCommand.Invalid("run needs a prompt, e.g. /agent run --repo app fix the flaky login test");
        }
        return new AgentCommand.Run(agent, repo, branch, daemon, name, String.join(" ", prompt));
    }

    private static AgentCommand continuation(List<String> args) {
        String usage = "usage: /agent continue NAME [--name NEW] [--agent A] [PROMPT]";
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            return new AgentCommand.Invalid(usage);
        }
        Optional<String> name = Optional.empty();
        Optional<String> agent = Optional.empty();
        List<String> prompt = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (!prompt.isEmpty() || !a.startsWith("--")) {
                prompt.add(a);
            } else if (i + 1 >= args.size()) {
                return new AgentCommand.Invalid(a + " needs a value. " + usage);
            } else if (a.equals("--name")) {
                name = Optional.of(args.get(++i));
            } else if (a.equals("--agent")) {
                agent = Optional.of(args.get(++i));
            } else {
                return new AgentCommand.Invalid("unknown option " + a + " for continue. " + usage);
            }
        }
        return new AgentCommand.Continue(args.get(0), name, agent, String.join(" ", prompt));
    }

    private static AgentCommand share(List<String> args) {
        String usage = "share @user [--watch|--drive|--approve]";
        if (args.isEmpty() || args.size() > 2 || args.get(0).startsWith("--")) {
            return extra(usage);
        }
        String role = "watcher";
        if (args.size() == 2) {
            switch (args.get(1)) {
                case "--watch" -> role = "watcher";
                case "--drive" -> role = "driver";
                case "--approve" -> role = "approver";
                default -> {
                    return extra(usage);
                }
            }
        }
        return new AgentCommand.Share(args.get(0), role);
    }

    private static AgentCommand keys(List<String> args) {
        if (args.isEmpty()) {
            return new AgentCommand.Invalid("usage: /agent keys KEY… (" + Key.HELP + ")");
        }
        for (String k : args) {
            if (Key.parse(k).isEmpty()) {
                return new AgentCommand.Invalid("unknown key '" + k + "'. Keys: " + Key.HELP);
            }
        }
        return new AgentCommand.Keys(List.copyOf(args));
    }
}
