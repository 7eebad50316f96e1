-- The hub's tables on PostgreSQL: the same tables, columns and keys as hub.db (db/migration/sqlite/V1__hub.sql), with
-- BIGINT for sqlite's 64-bit INTEGER. PostgreSQL has no rowid: prompts and shares, read back in the order they were
-- last written, carry that order in `written`, taken from one sequence on every insert and update.
CREATE SEQUENCE hub_write_order;
CREATE TABLE daemons (name TEXT PRIMARY KEY, token_hash TEXT NOT NULL, created_at BIGINT NOT NULL);
CREATE TABLE links (daemon TEXT PRIMARY KEY, next_n BIGINT NOT NULL);
CREATE TABLE outbox (daemon TEXT NOT NULL, n BIGINT NOT NULL, frame TEXT NOT NULL, PRIMARY KEY (daemon, n));
CREATE TABLE sessions (id TEXT PRIMARY KEY, name TEXT NOT NULL, daemon TEXT NOT NULL,
    agent TEXT NOT NULL, repo TEXT NOT NULL, base_branch TEXT NOT NULL, branch TEXT NOT NULL,
    state TEXT NOT NULL, attention TEXT NOT NULL, owner_key TEXT NOT NULL, owner_name TEXT NOT NULL,
    prompt TEXT NOT NULL, thread TEXT NOT NULL, card TEXT NOT NULL, turns BIGINT NOT NULL,
    last_seq BIGINT NOT NULL, created_at BIGINT NOT NULL);
CREATE TABLE prompts (id TEXT PRIMARY KEY, session TEXT NOT NULL, card TEXT NOT NULL,
    hash TEXT NOT NULL, tool TEXT NOT NULL, detail TEXT NOT NULL, question TEXT NOT NULL,
    options TEXT NOT NULL, state TEXT NOT NULL, answered_by TEXT NOT NULL, decision TEXT NOT NULL,
    answered_at BIGINT NOT NULL, opened_at BIGINT NOT NULL, pings BIGINT NOT NULL,
    written BIGINT NOT NULL DEFAULT nextval('hub_write_order'));
CREATE TABLE turns (id TEXT PRIMARY KEY, session TEXT NOT NULL, number BIGINT NOT NULL,
    sender TEXT NOT NULL, text TEXT NOT NULL, message TEXT NOT NULL);
CREATE TABLE people (user_key TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE mirrors (session TEXT NOT NULL, thread TEXT NOT NULL, card TEXT NOT NULL,
    added_by TEXT NOT NULL, added_at BIGINT NOT NULL, PRIMARY KEY (session, thread));
CREATE TABLE mirror_cards (prompt TEXT NOT NULL, thread TEXT NOT NULL,
    card TEXT NOT NULL, PRIMARY KEY (prompt, thread));
CREATE TABLE visibility (session TEXT PRIMARY KEY, visibility TEXT NOT NULL);
CREATE TABLE shares (session TEXT NOT NULL, user_key TEXT NOT NULL,
    user_name TEXT NOT NULL, role TEXT NOT NULL, written BIGINT NOT NULL DEFAULT nextval('hub_write_order'),
    PRIMARY KEY (session, user_key));
CREATE TABLE session_facts (session TEXT NOT NULL, key TEXT NOT NULL,
    value TEXT NOT NULL, PRIMARY KEY (session, key));
CREATE TABLE audit (session TEXT NOT NULL, seq BIGINT NOT NULL, at BIGINT NOT NULL,
    actor TEXT NOT NULL, action TEXT NOT NULL, outcome TEXT NOT NULL, reason TEXT NOT NULL,
    PRIMARY KEY (session, seq));
CREATE INDEX turns_by_session ON turns (session, number);
