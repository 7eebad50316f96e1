package dev.baton.config;

import java.nio.file.Path;

/** A broken config: which file, which key, what is wrong, and an example of right. Never a stack trace. */
public final class ConfigException extends RuntimeException {
    private final Path file;
    private final String key;
    private final String problem;
    private final String example;

    public ConfigException(Path file, String key, String problem, String example) {
        super(file + ": " + key + ": " + problem);
        this.file = file;
        this.key = key;
        this.problem = problem;
        this.example = example;
    }

    public Path file() { return file; }
    public String key() { return key; }
    public String problem() { return problem; }
    public String example() { return example; }

    /** The multi-line message shown to a human. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append("invalid config ").append(file).append('\n');
        out.append("  key:     ").append(key.isEmpty() ? "(file)" : key).append('\n');
        out.append("  problem: ").append(problem).append('\n');
        if (!example.isEmpty()) {
            out.append("  a valid example:\n");
            example.lines().forEach(l -> out.append("    ").append(l).append('\n'));
        }
        return out.toString();
    }
}
