-- Who sees what, who did what, and who may sign in (issue 17), enforced by
-- the database so that a bug in a handler cannot leak another unit's
-- applicants.
--
-- Roles (cluster-wide, so created only when missing: every database of the
-- cluster runs this migration, tests' databases at the same time):
--   xxgk_unit   a unit's work: reads its rows and the rows of the units
--               below it, writes its own rows only;
--   xxgk_reader an upper level reading a unit below it (Unit.UnitAs):
--               SELECT only, so every write is refused by the database.
-- Both are NOLOGIN: the owner (who migrates, adds units and accounts, and
-- serves) is a member and takes one of them with SET LOCAL ROLE in each
-- unit transaction (data/pgstore/session.go), after setting xxgk.unit and
-- xxgk.account. The owner is not bound by the policies (ENABLE, not
-- FORCE, row level security).
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['xxgk_unit', 'xxgk_reader'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another database of the cluster created it meanwhile
            END;
        END IF;
        IF NOT pg_has_role(current_user, r, 'MEMBER') THEN
            EXECUTE format('GRANT %I TO %I', r, current_user);
        END IF;
    END LOOP;
END $$;

-- The units' roles use the schema's tables, and an import as the unit
-- copies into a temporary table (COPY FROM is not allowed on a table with
-- row level security): PUBLIC has both rights by default, a database
-- whose administrator revoked them (pgstore.Setup does, for TEMPORARY)
-- grants them here.
DO $$
BEGIN
    IF NOT has_schema_privilege('xxgk_unit', current_schema(), 'USAGE')
        OR NOT has_schema_privilege('xxgk_reader', current_schema(), 'USAGE') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO xxgk_unit, xxgk_reader', current_schema());
    END IF;
    IF NOT has_database_privilege('xxgk_unit', current_database(), 'TEMPORARY') THEN
        EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO xxgk_unit', current_database());
    END IF;
END $$;

-- xxgk_acting_unit is the unit a transaction acts for (xxgk.unit), NULL
-- when none was set: then no policy lets a row through.
CREATE FUNCTION xxgk_acting_unit() RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT nullif(current_setting('xxgk.unit', true), '')::bigint
$$;

-- xxgk_readable_units is the acting unit and every unit below it, at any
-- depth: the units whose rows the transaction may read. The policies use
-- it as unit_id = ANY ((SELECT xxgk_readable_units())::bigint[]): the
-- sub-select is an InitPlan, evaluated once per query, and the test per
-- row is a comparison with a constant array (the cast keeps the parser
-- from reading ANY ((SELECT …)) as ANY over a sub-query's rows). SECURITY DEFINER: it walks the tree
-- whatever the caller may read of units.
CREATE FUNCTION xxgk_readable_units() RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    WITH RECURSIVE tree(id) AS (
        SELECT id FROM units WHERE id = xxgk_acting_unit()
        UNION
        SELECT u.id FROM units u JOIN tree t ON u.parent_id = t.id
    )
    SELECT coalesce(array_agg(id), '{}') FROM tree
$$;

-- The audit: every write to a unit's rows, who (the workbench account,
-- NULL for a command run by the unit), when (the transaction's start),
-- which row (table and key) and the row before and after, as JSON without
-- the applicants' personal data (the columns the table's trigger names are
-- replaced by "已省略") and without row_hash (a hash over them) or unit_id
-- (the audit row's own column).
CREATE TABLE audit (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id    bigint NOT NULL,
    account    bigint,
    at         timestamptz NOT NULL DEFAULT now(),
    table_name text NOT NULL,
    record_key text NOT NULL,
    action     text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    before     jsonb,
    after      jsonb
);
-- A record's history by its key; a period's changes by at, a BRIN index
-- (rows arrive in the order of at, and it costs an import almost nothing).
CREATE INDEX audit_record ON audit (unit_id, table_name, record_key);
CREATE INDEX audit_at ON audit USING brin (at);

-- xxgk_audit records a statement's rows (statement-level, with transition
-- tables: one INSERT … SELECT per statement, however many rows it wrote).
-- TG_ARGV[0] is the key's columns (at most three), TG_ARGV[1] the
-- personal ones, as arrays, TG_ARGV[2] the column holding the unit
-- (unit_id when absent; units' own id). A row is kept as to_jsonb gives
-- it, less row_hash, the unit's column and the personal columns, which are put back as
-- "已省略"; its key is the key's values joined by "/". The expressions are
-- written out, not called as functions, so that a million rows cost a
-- million jsonb operations and no function calls. SECURITY DEFINER: the
-- unit's role has no right to write the audit itself.
CREATE FUNCTION xxgk_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    keys     text[] := TG_ARGV[0]::text[];
    unitcol  text := coalesce(TG_ARGV[2], 'unit_id');
    personal text[] := TG_ARGV[1]::text[] || ARRAY['row_hash', unitcol];
    marker   jsonb := coalesce((SELECT jsonb_object_agg(k, '已省略') FROM unnest(TG_ARGV[1]::text[]) AS k), '{}');
    who      bigint := nullif(nullif(current_setting('xxgk.account', true), ''), '0')::bigint;
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
                ON o.unit = n.unit AND o.k = n.k;
    END IF;
    RETURN NULL;
END $$;

-- xxgk_secure_table puts table t (with a unit_id column) under the
-- units' rules: row level security (read: the acting unit and the units
-- below; insert, update, delete: the acting unit only), the grants of
-- xxgk_unit (read, write, its identity's sequence) and xxgk_reader (read),
-- and, when keys is not NULL, the audit's triggers with the key's columns
-- and the personal ones. A later migration adding a unit table calls it.
CREATE FUNCTION xxgk_secure_table(t regclass, keys text[], personal text[] DEFAULT '{}') RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    seq text;
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY unit_read ON %s FOR SELECT TO xxgk_unit, xxgk_reader
        USING (unit_id = ANY ((SELECT xxgk_readable_units())::bigint[]))', t);
    EXECUTE format('CREATE POLICY unit_insert ON %s FOR INSERT TO xxgk_unit
        WITH CHECK (unit_id = (SELECT xxgk_acting_unit()))', t);
    EXECUTE format('CREATE POLICY unit_update ON %s FOR UPDATE TO xxgk_unit
        USING (unit_id = (SELECT xxgk_acting_unit())) WITH CHECK (unit_id = (SELECT xxgk_acting_unit()))', t);
    EXECUTE format('CREATE POLICY unit_delete ON %s FOR DELETE TO xxgk_unit
        USING (unit_id = (SELECT xxgk_acting_unit()))', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO xxgk_unit', t);
    EXECUTE format('GRANT SELECT ON %s TO xxgk_reader', t);
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

-- The unit tables, each with the key its audit rows name. An
-- application's applicant, contact, content and note (free text a clerk
-- may fill with a telephone number or an address) never reach the audit.
-- The tallies (0006) are kept by triggers from publications, whose audit
-- says what changed: they are not audited themselves.
SELECT xxgk_secure_table('categories', '{position}');
SELECT xxgk_secure_table('imports', '{id}');
SELECT xxgk_secure_table('publications', '{index_no}');
SELECT xxgk_secure_table('requests', '{id}', '{applicant_name,contact,content,note}');
SELECT xxgk_secure_table('documents', '{doc_no}');
SELECT xxgk_secure_table('decisions', '{id}');
SELECT xxgk_secure_table('fees', '{id}');
SELECT xxgk_secure_table('appeals', '{case_no}');
SELECT xxgk_secure_table('tasks', '{id}');
SELECT xxgk_secure_table('progress', '{task_id,date}');
SELECT xxgk_secure_table('quotas', '{unit,month}');
SELECT xxgk_secure_table('snapshots', '{id}');
SELECT xxgk_secure_table('publication_by_category', NULL);
SELECT xxgk_secure_table('publication_by_department', NULL);
SELECT xxgk_secure_table('publication_by_channels', NULL);

-- The audit: read as the unit tables (a unit its own and its units'
-- below), never written, changed or deleted by the units' roles (the
-- trigger writes it as the owner).
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY unit_read ON audit FOR SELECT TO xxgk_unit, xxgk_reader
    USING (unit_id = ANY ((SELECT xxgk_readable_units())::bigint[]));
GRANT SELECT ON audit TO xxgk_unit, xxgk_reader;

-- The units: every unit's name and code are readable (an upper level's
-- pages name its units); a unit may rename itself (SetUnit), not another.
ALTER TABLE units ENABLE ROW LEVEL SECURITY;
CREATE POLICY unit_read ON units FOR SELECT TO xxgk_unit, xxgk_reader USING (true);
CREATE POLICY unit_update ON units FOR UPDATE TO xxgk_unit
    USING (id = (SELECT xxgk_acting_unit())) WITH CHECK (id = (SELECT xxgk_acting_unit()));
GRANT SELECT ON units TO xxgk_unit, xxgk_reader;
GRANT UPDATE (name, code) ON units TO xxgk_unit;
-- A unit added, renamed or given another code is audited as the unit's.
CREATE TRIGGER audit_insert AFTER INSERT ON units REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION xxgk_audit('{id}', '{}', 'id');
CREATE TRIGGER audit_update AFTER UPDATE ON units REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION xxgk_audit('{id}', '{}', 'id');
CREATE TRIGGER audit_delete AFTER DELETE ON units REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION xxgk_audit('{id}', '{}', 'id');

-- The country's holiday calendars: read by all, added or replaced by a
-- unit's command (xxgk calendar add); the schema version, read by all.
GRANT SELECT ON calendars, schema_version TO xxgk_unit, xxgk_reader;
GRANT INSERT, UPDATE ON calendars TO xxgk_unit;

-- The workbench's accounts (xxgk serve --public), each of one unit, and
-- their sessions, known by the SHA-256 of the cookie's token (never the
-- token). The password is an argon2id hash in the PHC string format.
-- Neither table is granted to the units' roles, and row level security
-- with no policy refuses them even if one were.
CREATE TABLE accounts (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id       bigint NOT NULL REFERENCES units (id),
    name          text NOT NULL UNIQUE CHECK (name <> ''),
    password_hash text NOT NULL,
    must_change   boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL,
    disabled      boolean NOT NULL DEFAULT false
);
CREATE INDEX accounts_unit ON accounts (unit_id);

CREATE TABLE sessions (
    token_hash bytea PRIMARY KEY,
    csrf       text NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON accounts, sessions FROM PUBLIC;
