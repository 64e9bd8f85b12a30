-- Papers from more than one server, and where they were accepted (issue 22).
-- title_key: the normalised title (TitleKey), so that an OpenReview note finds its arXiv paper
-- through an index instead of a scan; null on rows written before V16 until the first OpenReview
-- harvest fills it in.
ALTER TABLE papers ADD COLUMN title_key VARCHAR(200);
CREATE INDEX papers_title_key ON papers (title_key);
-- The venue: OpenReview's decision, else what the journal-ref or comments name (Venue.effective).
ALTER TABLE papers ADD COLUMN venue_key VARCHAR(160);
ALTER TABLE papers ADD COLUMN venue_name VARCHAR(160);
ALTER TABLE papers ADD COLUMN venue_id VARCHAR(200);
ALTER TABLE papers ADD COLUMN venue_decision VARCHAR(40);
ALTER TABLE papers ADD COLUMN venue_from VARCHAR(16);
-- partial: most papers have no venue, and an import then writes nothing to this index
CREATE INDEX papers_venue_key ON papers (venue_key) WHERE venue_key IS NOT NULL;

-- Progress of bioRxiv / medRxiv and OpenReview harvests: where the one in progress stands.
CREATE TABLE source_harvests (
  harvest_key VARCHAR(300) NOT NULL PRIMARY KEY,
  from_date VARCHAR(10),              -- bounds of the harvest in progress (or the last one)
  until_date VARCHAR(10),
  next_cursor BIGINT,                 -- where the harvest in progress continues; null when none runs
  harvested_through VARCHAR(10),      -- the next harvest without --from starts here
  updated_at VARCHAR(32) NOT NULL
);
