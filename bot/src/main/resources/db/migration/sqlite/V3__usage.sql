-- What each person's turns cost in each session, per UTC day (issue 13): /agent cost, the card's Cost, recaps.
CREATE TABLE IF NOT EXISTS usage_by_person (session TEXT NOT NULL, person TEXT NOT NULL, day TEXT NOT NULL,
    channel TEXT NOT NULL, input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL,
    cache_read_tokens INTEGER NOT NULL, cache_write_tokens INTEGER NOT NULL, cost_usd REAL NOT NULL,
    unpriced INTEGER NOT NULL, PRIMARY KEY (session, person, day));
CREATE INDEX IF NOT EXISTS usage_by_day ON usage_by_person (day);
