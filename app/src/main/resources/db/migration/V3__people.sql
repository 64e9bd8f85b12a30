-- People, their sign-in, and what they do with papers. Ids are random text (no auto-increment, so
-- the same SQL runs on SQLite and PostgreSQL); secrets are stored only as SHA-256 hashes.
CREATE TABLE users (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  email VARCHAR(320) NOT NULL UNIQUE,  -- lower-cased
  created_at VARCHAR(32) NOT NULL
);

-- One row per emailed sign-in link; a link works once, until it expires.
CREATE TABLE sign_in_links (
  token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  email VARCHAR(320) NOT NULL,
  created_at VARCHAR(32) NOT NULL,
  expires_at VARCHAR(32) NOT NULL,
  used_at VARCHAR(32)
);

CREATE TABLE sessions (
  id_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  user_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at VARCHAR(32) NOT NULL,
  expires_at VARCHAR(32) NOT NULL
);

CREATE INDEX sessions_user ON sessions (user_id);

-- One vote per person per paper.
CREATE TABLE votes (
  user_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  paper_id VARCHAR(128) NOT NULL,
  created_at VARCHAR(32) NOT NULL,
  PRIMARY KEY (user_id, paper_id)
);

-- The signals trending reads, one row per paper that has any: kept in step with votes in the same
-- transaction, and with views by the server's periodic flush.
CREATE TABLE paper_signals (
  paper_id VARCHAR(128) NOT NULL PRIMARY KEY,
  votes INTEGER NOT NULL,
  views BIGINT NOT NULL
);
