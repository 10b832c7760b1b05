-- Online job consultation bookings (RULES.md §2, BOOK-*): counsellors' hours, the job-seeker register,
-- bookings and the contacts staff record about them.

-- Weekly hours of a counsellor at one office (several rows a day for split shifts).
CREATE TABLE counsellor_hours (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL REFERENCES tenants (id),
  office_id uuid NOT NULL,
  staff_id uuid NOT NULL,
  weekday smallint NOT NULL CHECK (weekday BETWEEN 0 AND 6),
  starts_at time NOT NULL,
  ends_at time NOT NULL,
  CHECK (starts_at < ends_at),
  FOREIGN KEY (tenant_id, office_id) REFERENCES offices (tenant_id, id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff (tenant_id, id)
);
CREATE INDEX counsellor_hours_office ON counsellor_hours (office_id, weekday);

-- Dated exceptions: a day (or part of it) off, or extra hours.
CREATE TABLE counsellor_exceptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL REFERENCES tenants (id),
  office_id uuid NOT NULL,
  staff_id uuid NOT NULL,
  on_date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('off', 'extra')),
  starts_at time,
  ends_at time,
  reason text,
  -- A whole day off has no times; anything else has a proper range.
  CHECK ((kind = 'off' AND starts_at IS NULL AND ends_at IS NULL) OR (starts_at < ends_at)),
  FOREIGN KEY (tenant_id, office_id) REFERENCES offices (tenant_id, id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES staff (tenant_id, id)
);
CREATE INDEX counsellor_exceptions_office ON counsellor_exceptions (office_id, on_date);

-- BOOK-ELIGIBLE / BOOK-NUMBER / BOOK-REFUSE: the tenant's register of job seekers.
CREATE TABLE job_seekers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL REFERENCES tenants (id),
  number text NOT NULL CHECK (number ~ '^[0-9]{5}-[0-9]{4,8}$'),
  name text NOT NULL,
  email text,
  -- 'registered' = 利用登録者 (may book); 'online' = オンライン登録者 (must finish registration first).
  registration text NOT NULL CHECK (registration IN ('registered', 'online')),
  refused_at timestamptz,
  refused_by uuid,
  refused_reason text,
  -- No-shows before this instant no longer count towards the flag (set when a refusal is lifted).
  no_shows_counted_from timestamptz,
  created_at timestamptz NOT NULL,
  UNIQUE (tenant_id, number),
  UNIQUE (tenant_id, id),
  CHECK ((refused_at IS NULL) = (refused_reason IS NULL))
);

CREATE TABLE bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL REFERENCES tenants (id),
  office_id uuid NOT NULL,
  counsellor_id uuid NOT NULL,
  job_seeker_id uuid NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled', 'no_show', 'stopped')),
  name text NOT NULL,
  email text NOT NULL,
  interpreter boolean NOT NULL DEFAULT false,
  assistant boolean NOT NULL DEFAULT false,
  assistance_note text,
  channel text NOT NULL CHECK (channel IN ('web', 'api', 'staff')),
  created_by uuid,
  follows_booking_id uuid REFERENCES bookings (id),
  meeting_provider text NOT NULL,
  meeting_url text NOT NULL,
  environment_confirmed_at timestamptz NOT NULL,
  consent_id uuid,
  policy_version_id uuid,
  joined_at timestamptz,
  cancelled_at timestamptz,
  cancelled_by uuid,
  cancel_channel text CHECK (cancel_channel IN ('phone', 'self', 'no_show')),
  cancel_reason text,
  stopped_at timestamptz,
  stopped_by uuid,
  stop_reason text,
  created_at timestamptz NOT NULL,
  CHECK (starts_at < ends_at),
  FOREIGN KEY (tenant_id, office_id) REFERENCES offices (tenant_id, id),
  FOREIGN KEY (tenant_id, counsellor_id) REFERENCES staff (tenant_id, id),
  FOREIGN KEY (tenant_id, job_seeker_id) REFERENCES job_seekers (tenant_id, id)
);
-- No double booking: a counsellor's slot (and a job seeker's hour) is held by one live booking.
-- Enforced here, not by a read-then-write; inserts use ON CONFLICT DO NOTHING and try the next counsellor.
CREATE UNIQUE INDEX bookings_counsellor_slot ON bookings (counsellor_id, starts_at) WHERE status = 'booked';
CREATE UNIQUE INDEX bookings_job_seeker_slot ON bookings (job_seeker_id, starts_at) WHERE status = 'booked';
CREATE INDEX bookings_office_starts ON bookings (office_id, starts_at);
CREATE INDEX bookings_job_seeker ON bookings (job_seeker_id, starts_at DESC);
CREATE INDEX bookings_awaiting_join ON bookings (starts_at) WHERE status = 'booked' AND joined_at IS NULL;

-- BOOK-NOSHOW / BOOK-CANCEL: contacts staff record (a phone call saying "running late" excuses absence).
CREATE TABLE booking_contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL REFERENCES tenants (id),
  booking_id uuid NOT NULL REFERENCES bookings (id),
  staff_id uuid NOT NULL,
  at timestamptz NOT NULL,
  note text NOT NULL
);
CREATE INDEX booking_contacts_booking ON booking_contacts (booking_id);
