-- The applications' two dates in one index: counting a year's
-- applications (概览, the list's pages) reads the index alone, never the
-- rows. It starts with received, so it also serves every search by
-- received date the former index served.
CREATE INDEX requests_dates ON requests (received, concluded);
DROP INDEX requests_received;
