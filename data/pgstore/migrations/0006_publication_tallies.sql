-- The annual count's tallies (data/migrations/0006): for each unit and day,
-- the number of items by category (with how many are key-area and
-- from-request items), by department and by channel list.
--
-- As in SQLite, triggers keep them exact through every write, here in
-- PL/pgSQL: the database keeps them whoever writes (an import, the
-- workbench, a later bulk load), and two writers at once cannot lose a
-- count (INSERT … ON CONFLICT and UPDATE lock the tally row). A row added
-- counts once, a row removed is uncounted, a row changed in a counted
-- column is uncounted as it was and counted as it is; a tally row whose
-- count reaches 0 is deleted. An update that changes no counted column
-- fires nothing (the trigger's WHEN).
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

-- publication_tally_count counts p in the three tallies (d = 1) or
-- uncounts it (d = -1).
CREATE FUNCTION publication_tally_count(p publications, d integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF d > 0 THEN
        INSERT INTO publication_by_category AS t
            VALUES (p.unit_id, p.published, p.category, 1, p.key_area::integer, p.from_request::integer)
            ON CONFLICT (unit_id, published, category) DO UPDATE SET n = t.n + 1,
                key_area = t.key_area + excluded.key_area, from_request = t.from_request + excluded.from_request;
        INSERT INTO publication_by_department AS t VALUES (p.unit_id, p.published, p.department, 1)
            ON CONFLICT (unit_id, published, department) DO UPDATE SET n = t.n + 1;
        INSERT INTO publication_by_channels AS t VALUES (p.unit_id, p.published, p.channels, 1)
            ON CONFLICT (unit_id, published, channels) DO UPDATE SET n = t.n + 1;
        RETURN;
    END IF;
    UPDATE publication_by_category SET n = n - 1,
            key_area = key_area - p.key_area::integer, from_request = from_request - p.from_request::integer
        WHERE unit_id = p.unit_id AND published = p.published AND category = p.category;
    DELETE FROM publication_by_category
        WHERE unit_id = p.unit_id AND published = p.published AND category = p.category AND n = 0;
    UPDATE publication_by_department SET n = n - 1
        WHERE unit_id = p.unit_id AND published = p.published AND department = p.department;
    DELETE FROM publication_by_department
        WHERE unit_id = p.unit_id AND published = p.published AND department = p.department AND n = 0;
    UPDATE publication_by_channels SET n = n - 1
        WHERE unit_id = p.unit_id AND published = p.published AND channels = p.channels;
    DELETE FROM publication_by_channels
        WHERE unit_id = p.unit_id AND published = p.published AND channels = p.channels AND n = 0;
END $$;

CREATE FUNCTION publication_tally() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM publication_tally_count(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM publication_tally_count(NEW, 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER publication_tally_insert AFTER INSERT ON publications
    FOR EACH ROW EXECUTE FUNCTION publication_tally();
CREATE TRIGGER publication_tally_delete AFTER DELETE ON publications
    FOR EACH ROW EXECUTE FUNCTION publication_tally();
CREATE TRIGGER publication_tally_update
    AFTER UPDATE OF unit_id, published, category, department, channels, key_area, from_request ON publications
    FOR EACH ROW
    WHEN ((old.unit_id, old.published, old.category, old.department, old.channels, old.key_area, old.from_request)
        IS DISTINCT FROM (new.unit_id, new.published, new.category, new.department, new.channels, new.key_area, new.from_request))
    EXECUTE FUNCTION publication_tally();
