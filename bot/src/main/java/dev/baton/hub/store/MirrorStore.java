package dev.baton.hub.store;

import java.util.List;
import java.util.Map;

/** More threads bound to one session (mirrors), and the prompt cards posted in them. */
public interface MirrorStore {
    void put(MirrorRow m);

    void remove(String session, String thread);

    /** Every mirror, oldest first. */
    List<MirrorRow> all();

    /** A prompt's card in a mirror thread, so an answer from anywhere updates it there too. */
    void putCard(String prompt, String thread, String card);

    /** {@code thread} → card message id of a prompt's cards in mirror threads. */
    Map<String, String> cards(String prompt);
}
