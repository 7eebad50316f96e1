package dev.baton.daemon.screen;

import java.util.List;

/**
 * An immutable picture of a {@link ScreenModel} at one instant.
 *
 * @param cols           screen width in cells
 * @param rows           screen height in cells
 * @param cursorRow      0-based cursor row
 * @param cursorCol      0-based cursor column
 * @param cursorVisible  whether the application shows the cursor (DECTCEM)
 * @param altScreen      whether the alternate screen buffer is active
 * @param lines          exactly {@code rows} lines, trailing spaces trimmed; a wide character appears once
 * @param scrollbackTail up to the last 200 lines scrolled off the top of the main screen, oldest first
 */
public record ScreenSnapshot(int cols, int rows, int cursorRow, int cursorCol, boolean cursorVisible,
                             boolean altScreen, List<String> lines, List<String> scrollbackTail) {

    /** Defensive copies keep the snapshot immutable. */
    public ScreenSnapshot {
        lines = List.copyOf(lines);
        scrollbackTail = List.copyOf(scrollbackTail);
    }

    /** The screen lines joined by {@code \n}, with trailing blank lines dropped. */
    public String text() {
        int last = lines.size();
        while (last > 0 && lines.get(last - 1).isEmpty()) {
            last--;
        }
        return String.join("\n", lines.subList(0, last));
    }
}
