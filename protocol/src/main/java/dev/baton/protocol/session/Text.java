package dev.baton.protocol.session;

/** Text hygiene shared by every surface: chat text reaches an agent as typed text without control bytes. */
public final class Text {
    private Text() {}

    /**
     * Removes C0/C1 control characters (escape sequences lose their ESC and so become inert), keeping
     * tab and newline. A newline inside a turn is a newline in the agent's prompt, not a submit.
     */
    public static String stripControls(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f))) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
