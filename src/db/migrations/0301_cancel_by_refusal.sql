-- BOOK-REFUSE: refusing a job seeker may also cancel their upcoming sessions; such a cancellation is
-- recorded as its own channel so it is never mistaken for the job seeker phoning in.
ALTER TABLE bookings DROP CONSTRAINT bookings_cancel_channel_check;
ALTER TABLE bookings ADD CONSTRAINT bookings_cancel_channel_check
  CHECK (cancel_channel IN ('phone', 'self', 'no_show', 'refusal'));
