-- The items changed since a report was produced (data/migrations/0008):
-- updated_at is a timestamptz here, so a plain index orders the instants
-- (SQLite needs julianday() over its text).
CREATE INDEX publications_changed ON publications (unit_id, updated_at);

-- The items the self-inspection reads one by one (data/migrations/0008):
-- a partial index with every column it reads, for an index-only scan.
CREATE INDEX publications_selfcheck
    ON publications (unit_id, published, index_no, category, doc_no, formed, title, src_file, src_sheet, src_row, updated_at)
    WHERE formed IS NOT NULL OR (category LIKE '%政策解读%' AND doc_no <> '');
