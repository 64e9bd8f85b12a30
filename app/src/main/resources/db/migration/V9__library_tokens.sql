-- Personal API tokens: a person creates and revokes them on the settings page; the token is shown
-- once and only its SHA-256 is stored. They authenticate the personal API and feeds.
CREATE TABLE api_tokens (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  user_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  name VARCHAR(100) NOT NULL,
  created_at VARCHAR(32) NOT NULL,
  last_used_at VARCHAR(32)
);

CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Library imports match entries by DOI: an index on the lower-cased DOI keeps that a lookup.
CREATE INDEX papers_doi_lower ON papers (lower(doi));
