-- Recommendations. A person's model is small and derived from their library (saved and dismissed
-- papers, votes): it is trained again when the library changes (its fingerprint differs) and kept
-- here, the truth, so that a restart or another process needs no training.
CREATE TABLE recommend_models (
  user_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  fingerprint BIGINT NOT NULL,         -- of the library and the embedding model it was trained on
  model ${blob_type} NOT NULL,         -- see recommend/ModelCodec: exemplar vectors, weights, terms
  trained_at VARCHAR(32) NOT NULL
);

-- Papers already recommended to a person in a digest: a paper goes out once. A digest composed
-- again (a retry) may show its own papers again, so each row names the digest day it went out in.
CREATE TABLE recommend_sent (
  user_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  paper_id VARCHAR(128) NOT NULL,
  digest_day VARCHAR(10) NOT NULL,
  sent_at VARCHAR(32) NOT NULL,
  PRIMARY KEY (user_id, paper_id)
);

-- The whitening of the embedding space (recommend/Space: corpus mean and Cholesky factor), fitted
-- on a sample of the stored vectors and fitted again when the corpus has doubled since.
CREATE TABLE recommend_spaces (
  model VARCHAR(64) NOT NULL PRIMARY KEY,
  papers BIGINT NOT NULL,              -- how many vectors the corpus held when it was fitted
  space ${blob_type} NOT NULL,
  fitted_at VARCHAR(32) NOT NULL
);
