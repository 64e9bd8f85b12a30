-- Papers: the truth that every index is derived from.
-- Dates are ISO text (YYYY-MM-DD) and instants ISO-8601 UTC text, so that the same SQL runs on
-- SQLite and PostgreSQL and sorts correctly on both.
CREATE TABLE papers (
  id VARCHAR(128) NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  abstract TEXT NOT NULL,
  authors TEXT NOT NULL,          -- JSON array of names, in order
  categories TEXT NOT NULL,       -- space separated, primary first
  published VARCHAR(10),          -- first version
  updated VARCHAR(10),            -- last update
  doi TEXT,
  journal_ref TEXT,
  comments TEXT,
  license TEXT,
  abs_url TEXT,
  pdf_url TEXT,
  code_url TEXT,
  project_url TEXT,
  source VARCHAR(32) NOT NULL,
  added_at VARCHAR(32) NOT NULL,
  content_hash BIGINT NOT NULL    -- of every field above but added_at: tells changed from unchanged
);

CREATE INDEX papers_published ON papers (published);
CREATE INDEX papers_added_at ON papers (added_at);

-- Progress of OAI-PMH harvests, one row per endpoint, metadata prefix and set.
CREATE TABLE harvest_state (
  harvest_key VARCHAR(512) NOT NULL PRIMARY KEY,
  from_date VARCHAR(10),            -- lower bound of the harvest in progress (null: everything)
  until_date VARCHAR(10),           -- upper bound of the harvest in progress (null: open)
  resumption_token TEXT,            -- where the harvest in progress stands; null when none runs
  started_response_date VARCHAR(10),-- the server's date when the harvest in progress began
  harvested_through VARCHAR(10),    -- the next incremental harvest starts here
  records_so_far BIGINT NOT NULL,
  updated_at VARCHAR(32) NOT NULL
);
