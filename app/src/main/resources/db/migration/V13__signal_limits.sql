-- A source that said "no more calls until T" (GitHub's X-RateLimit-Reset, a 429's Retry-After):
-- kept in the database, so that a `signals fetch` run by cron, a restarted server or another
-- instance on the same PostgreSQL does not ask again before T.
CREATE TABLE signal_limits (
  source VARCHAR(16) NOT NULL PRIMARY KEY,
  until VARCHAR(32) NOT NULL
);
