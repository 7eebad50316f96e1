package dev.baton.hub.store;

import dev.baton.chat.MessageRef;
import dev.baton.protocol.id.SessionId;

/**
 * A chat turn: which session, its number there, who sent it (a user key, {@code web:ana}), the text the agent gets,
 * and the chat message it came from (whose acknowledgement follows the turn). Only a {@link HubStore} maps it to
 * columns.
 */
public record HubTurn(String id, SessionId session, long number, String senderKey, String text, MessageRef message) {}
