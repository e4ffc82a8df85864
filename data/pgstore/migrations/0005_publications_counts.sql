-- One index holding every column the annual count groups the
-- publications by (data/migrations/0005): an index-only scan per unit.
CREATE INDEX publications_counts ON publications (unit_id, published, category, department, channels, key_area, from_request);
DROP INDEX publications_published;
