-- Subscribers to the digest, their topics, and the digest outbox. Booleans are INTEGER 0/1 and
-- instants ISO-8601 UTC text, so that the same SQL runs on SQLite and PostgreSQL.
CREATE TABLE subscribers (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  email VARCHAR(320) NOT NULL UNIQUE,  -- lower-cased
  status VARCHAR(12) NOT NULL,         -- pending (not confirmed), active, paused
  created_at VARCHAR(32) NOT NULL,
  confirmed_at VARCHAR(32),
  frequency VARCHAR(8) NOT NULL,       -- daily, weekly
  weekday INTEGER NOT NULL,            -- 1 Monday .. 7 Sunday: the day of a weekly digest
  send_hour INTEGER NOT NULL,          -- 0..23, local time
  time_zone VARCHAR(64) NOT NULL,      -- IANA zone, e.g. Europe/Berlin
  paper_count INTEGER NOT NULL,
  include_trending INTEGER NOT NULL,
  when_empty VARCHAR(8) NOT NULL,      -- notice (a short mail), skip
  failures INTEGER NOT NULL,           -- permanent delivery failures in a row
  covered_until VARCHAR(32),           -- papers first seen up to here were in a digest
  last_mailed_at VARCHAR(32)           -- last confirmation or settings-link mail: one per 10 min
);

CREATE TABLE topics (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  subscriber_id VARCHAR(36) NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
  name VARCHAR(200) NOT NULL,
  query TEXT NOT NULL,
  position INTEGER NOT NULL
);

CREATE INDEX topics_subscriber ON topics (subscriber_id);

-- The outbox: one row per subscriber and digest date, created before anything is sent. A row is
-- claimed by one sender at a time (claimed_until), marked sending just before the SMTP
-- transaction, and sent once the server has accepted the message.
CREATE TABLE digests (
  subscriber_id VARCHAR(36) NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
  digest_date VARCHAR(10) NOT NULL,
  status VARCHAR(12) NOT NULL,         -- pending, sending, sent, skipped, failed
  covers_from VARCHAR(32) NOT NULL,    -- papers first seen after this instant ...
  covers_until VARCHAR(32) NOT NULL,   -- ... and up to this one
  attempts INTEGER NOT NULL,
  next_attempt_at VARCHAR(32) NOT NULL,
  claimed_by VARCHAR(64),
  claimed_until VARCHAR(32),
  message_id VARCHAR(255),
  paper_count INTEGER,
  last_error TEXT,
  created_at VARCHAR(32) NOT NULL,
  sent_at VARCHAR(32),
  PRIMARY KEY (subscriber_id, digest_date)
);

CREATE INDEX digests_due ON digests (status, next_attempt_at);
