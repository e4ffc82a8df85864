-- xxgk schema for PostgreSQL, version 1: data/migrations/0001_init.sql in
-- PostgreSQL's dialect, for many units in one database (issue 17). Every
-- unit's row carries unit_id; the units form a tree (province → city →
-- county → school) by parent_id and are known by their 统一社会信用代码
-- (code). A table's key is the SQLite key with unit_id in front.
--
-- Dates stay ISO TEXT (YYYY-MM-DD) as in SQLite, so that the queries
-- comparing them are the same in both dialects; flags are boolean; money is
-- integer 分; the instants a row was written are timestamptz.

CREATE TABLE units (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text NOT NULL,
    code       text NOT NULL UNIQUE CHECK (code <> ''),
    parent_id  bigint REFERENCES units (id),
    created_at timestamptz NOT NULL,
    CHECK (parent_id <> id)
);
CREATE INDEX units_parent ON units (parent_id);

CREATE TABLE categories (
    unit_id  bigint NOT NULL REFERENCES units (id),
    position integer NOT NULL,
    name     text NOT NULL,
    PRIMARY KEY (unit_id, position),
    UNIQUE (unit_id, name)
);

CREATE TABLE imports (
    unit_id    bigint NOT NULL REFERENCES units (id),
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at timestamptz NOT NULL,
    files      text NOT NULL,
    added      integer NOT NULL DEFAULT 0,
    updated    integer NOT NULL DEFAULT 0,
    unchanged  integer NOT NULL DEFAULT 0
);
CREATE INDEX imports_unit ON imports (unit_id, id);

CREATE TABLE publications (
    unit_id      bigint NOT NULL REFERENCES units (id),
    index_no     text NOT NULL,
    title        text NOT NULL,
    doc_no       text NOT NULL DEFAULT '',
    published    text NOT NULL,
    category     text NOT NULL,
    channels     text NOT NULL DEFAULT '',
    department   text NOT NULL DEFAULT '',
    key_area     boolean NOT NULL DEFAULT false,
    from_request boolean NOT NULL DEFAULT false,
    src_file text, src_sheet text, src_row integer,
    import_id bigint REFERENCES imports (id), row_hash text NOT NULL, updated_at timestamptz NOT NULL,
    PRIMARY KEY (unit_id, index_no)
);
CREATE INDEX publications_published ON publications (unit_id, published);

CREATE TABLE requests (
    unit_id             bigint NOT NULL REFERENCES units (id),
    id                  text NOT NULL,
    received            text NOT NULL,
    applicant_type      text NOT NULL,
    applicant_name      text NOT NULL DEFAULT '',
    contact             text NOT NULL DEFAULT '',
    content             text NOT NULL DEFAULT '',
    method              text NOT NULL DEFAULT '',
    correction_asked    text,
    correction_received text,
    extension_notified  text,
    consult_start       text,
    consult_end         text,
    concluded           text,
    outcome             text NOT NULL DEFAULT '',
    note                text NOT NULL DEFAULT '',
    src_file text, src_sheet text, src_row integer,
    import_id bigint REFERENCES imports (id), row_hash text NOT NULL, updated_at timestamptz NOT NULL,
    PRIMARY KEY (unit_id, id)
);
CREATE INDEX requests_received ON requests (unit_id, received);
CREATE INDEX requests_concluded ON requests (unit_id, concluded);

CREATE TABLE documents (
    unit_id     bigint NOT NULL REFERENCES units (id),
    doc_no      text NOT NULL,
    title       text NOT NULL,
    kind        text NOT NULL,
    issued      text NOT NULL,
    repealed    text,
    valid_until text,
    src_file text, src_sheet text, src_row integer,
    import_id bigint REFERENCES imports (id), row_hash text NOT NULL, updated_at timestamptz NOT NULL,
    PRIMARY KEY (unit_id, doc_no)
);
CREATE INDEX documents_issued ON documents (unit_id, issued);

CREATE TABLE decisions (
    unit_id bigint NOT NULL REFERENCES units (id),
    id      text NOT NULL,
    kind    text NOT NULL,
    decided text NOT NULL,
    src_file text, src_sheet text, src_row integer,
    import_id bigint REFERENCES imports (id), row_hash text NOT NULL, updated_at timestamptz NOT NULL,
    PRIMARY KEY (unit_id, id)
);
CREATE INDEX decisions_decided ON decisions (unit_id, decided);

CREATE TABLE fees (
    unit_id    bigint NOT NULL REFERENCES units (id),
    id         text NOT NULL,
    charged    text NOT NULL,
    amount_fen bigint NOT NULL,
    kind       text NOT NULL,
    item       text NOT NULL DEFAULT '',
    request_id text NOT NULL DEFAULT '',
    src_file text, src_sheet text, src_row integer,
    import_id bigint REFERENCES imports (id), row_hash text NOT NULL, updated_at timestamptz NOT NULL,
    PRIMARY KEY (unit_id, id)
);
CREATE INDEX fees_charged ON fees (unit_id, charged);

CREATE TABLE appeals (
    unit_id bigint NOT NULL REFERENCES units (id),
    case_no text NOT NULL,
    kind    text NOT NULL,
    filed   text NOT NULL,
    closed  text,
    result  text NOT NULL DEFAULT '',
    role    text NOT NULL DEFAULT 'respondent',
    src_file text, src_sheet text, src_row integer,
    import_id bigint REFERENCES imports (id), row_hash text NOT NULL, updated_at timestamptz NOT NULL,
    PRIMARY KEY (unit_id, case_no)
);
CREATE INDEX appeals_filed ON appeals (unit_id, filed);

CREATE TABLE tasks (
    unit_id     bigint NOT NULL REFERENCES units (id),
    id          text NOT NULL,
    area        text NOT NULL,
    requirement text NOT NULL,
    units       text NOT NULL,
    deadline    text,
    whole_year  boolean NOT NULL DEFAULT false,
    src_file text, src_sheet text, src_row integer,
    import_id bigint REFERENCES imports (id), row_hash text NOT NULL, updated_at timestamptz NOT NULL,
    PRIMARY KEY (unit_id, id)
);

CREATE TABLE progress (
    unit_id  bigint NOT NULL REFERENCES units (id),
    task_id  text NOT NULL,
    date     text NOT NULL,
    status   text NOT NULL,
    note     text NOT NULL DEFAULT '',
    evidence text NOT NULL DEFAULT '',
    src_file text, src_sheet text, src_row integer,
    import_id bigint REFERENCES imports (id), row_hash text NOT NULL, updated_at timestamptz NOT NULL,
    PRIMARY KEY (unit_id, task_id, date)
);

-- quotas.unit is the ledger's column (a department's name), not the unit
-- the row belongs to (unit_id).
CREATE TABLE quotas (
    unit_id bigint NOT NULL REFERENCES units (id),
    unit    text NOT NULL,
    month   text NOT NULL,
    target  integer NOT NULL,
    src_file text, src_sheet text, src_row integer,
    import_id bigint REFERENCES imports (id), row_hash text NOT NULL, updated_at timestamptz NOT NULL,
    PRIMARY KEY (unit_id, unit, month)
);

CREATE TABLE snapshots (
    unit_id     bigint NOT NULL REFERENCES units (id),
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text NOT NULL,
    period      text NOT NULL,
    produced_at timestamptz NOT NULL,
    figures     text NOT NULL
);
CREATE INDEX snapshots_period ON snapshots (unit_id, kind, period, produced_at);
