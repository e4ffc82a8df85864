-- The annual count groups a year's publications by category and month, by
-- department, by channels and counts key-area and from-request items: one
-- index holding every column it reads lets SQLite answer from the index
-- alone, never the rows. It starts with published, so it serves every
-- search by date the former index served.
CREATE INDEX publications_counts ON publications (published, category, department, channels, key_area, from_request);
DROP INDEX publications_published;
