-- Tenants (organisations) and their offices; the audit log; the outbox.
CREATE TABLE tenants (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name_ja text NOT NULL,
  name_en text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('jobcafe', 'desk', 'coop', 'hellowork', 'other')),
  time_zone text NOT NULL DEFAULT 'Asia/Tokyo',
  phone text,
  email text,
  website text,
  -- Per-tenant settings that RULES.md leaves open (year-end break, thresholds, switches).
  settings jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE offices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL REFERENCES tenants (id),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name_ja text NOT NULL,
  name_en text NOT NULL,
  phone text NOT NULL,
  email text,
  address text,
  opens_at time NOT NULL DEFAULT '08:30',
  closes_at time NOT NULL DEFAULT '17:15',
  settings jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, slug),
  UNIQUE (tenant_id, id),
  CHECK (opens_at < closes_at)
);

-- Dated closures on top of national holidays and the year-end break.
CREATE TABLE tenant_closures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL REFERENCES tenants (id),
  office_id uuid REFERENCES offices (id),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  reason text NOT NULL,
  CHECK (starts_on <= ends_on)
);
CREATE INDEX tenant_closures_tenant ON tenant_closures (tenant_id, starts_on);

-- REC-AUDIT: append-only. Rows are only ever inserted; the trigger refuses the rest.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  tenant_id text REFERENCES tenants (id),
  actor_kind text NOT NULL CHECK (actor_kind IN ('staff', 'user', 'system')),
  actor_id text,
  event text NOT NULL,
  rule_id text,
  policy_version_id uuid,
  subject_kind text,
  subject_id text,
  data jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_tenant_at ON audit_log (tenant_id, at DESC);
CREATE INDEX audit_log_subject ON audit_log (subject_kind, subject_id);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Everything that leaves the process (mail, LINE, platform calls) is a row here first, written in the
-- same transaction as the change; a worker delivers it after commit. delivery_key makes it once only.
CREATE TABLE outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text REFERENCES tenants (id),
  channel text NOT NULL CHECK (channel IN ('mail', 'line', 'platform')),
  delivery_key text NOT NULL UNIQUE,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  claimed_at timestamptz,
  delivered_at timestamptz,
  last_error text
);
CREATE INDEX outbox_pending ON outbox (created_at) WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_tenant ON outbox (tenant_id, created_at DESC);
