-- Change marks (issue 17): a number per unit that grows whenever a change
-- to that unit's rows is committed, by any program (Unit.ChangeMark; the
-- workbench keys what it keeps computed on it, as SQLite's data_version).
--
-- Statement-level triggers with transition tables bump the mark of every
-- unit whose rows a statement inserted, updated or deleted: a statement
-- that changed no row (an import of unchanged rows) bumps nothing. The
-- triggers are put on every table that has a unit_id column when this
-- migration runs, whatever the earlier migrations created (but 0006's
-- tallies, which change only with publications), and on units (a unit
-- renamed). A table added by a later migration must add its own
-- triggers: SELECT xxgk_watch_changes('table').
--
-- The functions are SECURITY DEFINER: whichever role writes (a unit's
-- role under row-level security), the marks are kept, and no role needs a
-- grant on unit_changes itself; xxgk_change_mark reads one.
CREATE TABLE unit_changes (
    unit_id bigint PRIMARY KEY, -- no foreign key: a unit deleted keeps its last mark
    n       bigint NOT NULL
);
-- No role but the owner reads or writes it (the functions below run as
-- the owner): under row level security with no policy, a unit's role
-- would see no row even if it were granted one.
ALTER TABLE unit_changes ENABLE ROW LEVEL SECURITY;

-- xxgk_bump_changes adds one to the mark of each unit in ids, once per
-- transaction (a transaction-local setting remembers the units it bumped,
-- and is undone with a rolled-back savepoint); a statement over several
-- units locks their marks in order of id. A unit's writes wait on its
-- mark's row until they commit, as they wait on its tallies' rows.
CREATE FUNCTION xxgk_bump_changes(ids bigint[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    id bigint;
BEGIN
    FOR id IN SELECT DISTINCT x FROM unnest(ids) AS x WHERE x IS NOT NULL ORDER BY x LOOP
        IF current_setting('xxgk_marked.u' || id, true) IS DISTINCT FROM '1' THEN
            INSERT INTO unit_changes AS c (unit_id, n) VALUES (id, 1)
            ON CONFLICT (unit_id) DO UPDATE SET n = c.n + 1;
            PERFORM set_config('xxgk_marked.u' || id, '1', true);
        END IF;
    END LOOP;
END
$$;

-- xxgk_changed_rows bumps the units of the rows a statement changed, by
-- their unit_id (xxgk_changed_units: units, by id).
CREATE FUNCTION xxgk_changed_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    ids bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT unit_id) INTO ids FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT unit_id) INTO ids FROM old_rows;
    ELSE
        SELECT array_agg(DISTINCT u) INTO ids FROM (SELECT unit_id AS u FROM new_rows UNION SELECT unit_id FROM old_rows) x;
    END IF;
    IF ids IS NOT NULL THEN
        PERFORM xxgk_bump_changes(ids);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION xxgk_changed_units() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    ids bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT id) INTO ids FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT id) INTO ids FROM old_rows;
    ELSE
        SELECT array_agg(DISTINCT u) INTO ids FROM (SELECT id AS u FROM new_rows UNION SELECT id FROM old_rows) x;
    END IF;
    IF ids IS NOT NULL THEN
        PERFORM xxgk_bump_changes(ids);
    END IF;
    RETURN NULL;
END
$$;

-- xxgk_watch_changes puts the three triggers on table t, whose rows'
-- unit_id names their unit (fn: xxgk_changed_units for units).
CREATE FUNCTION xxgk_watch_changes(t text, fn text DEFAULT 'xxgk_changed_rows') RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION %I()', t || '_changes_ins', t, fn);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION %I()', t || '_changes_upd', t, fn);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION %I()', t || '_changes_del', t, fn);
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
    EXECUTE format('ALTER FUNCTION xxgk_changed_units() SET search_path = pg_catalog, %I', current_schema());
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
            -- The audit follows the writes it records, and the accounts
            -- (a sign-in, a password) are none of the figures' business.
            AND c.table_name NOT IN ('audit', 'accounts')
            -- 0006's tallies change only with publications, which bump the mark.
            AND c.table_name NOT LIKE 'publication\_by\_%'
        ORDER BY c.table_name
    LOOP
        PERFORM xxgk_watch_changes(t);
    END LOOP;
    PERFORM xxgk_watch_changes('units', 'xxgk_changed_units');
END
$$;
