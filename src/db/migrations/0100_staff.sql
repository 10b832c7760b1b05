-- Staff: people who work for a tenant, their roles, password history and sessions.
CREATE TABLE staff (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL REFERENCES tenants (id),
  email text NOT NULL CHECK (email = lower(email)),
  display_name text NOT NULL,
  roles text[] NOT NULL CHECK (
    cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'approver', 'operator', 'counsellor', 'expert']::text[]
  ),
  -- Offices the person works for; empty = every office of the tenant.
  office_ids uuid[] NOT NULL DEFAULT '{}',
  password_hash text NOT NULL,
  password_changed_at timestamptz NOT NULL,
  totp_secret text,
  totp_enabled_at timestamptz,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (email),
  UNIQUE (tenant_id, id)
);

-- SNS-PASSWORD: no reuse of the last passwords.
CREATE TABLE staff_password_history (
  staff_id uuid NOT NULL REFERENCES staff (id),
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX staff_password_history_staff ON staff_password_history (staff_id, created_at DESC);

-- Sessions live in the database (several app processes share them). The id is a hash of the cookie.
CREATE TABLE staff_sessions (
  id text PRIMARY KEY,
  staff_id uuid NOT NULL REFERENCES staff (id),
  tenant_id text NOT NULL REFERENCES tenants (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  -- False until the second factor is given (or set up, for roles that require it).
  second_factor_done boolean NOT NULL DEFAULT false,
  user_agent text
);
CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);
