package dev.baton.daemon.activity;

import java.util.List;

/**
 * One vendor's transcript format, translated once: a line in, what it says out. An implementation may keep state
 * between the lines of one file (Codex names the model once per turn), so each file gets its own instance.
 */
interface TranscriptFormat {
    /** What the line at {@code offset} of {@code file} (its name) says; nothing for lines of no interest or bad JSON. */
    List<Reading> read(String file, long offset, String line);

    /** Whether lines depend on earlier ones, so a file must be read from its start again after a restart. */
    default boolean stateful() {
        return false;
    }
}
