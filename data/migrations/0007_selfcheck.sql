-- The self-inspection's facts (自查), all optional: the day an item of
-- the 主动公开 ledger was formed or last changed (成文日期 / 形成日期 /
-- 变更日期, publication within 20 working days of it, 《政府信息公开条例》
-- 第二十六条), the day an application was registered when the ledger has
-- both 收到日期 and 登记日期, and the 公开时限 of each category of the
-- 主动公开目录 (its canonical label, '' for none).
--
-- A row written before has NULL here and keeps its row_hash: the hash
-- leaves these columns out while they are NULL, so re-importing an
-- unchanged ledger still writes nothing. formed is not a counted column:
-- the publication tallies' triggers (0006) never fire on it.
ALTER TABLE publications ADD COLUMN formed TEXT;
ALTER TABLE requests ADD COLUMN registered TEXT;
ALTER TABLE categories ADD COLUMN disclosure_limit TEXT NOT NULL DEFAULT '';
