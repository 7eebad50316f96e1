package dev.baton.hub.access;

/** Everything the access policy decides. {@link #words()} says it in a refusal: "you may not …". */
public enum Action {
    OPEN_PAGE("see this session"),
    SEND_TURN("send this agent a turn"),
    SEND_KEYS("send this agent keys"),
    PAUSE("pause or resume this agent"),
    APPROVE("answer this prompt"),
    KILL("kill this session"),
    HANDOFF("hand this session off"),
    SHARE("change who may see this session");

    private final String words;

    Action(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
