-- Readers who opted out of co-saves ("readers who saved this also saved"): their saves feed no one
-- else's recommendations. One row per reader who opted out; none means they take part (the
-- default). The co-save model itself is kept in memory and rebuilt from the libraries, so it
-- follows this table (and deleted accounts) at its next update.
CREATE TABLE cosave_optout (
  user_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  created_at VARCHAR(32) NOT NULL
);
