package dev.baton.daemon.screen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helper: a model plus a listener that records every callback. */
final class Vt implements ScreenListener {
    final ScreenModel model;
    int bells;
    final List<String> oscs = new ArrayList<>();
    final List<String> replies = new ArrayList<>();

    Vt(int cols, int rows) {
        model = ScreenModel.create(cols, rows, this);
    }

    static String esc(String s) {
        return s.replace("^[", "\u001b");
    }

    /** Feeds a string; {@code ^[} stands for ESC. */
    Vt feed(String s) {
        byte[] b = esc(s).getBytes(StandardCharsets.UTF_8);
        model.feed(b, 0, b.length);
        return this;
    }

    Vt feedBytes(byte... b) {
        model.feed(b, 0, b.length);
        return this;
    }

    ScreenSnapshot snap() {
        return model.snapshot();
    }

    List<String> lines() {
        return snap().lines();
    }

    String line(int r) {
        return snap().lines().get(r);
    }

    String text() {
        return snap().text();
    }

    /** "row,col" of the cursor. */
    String cursor() {
        ScreenSnapshot s = snap();
        return s.cursorRow() + "," + s.cursorCol();
    }

    @Override
    public void bell() {
        bells++;
    }

    @Override
    public void osc(int code, String payload) {
        oscs.add(code + "|" + payload);
    }

    @Override
    public void reply(byte[] response) {
        replies.add(new String(response, StandardCharsets.UTF_8).replace("\u001b", "^["));
    }
}
