package dev.baton.daemon.activity;

import java.nio.file.Path;
import java.util.List;

/** Finds the files in which a session's agent writes its own record. Called on its tracker's thread only. */
interface TranscriptLocator {
    /** The session's files found so far (a later call may find more, e.g. after a resume). */
    List<Path> files();

    /** A file the agent named itself (a hook's {@code transcript_path}); it is the session's from now on. */
    void named(Path file);

    /** The format of the files found. */
    TranscriptFormat format();
}
