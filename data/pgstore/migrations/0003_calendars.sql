-- Holiday calendars added for years the binary does not carry (xxgk
-- calendar add): the State Council's notice, one row per year. A calendar
-- is the country's, not a unit's: one row serves every unit of the
-- database, and who may add one is for the accounts (issue 17) to decide.
CREATE TABLE calendars (
    year     integer PRIMARY KEY,
    source   text NOT NULL,
    text     text NOT NULL,
    added_at timestamptz NOT NULL
);
