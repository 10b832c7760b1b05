-- The outbox is delivered by a relay that polls it (decision 0005), not by a pg-boss job per row.
-- A failed attempt waits before its retry.
ALTER TABLE outbox ADD COLUMN next_attempt_at timestamptz;
