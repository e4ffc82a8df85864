-- Once a year's report is produced, every later count looks for the items
-- changed since (check's 「报告生成后又修改」): without an index that means
-- reading the whole table, about 0.2 s on a million items, each time the
-- workbench recounts. An index on the instant each row was last written
-- finds the few changed ones at once. julianday() reads the stored text
-- with its UTC offset (imports stamp local time), so the index orders the
-- instants, not the texts; a text julianday() cannot read is NULL there
-- and still found.
CREATE INDEX publications_changed ON publications (julianday(updated_at));

-- The self-inspection looks one by one only at the items with a 成文日期
-- and at the 政策解读 that name a 文号 (report/selfcheck): a partial index
-- holds just those, with every column the self-inspection reads, so that
-- a year of a million items without 成文日期 is not read to find none and
-- the few it holds are read from the index alone. The query repeats this
-- WHERE word for word (SQLite uses a partial index only then); the rules
-- test the category exactly.
CREATE INDEX publications_selfcheck
    ON publications (published, index_no, category, doc_no, formed, title, src_file, src_sheet, src_row, updated_at)
    WHERE formed IS NOT NULL OR (category LIKE '%政策解读%' AND doc_no <> '');
