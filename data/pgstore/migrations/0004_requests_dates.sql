-- The applications' two dates in one index (data/migrations/0004): a
-- unit's year of applications is counted from the index alone.
CREATE INDEX requests_dates ON requests (unit_id, received, concluded);
DROP INDEX requests_received;
