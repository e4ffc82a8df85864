-- Holiday calendars a user added for years the binary does not carry
-- (xxgk calendar add): the notice file as written, one row per year.
CREATE TABLE calendars (
    year     INTEGER PRIMARY KEY,
    source   TEXT NOT NULL,
    text     TEXT NOT NULL,
    added_at TEXT NOT NULL
);
