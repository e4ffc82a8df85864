-- Change marks (issue 17): a number per unit that grows whenever a change
-- to that unit's rows is committed, by any program (Unit.ChangeMark; the
-- workbench keys what it keeps computed on it, as SQLite's data_version).
--
-- Statement-level triggers with transition tables bump the mark of every
-- unit whose rows a statement inserted, updated or deleted: a statement
-- that changed no row (an import of unchanged rows) bumps nothing. The
-- triggers are put on every table that has a unit_id column when this
-- migration runs, whatever the earlier migrations created, and on units
-- (a unit renamed). A table added by a later migration must add its own
-- triggers: SELECT xxgk_watch_changes('table').
--
-- The functions are SECURITY DEFINER: whichever role writes (a unit's
-- role under row-level security), the marks are kept, and no role needs a
-- grant on unit_changes itself; xxgk_change_mark reads one.
CREATE TABLE unit_changes (
    unit_id bigint PRIMARY KEY, -- no foreign key: a unit deleted keeps its last mark
    n       bigint NOT NULL
);

-- xxgk_bump_changes adds one to the mark of each unit in ids (in order of
-- id, so that two statements over several units never deadlock).
CREATE FUNCTION xxgk_bump_changes(ids bigint[]) RETURNS void
LANGUAGE sql SECURITY DEFINER AS $$
    INSERT INTO unit_changes AS c (unit_id, n)
    SELECT DISTINCT id, 1 FROM unnest(ids) AS id WHERE id IS NOT NULL ORDER BY id
    ON CONFLICT (unit_id) DO UPDATE SET n = c.n + 1
$$;

CREATE FUNCTION xxgk_changed_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    ids bigint[];
    col text := TG_ARGV[0];
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM new_rows', col) INTO ids;
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM old_rows', col) INTO ids;
    ELSE
        EXECUTE format('SELECT array_agg(DISTINCT u) FROM (SELECT %1$I AS u FROM new_rows UNION SELECT %1$I FROM old_rows) x', col)
            INTO ids;
    END IF;
    IF ids IS NOT NULL THEN
        PERFORM xxgk_bump_changes(ids);
    END IF;
    RETURN NULL;
END
$$;

-- xxgk_watch_changes puts the three triggers on table t, whose column col
-- names the unit.
CREATE FUNCTION xxgk_watch_changes(t text, col text DEFAULT 'unit_id') RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION xxgk_changed_rows(%L)', t || '_changes_ins', t, col);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION xxgk_changed_rows(%L)', t || '_changes_upd', t, col);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION xxgk_changed_rows(%L)', t || '_changes_del', t, col);
END
$$;

-- xxgk_change_mark is the mark of unit id: 0 before its first change.
CREATE FUNCTION xxgk_change_mark(id bigint) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT coalesce((SELECT n FROM unit_changes WHERE unit_id = id), 0)
$$;

-- A SECURITY DEFINER function finds its tables in the schema xxgk's
-- tables are in, whatever the caller's search_path.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION xxgk_bump_changes(bigint[]) SET search_path = pg_catalog, %I', current_schema());
    EXECUTE format('ALTER FUNCTION xxgk_changed_rows() SET search_path = pg_catalog, %I', current_schema());
    EXECUTE format('ALTER FUNCTION xxgk_change_mark(bigint) SET search_path = pg_catalog, %I', current_schema());
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN
        SELECT c.table_name FROM information_schema.columns c
        JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND c.column_name = 'unit_id'
            AND tb.table_type = 'BASE TABLE' AND c.table_name <> 'unit_changes'
        ORDER BY c.table_name
    LOOP
        PERFORM xxgk_watch_changes(t);
    END LOOP;
    PERFORM xxgk_watch_changes('units', 'id');
END
$$;
