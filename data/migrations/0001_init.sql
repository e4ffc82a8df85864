-- xxgk schema, version 1. Dates are ISO TEXT (YYYY-MM-DD) or NULL; money is
-- integer 分. Every ledger table carries where its row came from (src_*),
-- the import that last wrote it, a hash of its data columns (to tell an
-- unchanged row from an updated one) and when its data last changed.

CREATE TABLE unit (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    name       TEXT NOT NULL,
    code       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE categories (
    position INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE
);

CREATE TABLE imports (
    id         INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    files      TEXT NOT NULL,
    added      INTEGER NOT NULL DEFAULT 0,
    updated    INTEGER NOT NULL DEFAULT 0,
    unchanged  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE publications (
    index_no     TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    doc_no       TEXT NOT NULL DEFAULT '',
    published    TEXT NOT NULL,
    category     TEXT NOT NULL,
    channels     TEXT NOT NULL DEFAULT '',
    department   TEXT NOT NULL DEFAULT '',
    key_area     INTEGER NOT NULL DEFAULT 0,
    from_request INTEGER NOT NULL DEFAULT 0,
    src_file TEXT, src_sheet TEXT, src_row INTEGER,
    import_id INTEGER, row_hash TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX publications_published ON publications (published);

CREATE TABLE requests (
    id                  TEXT PRIMARY KEY,
    received            TEXT NOT NULL,
    applicant_type      TEXT NOT NULL,
    applicant_name      TEXT NOT NULL DEFAULT '',
    contact             TEXT NOT NULL DEFAULT '',
    content             TEXT NOT NULL DEFAULT '',
    method              TEXT NOT NULL DEFAULT '',
    correction_asked    TEXT,
    correction_received TEXT,
    extension_notified  TEXT,
    consult_start       TEXT,
    consult_end         TEXT,
    concluded           TEXT,
    outcome             TEXT NOT NULL DEFAULT '',
    note                TEXT NOT NULL DEFAULT '',
    src_file TEXT, src_sheet TEXT, src_row INTEGER,
    import_id INTEGER, row_hash TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX requests_received ON requests (received);
CREATE INDEX requests_concluded ON requests (concluded);

CREATE TABLE documents (
    doc_no      TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    issued      TEXT NOT NULL,
    repealed    TEXT,
    valid_until TEXT,
    src_file TEXT, src_sheet TEXT, src_row INTEGER,
    import_id INTEGER, row_hash TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX documents_issued ON documents (issued);

CREATE TABLE decisions (
    id      TEXT PRIMARY KEY,
    kind    TEXT NOT NULL,
    decided TEXT NOT NULL,
    src_file TEXT, src_sheet TEXT, src_row INTEGER,
    import_id INTEGER, row_hash TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX decisions_decided ON decisions (decided);

CREATE TABLE fees (
    id         TEXT PRIMARY KEY,
    charged    TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    item       TEXT NOT NULL DEFAULT '',
    request_id TEXT NOT NULL DEFAULT '',
    src_file TEXT, src_sheet TEXT, src_row INTEGER,
    import_id INTEGER, row_hash TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX fees_charged ON fees (charged);

CREATE TABLE appeals (
    case_no TEXT PRIMARY KEY,
    kind    TEXT NOT NULL,
    filed   TEXT NOT NULL,
    closed  TEXT,
    result  TEXT NOT NULL DEFAULT '',
    role    TEXT NOT NULL DEFAULT 'respondent',
    src_file TEXT, src_sheet TEXT, src_row INTEGER,
    import_id INTEGER, row_hash TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX appeals_filed ON appeals (filed);

CREATE TABLE tasks (
    id          TEXT PRIMARY KEY,
    area        TEXT NOT NULL,
    requirement TEXT NOT NULL,
    units       TEXT NOT NULL,
    deadline    TEXT,
    whole_year  INTEGER NOT NULL DEFAULT 0,
    src_file TEXT, src_sheet TEXT, src_row INTEGER,
    import_id INTEGER, row_hash TEXT NOT NULL, updated_at TEXT NOT NULL
);

CREATE TABLE progress (
    task_id  TEXT NOT NULL,
    date     TEXT NOT NULL,
    status   TEXT NOT NULL,
    note     TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    src_file TEXT, src_sheet TEXT, src_row INTEGER,
    import_id INTEGER, row_hash TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (task_id, date)
);

CREATE TABLE quotas (
    unit   TEXT NOT NULL,
    month  TEXT NOT NULL,
    target INTEGER NOT NULL,
    src_file TEXT, src_sheet TEXT, src_row INTEGER,
    import_id INTEGER, row_hash TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (unit, month)
);

CREATE TABLE snapshots (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    period      TEXT NOT NULL,
    produced_at TEXT NOT NULL,
    figures     TEXT NOT NULL
);
CREATE INDEX snapshots_period ON snapshots (kind, period, produced_at);
