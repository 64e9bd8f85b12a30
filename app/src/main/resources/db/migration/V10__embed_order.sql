-- Papers wait for their vector newest first. papers.vector_hash is the text_hash of the paper's
-- stored vector while that vector fits its present text, and null while the paper waits for one
-- (new, or its title or abstract changed: the upsert clears it). The partial index below holds the
-- waiting papers only, in order of publication: the embedding job reads its next batch from the
-- top of it, and counting the waiting papers walks only them, whatever the size of the
-- collection. "IS NULL" (rather than comparing two columns) lets PostgreSQL's planner estimate
-- how many wait from its statistics, so it picks this index when few do.
ALTER TABLE papers ADD COLUMN vector_hash BIGINT;

-- Vectors made before this migration: every one so far is of the shipped model, whose vector
-- space is named 'bge-small-en-v1.5' (EmbeddingModel.key()).
UPDATE papers SET vector_hash = text_hash
WHERE id IN (SELECT e.paper_id FROM embeddings e
             WHERE e.model = 'bge-small-en-v1.5' AND e.text_hash = papers.text_hash);

CREATE INDEX papers_embed_waiting ON papers (published, id) WHERE vector_hash IS NULL;
