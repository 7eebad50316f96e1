package dev.baton.adapters.web;

/** A button on a bot card pressed in the page, already checked against the stored card. */
record ButtonPress(String user, StoredMessage card, String action, String value) {}
