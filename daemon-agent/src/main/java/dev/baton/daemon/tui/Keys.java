package dev.baton.daemon.tui;

import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/** The key bindings (JLine key maps): one for the rows and text views, one for a line being typed or a question. */
final class Keys {
    static final String HELP = """
            Keys
              ↑ ↓ or j k   select a session (the selection follows it when rows move)
              Enter        attach to the selected session; Ctrl-] comes back here
              a            approve the open prompt once
              A            approve it always (the agent's "don't ask again")
              d            deny it
              i            type a turn to the session (Enter sends it, Esc cancels)
              s            its screen        r  its recap        e  its events
              K            kill it (asks first)
              /            filter the rows (Enter keeps the filter, Esc clears it)
              ?            this help         q or Ctrl-C  quit

            Rows: those that need you (action) first, then notices, then the rest, most recently active first.
            Answers go through the same path and audit as chat answers, recorded as answered from the TUI.""";

    private Keys() {}

    static KeyMap<Action> rows(Terminal t) {
        KeyMap<Action> k = new KeyMap<>();
        bind(k, Action.UP, KeyMap.key(t, Capability.key_up), "k", "\033[A", "\033OA");
        bind(k, Action.DOWN, KeyMap.key(t, Capability.key_down), "j", "\033[B", "\033OB");
        bind(k, Action.ATTACH, "\r", "\n");
        bind(k, Action.APPROVE, "a");
        bind(k, Action.APPROVE_ALWAYS, "A");
        bind(k, Action.DENY, "d");
        bind(k, Action.TYPE, "i");
        bind(k, Action.SCREEN, "s");
        bind(k, Action.RECAP, "r");
        bind(k, Action.EVENTS, "e");
        bind(k, Action.KILL, "K");
        bind(k, Action.FILTER, "/");
        bind(k, Action.HELP, "?");
        bind(k, Action.QUIT, "q", KeyMap.ctrl('C'));
        bind(k, Action.CANCEL, KeyMap.esc());
        k.setAmbiguousTimeout(60);
        return k;
    }

    static KeyMap<Action> typing() {
        KeyMap<Action> k = new KeyMap<>();
        k.bind(Action.CHAR, KeyMap.range(" -~"));
        k.setUnicode(Action.CHAR);
        bind(k, Action.BACKSPACE, KeyMap.del(), "\b");
        bind(k, Action.SUBMIT, "\r", "\n");
        bind(k, Action.CANCEL, KeyMap.esc(), KeyMap.ctrl('C'));
        k.setNomatch(Action.CANCEL);
        k.setAmbiguousTimeout(60);
        return k;
    }

    private static void bind(KeyMap<Action> k, Action a, String... keys) {
        for (String s : keys) {
            if (s != null && !s.isEmpty()) {
                k.bind(a, s);
            }
        }
    }
}
