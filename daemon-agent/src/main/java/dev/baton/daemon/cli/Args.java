package dev.baton.daemon.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parsed command-line arguments: {@code --flag}, {@code --key value}, positionals, and text after {@code --}. */
final class Args {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();
    private final List<String> rest = new ArrayList<>();
    private boolean sawDashDash;

    /**
     * @param valued options that take a value; every other {@code --x} or {@code -x} is a flag
     * @param flags  the flags this command accepts; anything else is a usage error
     */
    static Args parse(List<String> argv, Set<String> valued, Set<String> flags) {
        Args a = new Args();
        for (int i = 0; i < argv.size(); i++) {
            String s = argv.get(i);
            if (a.sawDashDash) {
                a.rest.add(s);
            } else if (s.equals("--")) {
                a.sawDashDash = true;
            } else if (s.startsWith("-") && s.length() > 1) {
                String key = s;
                String value = null;
                int eq = s.indexOf('=');
                if (s.startsWith("--") && eq > 0) {
                    key = s.substring(0, eq);
                    value = s.substring(eq + 1);
                }
                if (valued.contains(key)) {
                    if (value == null) {
                        if (i + 1 >= argv.size()) {
                            throw new UsageException(key + " needs a value");
                        }
                        value = argv.get(++i);
                    }
                    a.options.put(key, value);
                } else if (flags.contains(key) && value == null) {
                    a.options.put(key, "true");
                } else {
                    throw new UsageException("unknown option " + key);
                }
            } else {
                a.positionals.add(s);
            }
        }
        return a;
    }

    Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }

    boolean flag(String key) {
        return options.containsKey(key);
    }

    List<String> positionals() {
        return positionals;
    }

    List<String> rest() {
        return rest;
    }

    boolean sawDashDash() {
        return sawDashDash;
    }
}
