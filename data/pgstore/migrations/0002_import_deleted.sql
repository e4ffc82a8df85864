-- Imports may delete the rows their files no longer hold (import --replace).
ALTER TABLE imports ADD COLUMN deleted integer NOT NULL DEFAULT 0;
