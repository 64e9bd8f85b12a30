-- Papers wait for their vector newest first. papers.vector_hash is the text_hash of the text the
-- paper's stored vector was made from (null: no vector yet), so a paper waits exactly while
-- vector_hash differs from text_hash, and the partial index below holds the waiting papers only,
-- in order of publication: the embedding job reads its next batch from the top of it, and counting
-- the waiting papers walks only them, whatever the size of the collection.
ALTER TABLE papers ADD COLUMN vector_hash BIGINT;

-- Vectors made before this migration: every one so far is of the shipped model, whose vector
-- space is named 'bge-small-en-v1.5' (EmbeddingModel.key()).
UPDATE papers SET vector_hash = (
  SELECT e.text_hash FROM embeddings e WHERE e.paper_id = papers.id AND e.model = 'bge-small-en-v1.5')
WHERE id IN (SELECT paper_id FROM embeddings WHERE model = 'bge-small-en-v1.5');

CREATE INDEX papers_embed_waiting ON papers (published, id)
  WHERE vector_hash IS NULL OR vector_hash <> text_hash;
