package dev.baton.daemon.tui;

/** What a key means; {@link Keys} binds keys to these, {@link Controller} carries them out. */
enum Action {
    UP, DOWN, ATTACH, APPROVE, APPROVE_ALWAYS, DENY, TYPE, SCREEN, RECAP, EVENTS, KILL, FILTER, HELP, QUIT,
    /** A character typed into a line (a turn, the filter) or a key that answers a question. */
    CHAR, BACKSPACE, SUBMIT, CANCEL
}
