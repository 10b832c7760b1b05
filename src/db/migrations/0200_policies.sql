-- Policies and consent: documents, their immutable published versions, machine-readable rule sets,
-- the links between documents, and the consent ledger.

-- POL-VERSION: several documents per tenant; POL-LAW: governing law and court on each terms document;
-- POL-CONSENT-LINKED: third-party platform terms accepted together with the document.
CREATE TABLE policy_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL REFERENCES tenants (id),
  key text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  title_ja text NOT NULL CHECK (length(title_ja) BETWEEN 1 AND 200),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
  visibility text NOT NULL CHECK (visibility IN ('public', 'internal')),
  governing_law text,
  court text,
  -- [{ "name": "LINE利用規約", "url": "https://…" }]
  third_party_terms jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(third_party_terms) = 'array'),
  created_at timestamptz NOT NULL,
  UNIQUE (tenant_id, key),
  UNIQUE (tenant_id, id)
);

-- POL-CONSENT-LINKED: agreeing to document_id implies agreeing to linked_document_id (same tenant).
CREATE TABLE policy_document_links (
  tenant_id text NOT NULL,
  document_id uuid NOT NULL,
  linked_document_id uuid NOT NULL,
  PRIMARY KEY (document_id, linked_document_id),
  FOREIGN KEY (tenant_id, document_id) REFERENCES policy_documents (tenant_id, id),
  FOREIGN KEY (tenant_id, linked_document_id) REFERENCES policy_documents (tenant_id, id),
  CHECK (document_id <> linked_document_id)
);

-- A version is a draft until published_at is set; then it is scheduled until effective_at, in force
-- until a later published version takes effect, and superseded after. Those states are derived from
-- effective_at and the clock, never stored, so they cannot drift.
CREATE TABLE policy_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL,
  document_id uuid NOT NULL,
  label text NOT NULL CHECK (label ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$'),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 100000),
  summary text NOT NULL DEFAULT '',
  effective_at timestamptz,
  published_at timestamptz,
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES staff (id),
  published_by uuid REFERENCES staff (id),
  FOREIGN KEY (tenant_id, document_id) REFERENCES policy_documents (tenant_id, id),
  UNIQUE (document_id, label),
  UNIQUE (document_id, id),
  CHECK (published_at IS NULL OR effective_at IS NOT NULL)
);
-- Two published versions of one document never take effect at the same instant.
CREATE UNIQUE INDEX policy_versions_one_per_instant ON policy_versions (document_id, effective_at)
  WHERE published_at IS NOT NULL;
CREATE INDEX policy_versions_in_force ON policy_versions (document_id, effective_at DESC)
  WHERE published_at IS NOT NULL;

-- POL-VERSION: published text is immutable. The only change a version ever sees is its publication.
CREATE FUNCTION policy_versions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.published_at IS NOT NULL THEN
    RAISE EXCEPTION 'policy version % is published and immutable (POL-VERSION: % refused)', OLD.label, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER policy_versions_immutable BEFORE UPDATE OR DELETE ON policy_versions
  FOR EACH ROW EXECUTE FUNCTION policy_versions_guard();

-- POL-RULESET: the categories a version defines, each with the actions it allows.
CREATE TABLE policy_rules (
  version_id uuid NOT NULL REFERENCES policy_versions (id),
  category_id text NOT NULL CHECK (category_id ~ '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$'),
  label_ja text NOT NULL CHECK (length(label_ja) BETWEEN 1 AND 300),
  label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 300),
  actions text[] NOT NULL CHECK (
    cardinality(actions) > 0 AND actions <@ ARRAY['delete', 'hide', 'block', 'suspend', 'refuse']::text[]
  ),
  position integer NOT NULL,
  PRIMARY KEY (version_id, category_id)
);

-- A published version's rule set is part of its text: frozen with it.
CREATE FUNCTION policy_rules_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
BEGIN
  IF TG_OP = 'INSERT' THEN target := NEW.version_id; ELSE target := OLD.version_id; END IF;
  IF EXISTS (SELECT 1 FROM policy_versions WHERE id = target AND published_at IS NOT NULL) THEN
    RAISE EXCEPTION 'rules of a published policy version are immutable (POL-VERSION: % refused)', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER policy_rules_immutable BEFORE INSERT OR UPDATE OR DELETE ON policy_rules
  FOR EACH ROW EXECUTE FUNCTION policy_rules_guard();

-- The consent ledger (POL-CONSENT-EXPLICIT / -DEEMED / -LINKED): who agreed to which version, when,
-- how, through which channel. Append-only: a later change of mind is a new row, never an edit.
CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id text NOT NULL REFERENCES tenants (id),
  subject_kind text NOT NULL CHECK (subject_kind ~ '^[a-z][a-z0-9_-]{0,31}$'),
  subject_ref text NOT NULL CHECK (length(subject_ref) BETWEEN 1 AND 320),
  document_id uuid NOT NULL,
  version_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('explicit', 'deemed')),
  act text CHECK (act IS NULL OR length(act) BETWEEN 1 AND 100),
  channel text NOT NULL CHECK (channel IN ('web', 'line', 'api', 'staff')),
  recorded_at timestamptz NOT NULL,
  linked_from uuid REFERENCES consents (id),
  third_party_terms jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(third_party_terms) = 'array'),
  FOREIGN KEY (tenant_id, document_id) REFERENCES policy_documents (tenant_id, id),
  FOREIGN KEY (document_id, version_id) REFERENCES policy_versions (document_id, id),
  -- POL-CONSENT-DEEMED: a deemed consent always says by which act.
  CHECK (kind = 'explicit' OR act IS NOT NULL)
);
CREATE INDEX consents_subject ON consents (tenant_id, subject_kind, subject_ref, document_id, recorded_at DESC);
CREATE INDEX consents_tenant_recorded ON consents (tenant_id, recorded_at DESC);
CREATE INDEX consents_version ON consents (version_id);

CREATE FUNCTION consents_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consents are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER consents_no_change BEFORE UPDATE OR DELETE ON consents
  FOR EACH ROW EXECUTE FUNCTION consents_append_only();
