-- The annual count's tallies (data/migrations/0006): for each unit and day,
-- the number of items by category (with how many are key-area and
-- from-request items), by department and by channel list.
--
-- As in SQLite, triggers keep them exact through every write, here in
-- PL/pgSQL: the database keeps them whoever writes (an import, the
-- workbench, a later bulk load), and two writers at once cannot lose a
-- count (INSERT … ON CONFLICT and UPDATE lock the tally row). A row added
-- counts once, a row removed is uncounted, a row changed is uncounted as
-- it was and counted as it is; a tally row whose count reaches 0 is
-- deleted.
--
-- The triggers are per statement, with the statement's rows as
-- transition tables, grouped: an import's batch of 1,000 rows touches
-- each tally row once, not once per row. (Row triggers updated the same
-- tally row thousands of times in one transaction, each time a new
-- version the next had to walk past: an import of 100,000 items took
-- minutes.)
CREATE TABLE publication_by_category (
    unit_id      bigint NOT NULL REFERENCES units (id),
    published    text NOT NULL,
    category     text NOT NULL,
    n            integer NOT NULL,
    key_area     integer NOT NULL,
    from_request integer NOT NULL,
    PRIMARY KEY (unit_id, published, category)
);

CREATE TABLE publication_by_department (
    unit_id    bigint NOT NULL REFERENCES units (id),
    published  text NOT NULL,
    department text NOT NULL,
    n          integer NOT NULL,
    PRIMARY KEY (unit_id, published, department)
);

CREATE TABLE publication_by_channels (
    unit_id   bigint NOT NULL REFERENCES units (id),
    published text NOT NULL,
    channels  text NOT NULL,
    n         integer NOT NULL,
    PRIMARY KEY (unit_id, published, channels)
);

INSERT INTO publication_by_category
    SELECT unit_id, published, category, count(*), count(*) FILTER (WHERE key_area), count(*) FILTER (WHERE from_request)
    FROM publications GROUP BY unit_id, published, category;
INSERT INTO publication_by_department
    SELECT unit_id, published, department, count(*) FROM publications GROUP BY unit_id, published, department;
INSERT INTO publication_by_channels
    SELECT unit_id, published, channels, count(*) FROM publications GROUP BY unit_id, published, channels;

