-- A person's library: the papers they saved (a click on a page, an imported BibTeX/RIS/CSL file,
-- "more like this" in a digest) and the ones they marked "not interested". One row per person and
-- paper: the last word wins. Recommendations learn from it (saved = positive, dismissed = negative).
CREATE TABLE library (
  user_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  paper_id VARCHAR(128) NOT NULL,
  state VARCHAR(12) NOT NULL,          -- saved, dismissed
  origin VARCHAR(12) NOT NULL,         -- page, import, mail
  created_at VARCHAR(32) NOT NULL,
  PRIMARY KEY (user_id, paper_id)
);

CREATE INDEX library_user_state ON library (user_id, state);
