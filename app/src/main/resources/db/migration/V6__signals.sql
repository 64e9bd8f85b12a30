-- Signals from the world outside (Hugging Face Papers, GitHub, Semantic Scholar), kept as
-- observations: a row is added when a value is first seen or differs from the last one, never
-- overwritten. So the value at any past instant is the newest observation at or before it, growth
-- ("stars gained this week") is a difference of two of them, and a failed fetch changes nothing.
CREATE TABLE signal_observations (
  paper_id VARCHAR(128) NOT NULL,
  source VARCHAR(16) NOT NULL,       -- hf, github, s2
  metric VARCHAR(32) NOT NULL,       -- upvotes, comments, stars, citations
  value BIGINT NOT NULL,
  observed_at VARCHAR(32) NOT NULL,
  PRIMARY KEY (paper_id, source, metric, observed_at)
);

CREATE INDEX signal_observations_when ON signal_observations (source, metric, observed_at);

-- The newest value of each paper's metric and when it was last confirmed, kept in the same
-- transaction as the observations, so that a ranking reads one row per paper and metric.
CREATE TABLE signal_latest (
  paper_id VARCHAR(128) NOT NULL,
  source VARCHAR(16) NOT NULL,
  metric VARCHAR(32) NOT NULL,
  value BIGINT NOT NULL,
  observed_at VARCHAR(32) NOT NULL,
  PRIMARY KEY (paper_id, source, metric)
);

CREATE INDEX signal_latest_metric ON signal_latest (source, metric);

-- What the sources say about a paper besides numbers (shown, never ranked on).
CREATE TABLE signal_papers (
  paper_id VARCHAR(128) NOT NULL PRIMARY KEY,
  hf_checked_at VARCHAR(32),         -- when Hugging Face last listed it or was asked about it
  hf_featured_on VARCHAR(10),        -- the day Hugging Face featured it
  hf_summary TEXT,                   -- Hugging Face's one-line summary (ai_summary)
  github_repo VARCHAR(200),          -- owner/name, as Hugging Face links it
  project_url TEXT
);

-- GitHub repositories asked about: the ETag of the last answer, for conditional requests.
CREATE TABLE signal_repos (
  repo VARCHAR(200) NOT NULL PRIMARY KEY,  -- owner/name, lower-cased
  etag VARCHAR(200),
  stars BIGINT,
  checked_at VARCHAR(32) NOT NULL
);

-- One row: the fetch round in progress and the last one finished. An instance fetches only after
-- claiming it (an UPDATE that succeeds for one of several instances on one PostgreSQL).
CREATE TABLE signal_rounds (
  id INTEGER NOT NULL PRIMARY KEY,
  holder VARCHAR(64),
  claimed_until VARCHAR(32),
  finished_at VARCHAR(32)
);

INSERT INTO signal_rounds (id, holder, claimed_until, finished_at) VALUES (1, NULL, NULL, NULL);

-- Rankings read the id and date of every paper of a window (30,000 a month on a full arXiv
-- harvest): with the id in the index, that read never touches the wide paper rows.
CREATE INDEX papers_published_id ON papers (published, id);
