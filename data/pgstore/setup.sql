-- A bureau's database, first half (pgstore.Setup, run by an administrator
-- of the cluster, e.g. postgres): the login role that owns the database
-- (it migrates, adds units and accounts, and serves), and the units'
-- roles (0009) granted to it. The owner's name and password come from the
-- settings xxgk.setup_owner and xxgk.setup_password of the session, so
-- that neither is spliced into SQL text here; CREATE DATABASE, which
-- cannot run in a block, follows from Go.
DO $$
DECLARE
    owner    text := current_setting('xxgk.setup_owner');
    password text := current_setting('xxgk.setup_password');
    r        text;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = owner) THEN
        RAISE EXCEPTION 'role % already exists', owner USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', owner, password);
    FOREACH r IN ARRAY ARRAY['xxgk_unit', 'xxgk_reader'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
        EXECUTE format('GRANT %I TO %I', r, owner);
    END LOOP;
END $$;
