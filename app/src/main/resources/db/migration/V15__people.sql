-- People (issue 21): author pages, following authors, claimed papers and citation alerts.

-- Every author of every paper under a normalised name (NFC, case folded, whitespace collapsed,
-- accents kept): written with the paper (PaperWrites), so an author page reads an index, never
-- scans. variant_key (surname and first initial) finds "also written as" candidates.
CREATE TABLE paper_authors (
  paper_id VARCHAR(128) NOT NULL,
  name_key VARCHAR(300) NOT NULL,
  published VARCHAR(10) NOT NULL,    -- the paper's first version, '' when unknown
  variant_key VARCHAR(300) NOT NULL,
  PRIMARY KEY (paper_id, name_key)
);
CREATE INDEX paper_authors_newest ON paper_authors (name_key, published, paper_id);
CREATE INDEX paper_authors_variant ON paper_authors (variant_key, name_key);

-- Papers stored before this table existed are indexed by a job (AuthorIndex.backfill) that walks
-- them in id order from after_id; the row goes when it is done.
CREATE TABLE author_backfill (
  id INTEGER NOT NULL PRIMARY KEY,
  after_id VARCHAR(128) NOT NULL
);
INSERT INTO author_backfill (id, after_id) SELECT 1, '' WHERE EXISTS (SELECT 1 FROM papers);

-- Authors a person follows: one row per person and normalised name.
CREATE TABLE follows (
  user_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name_key VARCHAR(300) NOT NULL,
  name VARCHAR(300) NOT NULL,          -- as the person wrote it
  created_at VARCHAR(32) NOT NULL,
  PRIMARY KEY (user_id, name_key)
);
CREATE INDEX follows_name ON follows (name_key);

-- Papers a person says are their own ("This is me"), apart from the library.
CREATE TABLE claims (
  user_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  paper_id VARCHAR(128) NOT NULL,
  created_at VARCHAR(32) NOT NULL,
  PRIMARY KEY (user_id, paper_id)
);
CREATE INDEX claims_paper ON claims (paper_id);

-- A person's choices about alerts: citations of the papers in their library too, or only claimed.
CREATE TABLE people_settings (
  user_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  library_alerts INTEGER NOT NULL
);

-- Known citation edges (citing -> cited), from Semantic Scholar or OpenAlex. quiet: found on the
-- first look at a paper and not recent, so known before anybody watched; never mailed.
CREATE TABLE citations (
  cited_id VARCHAR(128) NOT NULL,
  citing_id VARCHAR(128) NOT NULL,
  source VARCHAR(16) NOT NULL,
  found_at VARCHAR(32) NOT NULL,
  quiet INTEGER NOT NULL,
  PRIMARY KEY (cited_id, citing_id)
);
CREATE INDEX citations_citing ON citations (citing_id);
CREATE INDEX citations_found ON citations (found_at);

-- When each watched paper was last asked about, per source: at most once a day.
CREATE TABLE citation_checks (
  paper_id VARCHAR(128) NOT NULL,
  source VARCHAR(16) NOT NULL,
  checked_at VARCHAR(32) NOT NULL,
  PRIMARY KEY (paper_id, source)
);
