-- The self-inspection's facts (data/migrations/0007): the day an item was
-- formed or last changed, the day an application was registered, and the
-- 公开时限 of each category ('' for none). formed is not a counted column:
-- the tallies' trigger (0006) never fires on it.
ALTER TABLE publications ADD COLUMN formed text;
ALTER TABLE requests ADD COLUMN registered text;
ALTER TABLE categories ADD COLUMN disclosure_limit text NOT NULL DEFAULT '';
