-- The web chat's tables in webchat.db, exactly as SqliteChatSchema created them before Flyway (then PRAGMA
-- user_version=1). IF NOT EXISTS: a webchat.db from before Flyway is baselined at version 0, so this runs on it too.
CREATE TABLE IF NOT EXISTS channels(id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS messages(id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL REFERENCES channels(id), thread INTEGER,
    user_name TEXT NOT NULL, text TEXT NOT NULL, created INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('user','bot')), post TEXT, badge TEXT,
    visible_to TEXT, edited INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS messages_by_thread ON messages(thread, id);
CREATE INDEX IF NOT EXISTS messages_by_channel ON messages(channel, id);
