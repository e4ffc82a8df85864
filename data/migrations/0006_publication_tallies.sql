-- The annual count reads these tallies instead of the publications: for
-- each day, the number of items by category (with how many of them are
-- key-area and from-request items), by department and by channel list.
-- A year is then a few thousand tally rows whatever its number of items.
-- Three narrow tallies, not one keyed by all four columns: a provincial
-- year spreads its items over nearly as many (day, category, department,
-- channels) combinations as it has items.
--
-- Triggers on publications keep the tallies exact through every write
-- (imports' inserts and updates, import --replace deletes): a row added
-- counts once, a row removed is uncounted, a row changed in a counted
-- column is uncounted as it was and counted as it is. A tally row whose
-- count reaches 0 is deleted, so the tallies never list an empty group.
-- The upsert of an unchanged row sets no counted column: no trigger fires.
-- Rows must not be written with INSERT OR REPLACE: the rows it deletes
-- fire no delete trigger (recursive_triggers is off).
CREATE TABLE publication_by_category (
    published    TEXT NOT NULL,
    category     TEXT NOT NULL,
    n            INTEGER NOT NULL,
    key_area     INTEGER NOT NULL,
    from_request INTEGER NOT NULL,
    PRIMARY KEY (published, category)
) WITHOUT ROWID;

CREATE TABLE publication_by_department (
    published  TEXT NOT NULL,
    department TEXT NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (published, department)
) WITHOUT ROWID;

CREATE TABLE publication_by_channels (
    published TEXT NOT NULL,
    channels  TEXT NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (published, channels)
) WITHOUT ROWID;

INSERT INTO publication_by_category
    SELECT published, category, count(*), sum(key_area <> 0), sum(from_request <> 0)
    FROM publications GROUP BY published, category;
INSERT INTO publication_by_department
    SELECT published, department, count(*) FROM publications GROUP BY published, department;
INSERT INTO publication_by_channels
    SELECT published, channels, count(*) FROM publications GROUP BY published, channels;

CREATE TRIGGER publication_tally_insert AFTER INSERT ON publications BEGIN
    INSERT INTO publication_by_category VALUES (new.published, new.category, 1, new.key_area <> 0, new.from_request <> 0)
        ON CONFLICT (published, category) DO UPDATE SET n = n + 1,
            key_area = key_area + excluded.key_area, from_request = from_request + excluded.from_request;
    INSERT INTO publication_by_department VALUES (new.published, new.department, 1)
        ON CONFLICT (published, department) DO UPDATE SET n = n + 1;
    INSERT INTO publication_by_channels VALUES (new.published, new.channels, 1)
        ON CONFLICT (published, channels) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER publication_tally_delete AFTER DELETE ON publications BEGIN
    UPDATE publication_by_category SET n = n - 1,
            key_area = key_area - (old.key_area <> 0), from_request = from_request - (old.from_request <> 0)
        WHERE published = old.published AND category = old.category;
    DELETE FROM publication_by_category WHERE published = old.published AND category = old.category AND n = 0;
    UPDATE publication_by_department SET n = n - 1 WHERE published = old.published AND department = old.department;
    DELETE FROM publication_by_department WHERE published = old.published AND department = old.department AND n = 0;
    UPDATE publication_by_channels SET n = n - 1 WHERE published = old.published AND channels = old.channels;
    DELETE FROM publication_by_channels WHERE published = old.published AND channels = old.channels AND n = 0;
END;

CREATE TRIGGER publication_tally_update_category AFTER UPDATE OF published, category, key_area, from_request ON publications
WHEN old.published IS NOT new.published OR old.category IS NOT new.category
    OR (old.key_area <> 0) IS NOT (new.key_area <> 0) OR (old.from_request <> 0) IS NOT (new.from_request <> 0) BEGIN
    UPDATE publication_by_category SET n = n - 1,
            key_area = key_area - (old.key_area <> 0), from_request = from_request - (old.from_request <> 0)
        WHERE published = old.published AND category = old.category;
    DELETE FROM publication_by_category WHERE published = old.published AND category = old.category AND n = 0;
    INSERT INTO publication_by_category VALUES (new.published, new.category, 1, new.key_area <> 0, new.from_request <> 0)
        ON CONFLICT (published, category) DO UPDATE SET n = n + 1,
            key_area = key_area + excluded.key_area, from_request = from_request + excluded.from_request;
END;

CREATE TRIGGER publication_tally_update_department AFTER UPDATE OF published, department ON publications
WHEN old.published IS NOT new.published OR old.department IS NOT new.department BEGIN
    UPDATE publication_by_department SET n = n - 1 WHERE published = old.published AND department = old.department;
    DELETE FROM publication_by_department WHERE published = old.published AND department = old.department AND n = 0;
    INSERT INTO publication_by_department VALUES (new.published, new.department, 1)
        ON CONFLICT (published, department) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER publication_tally_update_channels AFTER UPDATE OF published, channels ON publications
WHEN old.published IS NOT new.published OR old.channels IS NOT new.channels BEGIN
    UPDATE publication_by_channels SET n = n - 1 WHERE published = old.published AND channels = old.channels;
    DELETE FROM publication_by_channels WHERE published = old.published AND channels = old.channels AND n = 0;
    INSERT INTO publication_by_channels VALUES (new.published, new.channels, 1)
        ON CONFLICT (published, channels) DO UPDATE SET n = n + 1;
END;
