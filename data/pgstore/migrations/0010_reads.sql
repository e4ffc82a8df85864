-- The order of the keys and names (issue 17, pg-reads): the ledgers' keys
-- and the names the counting groups by compare byte by byte (COLLATE
-- "C"), as SQLite's BINARY collation compares them, whatever locale the
-- database was created with. A database created under en_US or zh_CN
-- would otherwise pass the rows in another order than the SQLite store
-- (「P-10」 before 「P1」, 「a」 before 「B」): the same figures, but the
-- problems, the pages of applications and the categories missing from the
-- 目录 listed in another order. The indexes on these columns are rebuilt
-- in the new order and serve the reads' ORDER BY; dates are ISO text of
-- one form, in the same order under any collation, and stay as they are.

ALTER TABLE publications
    ALTER COLUMN index_no TYPE text COLLATE "C",
    ALTER COLUMN category TYPE text COLLATE "C",
    ALTER COLUMN department TYPE text COLLATE "C",
    ALTER COLUMN channels TYPE text COLLATE "C";

ALTER TABLE publication_by_category ALTER COLUMN category TYPE text COLLATE "C";
ALTER TABLE publication_by_department ALTER COLUMN department TYPE text COLLATE "C";
ALTER TABLE publication_by_channels ALTER COLUMN channels TYPE text COLLATE "C";

ALTER TABLE requests ALTER COLUMN id TYPE text COLLATE "C";
ALTER TABLE documents ALTER COLUMN doc_no TYPE text COLLATE "C";
ALTER TABLE decisions ALTER COLUMN id TYPE text COLLATE "C";
ALTER TABLE fees ALTER COLUMN id TYPE text COLLATE "C";
ALTER TABLE appeals ALTER COLUMN case_no TYPE text COLLATE "C";
ALTER TABLE tasks ALTER COLUMN id TYPE text COLLATE "C";
ALTER TABLE progress ALTER COLUMN task_id TYPE text COLLATE "C";
ALTER TABLE quotas ALTER COLUMN unit TYPE text COLLATE "C";
