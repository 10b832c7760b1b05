-- TOTP replay guard: a code's time step is accepted once (a code seen again in the same step is refused).
ALTER TABLE staff ADD COLUMN totp_last_step bigint;

-- Failed logins for e-mail addresses that belong to nobody, counted like real accounts so that the
-- lockout answer does not reveal which addresses exist. Keyed by a hash; the address itself is not kept.
CREATE TABLE staff_login_throttle (
  email_hash text PRIMARY KEY,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  updated_at timestamptz NOT NULL
);
CREATE INDEX staff_login_throttle_updated ON staff_login_throttle (updated_at);

-- Password history in insertion order even when two changes share a timestamp.
ALTER TABLE staff_password_history ADD COLUMN seq bigserial;
