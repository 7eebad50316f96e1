-- The session stream held at the hub: every event each daemon sends, once per (session, seq), as its JSON form
-- (EventJson). `at` is the event's time in epoch milliseconds, for "as of" and for the [hub] keep_events_days purge.
CREATE TABLE IF NOT EXISTS session_events (session TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL,
    type TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (session, seq)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS session_events_at ON session_events (at);
