-- Once a year's report is produced, every later count looks for the items
-- changed since (check's 「报告生成后又修改」): without an index that means
-- reading the whole table, about 0.2 s on a million items, each time the
-- workbench recounts. An index on the instant each row was last written
-- finds the few changed ones at once. julianday() reads the stored text
-- with its UTC offset (imports stamp local time), so the index orders the
-- instants, not the texts; a text julianday() cannot read is NULL there
-- and still found.
CREATE INDEX publications_changed ON publications (julianday(updated_at));
