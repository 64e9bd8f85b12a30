-- The change sequence that every search index follows. Writers take the next numbers by updating
-- the one counter row, which they hold locked until they commit: so sequence numbers become
-- visible in order, and an index that has seen number N has seen everything below it.
CREATE TABLE change_counter (
  id INTEGER NOT NULL PRIMARY KEY,
  last_seq BIGINT NOT NULL
);
INSERT INTO change_counter (id, last_seq) VALUES (1, 1);

ALTER TABLE papers ADD COLUMN seq BIGINT NOT NULL DEFAULT 1;
-- fingerprint of the text that is embedded (title and abstract): a changed text needs a new vector
ALTER TABLE papers ADD COLUMN text_hash BIGINT NOT NULL DEFAULT 0;
CREATE INDEX papers_seq ON papers (seq);

-- Sentence embeddings, kept here so that rebuilding the index never needs the model again.
CREATE TABLE embeddings (
  paper_id VARCHAR(128) NOT NULL,
  model VARCHAR(64) NOT NULL,
  text_hash BIGINT NOT NULL,
  vector ${blob_type} NOT NULL,   -- little-endian float32, unit length
  PRIMARY KEY (paper_id, model)
);
