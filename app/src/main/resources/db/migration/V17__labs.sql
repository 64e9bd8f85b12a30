-- Labs: people who read papers together. A lab has owners and members, shared reading lists, and
-- channels (Slack, Discord, Mattermost, Teams, signed webhooks) its morning papers are posted to.
CREATE TABLE labs (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  slug VARCHAR(64) NOT NULL UNIQUE,
  name VARCHAR(100) NOT NULL UNIQUE,
  description VARCHAR(300) NOT NULL,
  created_at VARCHAR(32) NOT NULL
);

-- Who belongs to a lab. A person's membership goes with their account; a lab left without an
-- owner hands ownership to its longest-standing member, and a lab left empty is deleted (Labs).
CREATE TABLE lab_members (
  lab_id VARCHAR(36) NOT NULL REFERENCES labs (id) ON DELETE CASCADE,
  user_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role VARCHAR(8) NOT NULL,            -- owner, member
  show_saves INTEGER NOT NULL,         -- 1: the lab page shows what this member saved this week
  joined_at VARCHAR(32) NOT NULL,
  PRIMARY KEY (lab_id, user_id)
);

CREATE INDEX lab_members_user ON lab_members (user_id);

-- Invitations by email: the link's token is stored only as its SHA-256; it works once, for 7 days,
-- and only for the address it was sent to.
CREATE TABLE lab_invitations (
  token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  lab_id VARCHAR(36) NOT NULL REFERENCES labs (id) ON DELETE CASCADE,
  email VARCHAR(320) NOT NULL,
  created_at VARCHAR(32) NOT NULL,
  expires_at VARCHAR(32) NOT NULL,
  used_at VARCHAR(32)
);

CREATE INDEX lab_invitations_lab ON lab_invitations (lab_id);

-- A lab's topics: searches its channels post the day's matching papers for.
CREATE TABLE lab_topics (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  lab_id VARCHAR(36) NOT NULL REFERENCES labs (id) ON DELETE CASCADE,
  name VARCHAR(200) NOT NULL,
  query TEXT NOT NULL,
  position INTEGER NOT NULL
);

CREATE INDEX lab_topics_lab ON lab_topics (lab_id);

-- Shared reading lists ("Journal club", "To read") and the papers on them. Who added a paper is
-- kept while they have an account (added_by becomes NULL when they delete it: the list is the
-- lab's, the name beside the paper was theirs).
CREATE TABLE lab_lists (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  lab_id VARCHAR(36) NOT NULL REFERENCES labs (id) ON DELETE CASCADE,
  slug VARCHAR(64) NOT NULL,
  name VARCHAR(100) NOT NULL,
  created_at VARCHAR(32) NOT NULL,
  UNIQUE (lab_id, slug)
);

CREATE TABLE lab_list_papers (
  list_id VARCHAR(36) NOT NULL REFERENCES lab_lists (id) ON DELETE CASCADE,
  paper_id VARCHAR(128) NOT NULL,
  added_by VARCHAR(36) REFERENCES users (id) ON DELETE SET NULL,
  note VARCHAR(200),
  added_at VARCHAR(32) NOT NULL,
  discussed_at VARCHAR(32),
  PRIMARY KEY (list_id, paper_id)
);

CREATE INDEX lab_list_papers_paper ON lab_list_papers (paper_id);
CREATE INDEX lab_list_papers_added ON lab_list_papers (added_at);

-- Where a lab's papers are posted. The URL is a secret: shown masked, never logged or exported.
CREATE TABLE channels (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  lab_id VARCHAR(36) NOT NULL REFERENCES labs (id) ON DELETE CASCADE,
  kind VARCHAR(12) NOT NULL,           -- slack, discord, mattermost, teams, webhook
  url TEXT NOT NULL,
  secret VARCHAR(64) NOT NULL,         -- the HMAC key of a webhook channel's signatures
  frequency VARCHAR(8) NOT NULL,       -- daily, weekly
  weekday INTEGER NOT NULL,            -- 1 Monday .. 7 Sunday: the day of a weekly post
  send_hour INTEGER NOT NULL,
  time_zone VARCHAR(64) NOT NULL,
  content VARCHAR(64) NOT NULL,        -- comma-separated: topics, trending, week
  paper_count INTEGER NOT NULL,
  status VARCHAR(12) NOT NULL,         -- active, disabled
  failing_since VARCHAR(32),           -- the first of an unbroken run of refusals (404, 410 ...)
  disabled_reason TEXT,
  owner_told INTEGER NOT NULL,         -- 1 once the owners were mailed that it is disabled
  covered_until VARCHAR(32),
  created_at VARCHAR(32) NOT NULL
);

CREATE INDEX channels_lab ON channels (lab_id);

-- The channel outbox: one row per channel and date, created before anything is posted. As with
-- digests a row is claimed by one sender at a time, marked sending just before a request and sent
-- once the receiver answered 2xx; a post split into parts counts the parts already delivered.
CREATE TABLE channel_posts (
  channel_id VARCHAR(36) NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  post_date VARCHAR(10) NOT NULL,
  status VARCHAR(12) NOT NULL,         -- pending, sending, sent, skipped, failed
  covers_from VARCHAR(32) NOT NULL,
  covers_until VARCHAR(32) NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at VARCHAR(32) NOT NULL,
  claimed_by VARCHAR(64),
  claimed_until VARCHAR(32),
  bodies TEXT,                         -- the post's request bodies (JSON array), fixed at first send
  parts_sent INTEGER NOT NULL,
  paper_count INTEGER,
  last_error TEXT,
  created_at VARCHAR(32) NOT NULL,
  sent_at VARCHAR(32),
  PRIMARY KEY (channel_id, post_date)
);

CREATE INDEX channel_posts_due ON channel_posts (status, next_attempt_at);
