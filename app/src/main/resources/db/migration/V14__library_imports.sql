-- Uploads on the library page run as jobs off the request thread: one row per upload, so the
-- progress page (on any instance) shows where it is and then its report, and the limits (one at a
-- time, a few an hour per person) hold across instances. Removed with the person.
CREATE TABLE library_imports (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  user_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  state VARCHAR(12) NOT NULL,          -- running, done, failed
  step VARCHAR(300),                   -- what it is doing now, for the progress page
  report TEXT,                         -- the report as JSON once done, or why it failed
  started_at VARCHAR(32) NOT NULL,     -- ISO instants to the second, so they sort as text
  finished_at VARCHAR(32)
);

CREATE INDEX library_imports_user ON library_imports (user_id, started_at);
