-- The session stream held at the hub: every event each daemon sends, once per (session, seq), as its JSON form
-- (EventJson). `at` is the event's time in epoch milliseconds, for "as of" and for the [hub] keep_events_days purge.
CREATE TABLE session_events (session TEXT NOT NULL, seq BIGINT NOT NULL, at BIGINT NOT NULL,
    type TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (session, seq));
CREATE INDEX session_events_at ON session_events (at);