-- publication_tally_rows counts the rows of a statement (the transition
-- tables of the triggers below: an INSERT trigger has only new_rows, a
-- DELETE trigger only old_rows). The tallies depend on the counted columns
-- only, so an UPDATE uncounts what its rows were and no longer are (old
-- EXCEPT ALL new) and counts what they are and were not: an update of
-- uncounted columns (an import marking rows read) touches no tally.
CREATE FUNCTION publication_tally_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO publication_by_category AS t
            SELECT unit_id, published, category, count(*), count(*) FILTER (WHERE key_area),
                count(*) FILTER (WHERE from_request) FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM new_rows) r GROUP BY 1, 2, 3
            ON CONFLICT (unit_id, published, category) DO UPDATE SET n = t.n + excluded.n,
                key_area = t.key_area + excluded.key_area, from_request = t.from_request + excluded.from_request;
        INSERT INTO publication_by_department AS t
            SELECT unit_id, published, department, count(*) FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM new_rows) r GROUP BY 1, 2, 3
            ON CONFLICT (unit_id, published, department) DO UPDATE SET n = t.n + excluded.n;
        INSERT INTO publication_by_channels AS t
            SELECT unit_id, published, channels, count(*) FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM new_rows) r GROUP BY 1, 2, 3
            ON CONFLICT (unit_id, published, channels) DO UPDATE SET n = t.n + excluded.n;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE publication_by_category t SET n = t.n - o.n, key_area = t.key_area - o.k, from_request = t.from_request - o.f
            FROM (SELECT unit_id, published, category, count(*)::integer AS n,
                    count(*) FILTER (WHERE key_area)::integer AS k, count(*) FILTER (WHERE from_request)::integer AS f
                  FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows) r GROUP BY 1, 2, 3) o
            WHERE t.unit_id = o.unit_id AND t.published = o.published AND t.category = o.category;
        UPDATE publication_by_department t SET n = t.n - o.n
            FROM (SELECT unit_id, published, department, count(*)::integer AS n FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows) r GROUP BY 1, 2, 3) o
            WHERE t.unit_id = o.unit_id AND t.published = o.published AND t.department = o.department;
        UPDATE publication_by_channels t SET n = t.n - o.n
            FROM (SELECT unit_id, published, channels, count(*)::integer AS n FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows) r GROUP BY 1, 2, 3) o
            WHERE t.unit_id = o.unit_id AND t.published = o.published AND t.channels = o.channels;
        DELETE FROM publication_by_category t USING (SELECT DISTINCT unit_id, published, category FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows) r) o
            WHERE t.unit_id = o.unit_id AND t.published = o.published AND t.category = o.category AND t.n = 0;
        DELETE FROM publication_by_department t USING (SELECT DISTINCT unit_id, published, department FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows) r) o
            WHERE t.unit_id = o.unit_id AND t.published = o.published AND t.department = o.department AND t.n = 0;
        DELETE FROM publication_by_channels t USING (SELECT DISTINCT unit_id, published, channels FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows) r) o
            WHERE t.unit_id = o.unit_id AND t.published = o.published AND t.channels = o.channels AND t.n = 0;
    ELSE
        UPDATE publication_by_category t SET n = t.n - o.n, key_area = t.key_area - o.k, from_request = t.from_request - o.f
            FROM (SELECT unit_id, published, category, count(*)::integer AS n,
                    count(*) FILTER (WHERE key_area)::integer AS k, count(*) FILTER (WHERE from_request)::integer AS f
                  FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows EXCEPT ALL SELECT unit_id, published, category, department, channels, key_area, from_request FROM new_rows) r GROUP BY 1, 2, 3) o
            WHERE t.unit_id = o.unit_id AND t.published = o.published AND t.category = o.category;
        UPDATE publication_by_department t SET n = t.n - o.n
            FROM (SELECT unit_id, published, department, count(*)::integer AS n FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows EXCEPT ALL SELECT unit_id, published, category, department, channels, key_area, from_request FROM new_rows) r GROUP BY 1, 2, 3) o
            WHERE t.unit_id = o.unit_id AND t.published = o.published AND t.department = o.department;
        UPDATE publication_by_channels t SET n = t.n - o.n
            FROM (SELECT unit_id, published, channels, count(*)::integer AS n FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows EXCEPT ALL SELECT unit_id, published, category, department, channels, key_area, from_request FROM new_rows) r GROUP BY 1, 2, 3) o
            WHERE t.unit_id = o.unit_id AND t.published = o.published AND t.channels = o.channels;
        INSERT INTO publication_by_category AS t
            SELECT unit_id, published, category, count(*), count(*) FILTER (WHERE key_area),
                count(*) FILTER (WHERE from_request) FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM new_rows EXCEPT ALL SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows) r GROUP BY 1, 2, 3
            ON CONFLICT (unit_id, published, category) DO UPDATE SET n = t.n + excluded.n,
                key_area = t.key_area + excluded.key_area, from_request = t.from_request + excluded.from_request;
        INSERT INTO publication_by_department AS t
            SELECT unit_id, published, department, count(*) FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM new_rows EXCEPT ALL SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows) r GROUP BY 1, 2, 3
            ON CONFLICT (unit_id, published, department) DO UPDATE SET n = t.n + excluded.n;
        INSERT INTO publication_by_channels AS t
            SELECT unit_id, published, channels, count(*) FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM new_rows EXCEPT ALL SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows) r GROUP BY 1, 2, 3
            ON CONFLICT (unit_id, published, channels) DO UPDATE SET n = t.n + excluded.n;
        DELETE FROM publication_by_category t USING (SELECT DISTINCT unit_id, published, category FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows EXCEPT ALL SELECT unit_id, published, category, department, channels, key_area, from_request FROM new_rows) r) o
            WHERE t.unit_id = o.unit_id AND t.published = o.published AND t.category = o.category AND t.n = 0;
        DELETE FROM publication_by_department t USING (SELECT DISTINCT unit_id, published, department FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows EXCEPT ALL SELECT unit_id, published, category, department, channels, key_area, from_request FROM new_rows) r) o
            WHERE t.unit_id = o.unit_id AND t.published = o.published AND t.department = o.department AND t.n = 0;
        DELETE FROM publication_by_channels t USING (SELECT DISTINCT unit_id, published, channels FROM (SELECT unit_id, published, category, department, channels, key_area, from_request FROM old_rows EXCEPT ALL SELECT unit_id, published, category, department, channels, key_area, from_request FROM new_rows) r) o
            WHERE t.unit_id = o.unit_id AND t.published = o.published AND t.channels = o.channels AND t.n = 0;
    END IF;
    RETURN NULL;
END $$;

-- A transition table cannot go with a column list (UPDATE OF …): every
-- update fires the update trigger, which finds nothing to count when no
-- counted column changed.
CREATE TRIGGER publication_tally_insert AFTER INSERT ON publications
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_tally_rows();
CREATE TRIGGER publication_tally_delete AFTER DELETE ON publications
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_tally_rows();
CREATE TRIGGER publication_tally_update AFTER UPDATE ON publications
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_tally_rows();
