-- Applicants stay in their unit, in the database too (issue 17): row level
-- security decides which rows a role reads, not which columns, so an upper
-- level (xxgk_reader, or a unit's own xxgk_unit reading below it) could
-- read the applicants of the units below with plain SQL. From here:
--   xxgk_unit   reads its own unit's rows only (an upper level reads the
--               units below as xxgk_reader: Unit.UnitAs);
--   xxgk_reader reads the units below without the applications' 申请人,
--               联系方式, 申请内容 and 备注: it is granted every other column
--               of requests, and the store selects those four as empty
--               when it reads below (pgstore.requestBelowCols).
-- The audit never held them (0009: "已省略").
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
            WHERE p.polname = 'unit_read' AND c.relname <> 'units' AND c.relnamespace = current_schema()::regnamespace
            ORDER BY 1 LOOP
        EXECUTE format('DROP POLICY unit_read ON %I', t);
        EXECUTE format('CREATE POLICY unit_read ON %I FOR SELECT TO xxgk_unit
            USING (unit_id = (SELECT xxgk_acting_unit()))', t);
        EXECUTE format('CREATE POLICY below_read ON %I FOR SELECT TO xxgk_reader
            USING (unit_id = ANY ((SELECT xxgk_readable_units())::bigint[]))', t);
    END LOOP;
END $$;

REVOKE SELECT ON requests FROM xxgk_reader;
DO $$
BEGIN
    EXECUTE format('GRANT SELECT (%s) ON requests TO xxgk_reader', (SELECT string_agg(quote_ident(attname), ', ')
        FROM pg_attribute WHERE attrelid = 'requests'::regclass AND attnum > 0 AND NOT attisdropped
            AND NOT attname = ANY ('{applicant_name,contact,content,note}')));
END $$;

-- A unit table a later migration adds takes the same rules.
CREATE OR REPLACE FUNCTION xxgk_secure_table(t regclass, keys text[], personal text[] DEFAULT '{}') RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    seq text;
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY unit_read ON %s FOR SELECT TO xxgk_unit
        USING (unit_id = (SELECT xxgk_acting_unit()))', t);
    EXECUTE format('CREATE POLICY below_read ON %s FOR SELECT TO xxgk_reader
        USING (unit_id = ANY ((SELECT xxgk_readable_units())::bigint[]))', t);
    EXECUTE format('CREATE POLICY unit_insert ON %s FOR INSERT TO xxgk_unit
        WITH CHECK (unit_id = (SELECT xxgk_acting_unit()))', t);
    EXECUTE format('CREATE POLICY unit_update ON %s FOR UPDATE TO xxgk_unit
        USING (unit_id = (SELECT xxgk_acting_unit())) WITH CHECK (unit_id = (SELECT xxgk_acting_unit()))', t);
    EXECUTE format('CREATE POLICY unit_delete ON %s FOR DELETE TO xxgk_unit
        USING (unit_id = (SELECT xxgk_acting_unit()))', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO xxgk_unit', t);
    IF cardinality(personal) = 0 THEN
        EXECUTE format('GRANT SELECT ON %s TO xxgk_reader', t);
    ELSE
        EXECUTE format('GRANT SELECT (%s) ON %s TO xxgk_reader', (SELECT string_agg(quote_ident(attname), ', ')
            FROM pg_attribute WHERE attrelid = t AND attnum > 0 AND NOT attisdropped AND NOT attname = ANY (personal)), t);
    END IF;
    FOR seq IN SELECT pg_get_serial_sequence(t::text, attname) FROM pg_attribute
            WHERE attrelid = t AND attidentity <> '' AND NOT attisdropped LOOP
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO xxgk_unit', seq);
    END LOOP;
    IF keys IS NULL THEN
        RETURN;
    END IF;
    EXECUTE format('CREATE TRIGGER audit_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION xxgk_audit(%L, %L)', t, keys, personal);
    EXECUTE format('CREATE TRIGGER audit_update AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION xxgk_audit(%L, %L)', t, keys, personal);
    EXECUTE format('CREATE TRIGGER audit_delete AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION xxgk_audit(%L, %L)', t, keys, personal);
END $$;

-- An upper level reading one unit below it (Unit.UnitAs, whose
-- transactions set xxgk.target to that unit) may read that unit only, if
-- it is below: the walk goes up from the target to the root (a few units)
-- instead of down through every unit below (thousands for a province, at
-- every statement of a roll-up). Without a target, as for 下级单位's one
-- read of all units below, the walk goes down as before.
CREATE OR REPLACE FUNCTION xxgk_readable_units() RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    WITH RECURSIVE target(id) AS (
        SELECT nullif(current_setting('xxgk.target', true), '')::bigint
    ), up(id, parent) AS (
        SELECT u.id, u.parent_id FROM units u JOIN target t ON u.id = t.id
        UNION
        SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent
    ), down(id) AS (
        SELECT id FROM units WHERE id = xxgk_acting_unit() AND (SELECT id FROM target) IS NULL
        UNION
        SELECT u.id FROM units u JOIN down d ON u.parent_id = d.id
    )
    SELECT CASE
        WHEN (SELECT id FROM target) IS NULL THEN (SELECT coalesce(array_agg(id), '{}') FROM down)
        WHEN EXISTS (SELECT 1 FROM up WHERE id = xxgk_acting_unit()) THEN ARRAY[(SELECT id FROM target)]
        ELSE '{}'::bigint[]
    END
$$;

-- The audit of an import that finds a row unchanged: the import records
-- on it which import read it and where (import_id, src_file, src_sheet,
-- src_row), an UPDATE of nothing the unit wrote. Such a row is not
-- audited, so that re-importing an unchanged ledger of a million rows
-- adds no million audit rows; a row whose data changed is audited as
-- before, with those columns too.
CREATE OR REPLACE FUNCTION xxgk_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    keys     text[] := TG_ARGV[0]::text[];
    unitcol  text := coalesce(TG_ARGV[2], 'unit_id');
    personal text[] := TG_ARGV[1]::text[] || ARRAY['row_hash', unitcol];
    marker   jsonb := coalesce((SELECT jsonb_object_agg(k, '已省略') FROM unnest(TG_ARGV[1]::text[]) AS k), '{}');
    who      bigint := nullif(nullif(current_setting('xxgk.account', true), ''), '0')::bigint;
    bookkeeping text[] := ARRAY['import_id', 'src_file', 'src_sheet', 'src_row'];
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO audit (unit_id, account, table_name, record_key, action, after)
            SELECT (j ->> unitcol)::bigint, who, TG_TABLE_NAME,
                concat_ws('/', j ->> keys[1], j ->> keys[2], j ->> keys[3]), 'INSERT', (j - personal) || marker
            FROM (SELECT to_jsonb(n) AS j FROM new_rows n) r;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO audit (unit_id, account, table_name, record_key, action, before)
            SELECT (j ->> unitcol)::bigint, who, TG_TABLE_NAME,
                concat_ws('/', j ->> keys[1], j ->> keys[2], j ->> keys[3]), 'DELETE', (j - personal) || marker
            FROM (SELECT to_jsonb(o) AS j FROM old_rows o) r;
    ELSE
        -- A row is paired with itself by unit and key; one whose key
        -- changed is recorded with only its before, or only its after.
        INSERT INTO audit (unit_id, account, table_name, record_key, action, before, after)
            SELECT coalesce(o.unit, n.unit), who, TG_TABLE_NAME, coalesce(o.k, n.k), 'UPDATE',
                (o.j - personal) || marker, (n.j - personal) || marker
            FROM (SELECT j, (j ->> unitcol)::bigint AS unit, concat_ws('/', j ->> keys[1], j ->> keys[2], j ->> keys[3]) AS k
                    FROM (SELECT to_jsonb(x) AS j FROM old_rows x) y) o
            FULL JOIN (SELECT j, (j ->> unitcol)::bigint AS unit, concat_ws('/', j ->> keys[1], j ->> keys[2], j ->> keys[3]) AS k
                    FROM (SELECT to_jsonb(x) AS j FROM new_rows x) y) n
                ON o.unit = n.unit AND o.k = n.k
            WHERE o.j IS NULL OR n.j IS NULL OR (o.j - bookkeeping) IS DISTINCT FROM (n.j - bookkeeping);
    END IF;
    RETURN NULL;
END $$;
