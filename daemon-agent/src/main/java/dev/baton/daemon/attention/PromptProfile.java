package dev.baton.daemon.attention;

import dev.baton.protocol.session.AttentionReason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vendor's prompt patterns, loaded from {@code <vendor>.profile}: lines of {@code reason: regex}, where
 * {@code option: regex} (with one group) picks out the numbered options shown under a prompt,
 * {@code ready: regex} matches the cursor's row when the agent waits for input, and {@code busy: regex}
 * anywhere on the screen vetoes that (the agent is still working). The exact command or edit is found by
 * {@code command: regex} (one group) between the question and its options (Codex), else between two
 * {@code frame: regex} lines above the question (Claude Code), else it is the line above the question.
 */
public final class PromptProfile {
    private record Rule(AttentionReason reason, Pattern pattern) {}

    private final String vendor;
    private final List<Rule> rules;
    private final Pattern option;
    private final List<Pattern> ready;
    private final List<Pattern> busy;
    private final Pattern tool;
    private final Pattern frame;
    private final Pattern command;

    private PromptProfile(String vendor, List<Rule> rules, Pattern option, List<Pattern> ready, List<Pattern> busy,
                          Pattern tool, Pattern frame, Pattern command) {
        this.vendor = vendor;
        this.rules = List.copyOf(rules);
        this.option = option;
        this.ready = List.copyOf(ready);
        this.busy = List.copyOf(busy);
        this.tool = tool;
        this.frame = frame;
        this.command = command;
    }

    /** The profile for {@code vendor}, or an empty profile when there is none. */
    public static PromptProfile forVendor(String vendor) {
        String file = vendor.toLowerCase(Locale.ROOT) + ".profile";
        try (InputStream in = PromptProfile.class.getResourceAsStream(file)) {
            if (in == null) {
                return new PromptProfile(vendor, List.of(), null, List.of(), List.of(), null, null, null);
            }
            return parse(vendor, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PromptProfile parse(String vendor, String text) {
        List<Rule> rules = new ArrayList<>();
        List<Pattern> ready = new ArrayList<>();
        List<Pattern> busy = new ArrayList<>();
        Pattern option = null;
        Pattern tool = null;
        Pattern frame = null;
        Pattern command = null;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String key = line.substring(0, colon).strip();
                Pattern p = Pattern.compile(line.substring(colon + 1).strip());
                if (key.equals("option")) {
                    option = p;
                } else if (key.equals("tool")) {
                    tool = p;
                } else if (key.equals("frame")) {
                    frame = p;
                } else if (key.equals("command")) {
                    command = p;
                } else if (key.equals("ready")) {
                    ready.add(p);
                } else if (key.equals("busy")) {
                    busy.add(p);
                } else {
                    rules.add(new Rule(AttentionReason.parse(key).orElseThrow(
                            () -> new IllegalArgumentException("unknown reason '" + key + "' in " + vendor + ".profile")), p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PromptProfile(vendor, rules, option, ready, busy, tool, frame, command);
    }

    public String vendor() {
        return vendor;
    }

    /** Whether the screen shows the agent waiting for input: a ready cursor row and nothing busy. */
    public boolean ready(List<String> lines, int cursorRow) {
        if (ready.isEmpty() || cursorRow < 0 || cursorRow >= lines.size()) {
            return false;
        }
        String row = lines.get(cursorRow);
        if (ready.stream().noneMatch(p -> p.matcher(row).find())) {
            return false;
        }
        return lines.stream().noneMatch(l -> busy.stream().anyMatch(p -> p.matcher(l).find()));
    }

    /** The first prompt visible on the screen, if any. */
    public Optional<ScreenPrompt> match(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            for (Rule rule : rules) {
                if (rule.pattern().matcher(lines.get(i)).find()) {
                    int question = i;
                    return Optional.of(new ScreenPrompt(rule.reason(), lines.get(i).strip(), options(lines, i + 1),
                            toolAbove(lines, i), detailBelow(lines, i).orElseGet(() -> detailAbove(lines, question))));
                }
            }
        }
        return Optional.empty();
    }

    private List<String> options(List<String> lines, int from) {
        List<String> out = new ArrayList<>();
        if (option == null) {
            return out;
        }
        for (int i = from; i < lines.size() && i < from + 12; i++) {
            Matcher m = option.matcher(lines.get(i));
            if (m.find()) {
                out.add(m.group(1).strip());
            }
        }
        return out;
    }

    /** The tool named above the question (e.g. {@code Bash} from " Bash command"), or empty. */
    private String toolAbove(List<String> lines, int question) {
        if (tool == null) {
            return "";
        }
        for (int i = question - 1; i >= 0 && i >= question - 12; i--) {
            Matcher m = tool.matcher(lines.get(i));
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return "";
    }

    /**
     * The command shown under the question (Codex: {@code $ echo hello > hello.txt}), up to the options: the
     * {@code command} pattern's group on the first matching line, then the lines under it up to a blank line.
     */
    private Optional<String> detailBelow(List<String> lines, int question) {
        if (command == null) {
            return Optional.empty();
        }
        for (int i = question + 1; i < lines.size() && i <= question + 12 && !isOption(lines.get(i)); i++) {
            Matcher m = command.matcher(lines.get(i));
            if (m.find()) {
                StringBuilder out = new StringBuilder(m.group(1).strip());
                for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank() && !isOption(lines.get(j)); j++) {
                    out.append('\n').append(lines.get(j).strip());
                }
                return Optional.of(out.toString());
            }
        }
        return Optional.empty();
    }

    private boolean isOption(String line) {
        return option != null && option.matcher(line).find();
    }

    /** The exact command or edit: the lines between the last two frame lines above the question, else the line above. */
    private String detailAbove(List<String> lines, int question) {
        if (frame == null && tool == null) {
            return ""; // a plain question: the question line says it all
        }
        List<Integer> frames = new ArrayList<>();
        for (int i = question - 1; i >= 0 && i >= question - 20 && frame != null; i--) {
            if (frame.matcher(lines.get(i)).find()) {
                frames.add(i);
                if (frames.size() == 2) {
                    break;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        if (frames.size() == 2) {
            for (int i = frames.get(1) + 1; i < frames.get(0); i++) {
                if (!lines.get(i).isBlank()) {
                    out.append(out.isEmpty() ? "" : "\n").append(lines.get(i).strip());
                }
            }
            return out.toString();
        }
        for (int i = question - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return "";
    }

    /** A prompt found on the screen: why, the question line, the options under it, the tool and its command. */
    public record ScreenPrompt(AttentionReason reason, String question, List<String> options, String tool,
                               String detail) {
        public String summary() {
            return options.isEmpty() ? question : question + " [" + String.join(" | ", options) + "]";
        }
    }
}
