package dev.baton.hub.commands;

import java.util.ArrayList;
import java.util.List;

/** Splits command text into words, honouring "double" and 'single' quotes (chat clients may send curly ones). */
final class Tokens {
    private Tokens() {}

    static List<String> split(String text) {
        String s = text.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'').strip();
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote (" + quote + ") in the command");
        }
        if (inWord) {
            out.add(word.toString());
        }
        return out;
    }
}
