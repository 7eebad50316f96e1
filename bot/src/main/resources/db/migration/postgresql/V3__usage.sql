-- What each person's turns cost in each session, per UTC day (issue 13): /agent cost, the card's Cost, recaps.
CREATE TABLE IF NOT EXISTS usage_by_person (session TEXT NOT NULL, person TEXT NOT NULL, day TEXT NOT NULL,
    channel TEXT NOT NULL, input_tokens BIGINT NOT NULL, output_tokens BIGINT NOT NULL,
    cache_read_tokens BIGINT NOT NULL, cache_write_tokens BIGINT NOT NULL, cost_usd DOUBLE PRECISION NOT NULL,
    unpriced BIGINT NOT NULL, PRIMARY KEY (session, person, day));
CREATE INDEX IF NOT EXISTS usage_by_day ON usage_by_person (day);
