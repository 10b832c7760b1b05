-- BOOK-NOSHOW and the day-before reminder run as two sweeps every minute (decision 0004) instead of two
-- pg-boss jobs per booking. The booking row carries when its reminder is due; the sweep clears it
-- when it queues the mail (or finds the booking no longer live).
ALTER TABLE bookings ADD COLUMN remind_at timestamptz;
CREATE INDEX bookings_reminder_due ON bookings (remind_at) WHERE remind_at IS NOT NULL;
