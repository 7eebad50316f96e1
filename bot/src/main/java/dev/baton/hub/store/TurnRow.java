package dev.baton.hub.store;

/** A chat turn: which session, its number there, who sent it, the text, and the chat message it came from. */
public record TurnRow(String id, String session, long number, String sender, String text, String message) {}
