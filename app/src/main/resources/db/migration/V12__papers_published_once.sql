-- papers_published_id (published, id) serves every lookup papers_published (published) did, and
-- each index on papers is one more b-tree an import writes for every paper it adds.
DROP INDEX papers_published;
