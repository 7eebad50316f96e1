package dev.baton.adapters.web;

import dev.baton.chat.ChatEvent;

/** The one translator for button presses: each becomes a {@link ChatEvent.Button} on the card's message. */
final class ButtonPressTranslator {

    ChatEvent.Button translate(ButtonPress press) {
        return new ChatEvent.Button(WebUsers.user(press.user()), WebUsers.message(press.card()), press.action(),
                press.value());
    }
}
