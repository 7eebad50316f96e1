-- The hub's tables in hub.db, exactly as SqliteHubStore created them before Flyway. IF NOT EXISTS throughout: a
-- hub.db from before Flyway is baselined at version 0 (baselineOnMigrate), so this runs on it too and adds only the
-- tables an older hub.db lacks (the schema only ever gained tables, never columns).
CREATE TABLE IF NOT EXISTS daemons (name TEXT PRIMARY KEY, token_hash TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS links (daemon TEXT PRIMARY KEY, next_n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS outbox (daemon TEXT NOT NULL, n INTEGER NOT NULL, frame TEXT NOT NULL, PRIMARY KEY (daemon, n));
CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, name TEXT NOT NULL, daemon TEXT NOT NULL,
    agent TEXT NOT NULL, repo TEXT NOT NULL, base_branch TEXT NOT NULL, branch TEXT NOT NULL,
    state TEXT NOT NULL, attention TEXT NOT NULL, owner_key TEXT NOT NULL, owner_name TEXT NOT NULL,
    prompt TEXT NOT NULL, thread TEXT NOT NULL, card TEXT NOT NULL, turns INTEGER NOT NULL,
    last_seq INTEGER NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS prompts (id TEXT PRIMARY KEY, session TEXT NOT NULL, card TEXT NOT NULL,
    hash TEXT NOT NULL, tool TEXT NOT NULL, detail TEXT NOT NULL, question TEXT NOT NULL,
    options TEXT NOT NULL, state TEXT NOT NULL, answered_by TEXT NOT NULL, decision TEXT NOT NULL,
    answered_at INTEGER NOT NULL, opened_at INTEGER NOT NULL, pings INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS turns (id TEXT PRIMARY KEY, session TEXT NOT NULL, number INTEGER NOT NULL,
    sender TEXT NOT NULL, text TEXT NOT NULL, message TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS people (user_key TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS mirrors (session TEXT NOT NULL, thread TEXT NOT NULL, card TEXT NOT NULL,
    added_by TEXT NOT NULL, added_at INTEGER NOT NULL, PRIMARY KEY (session, thread));
CREATE TABLE IF NOT EXISTS mirror_cards (prompt TEXT NOT NULL, thread TEXT NOT NULL,
    card TEXT NOT NULL, PRIMARY KEY (prompt, thread));
CREATE TABLE IF NOT EXISTS visibility (session TEXT PRIMARY KEY, visibility TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS shares (session TEXT NOT NULL, user_key TEXT NOT NULL,
    user_name TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (session, user_key));
CREATE TABLE IF NOT EXISTS session_facts (session TEXT NOT NULL, key TEXT NOT NULL,
    value TEXT NOT NULL, PRIMARY KEY (session, key));
CREATE TABLE IF NOT EXISTS audit (session TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL,
    actor TEXT NOT NULL, action TEXT NOT NULL, outcome TEXT NOT NULL, reason TEXT NOT NULL,
    PRIMARY KEY (session, seq));
