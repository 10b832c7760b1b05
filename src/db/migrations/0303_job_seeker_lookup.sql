-- BOOK-NUMBER: a job seeker is looked up by (tenant_id, number). A prepared statement's generic plan,
-- made while the register was still empty, chose the (tenant_id, id) key instead and then filtered
-- every job seeker of the tenant on each lookup — and PostgreSQL keeps such a plan after ANALYZE. The
-- tenant-consistency key that bookings reference keeps its columns but leads with id, so it no longer
-- offers a tenant_id prefix to a lookup by number.
ALTER TABLE job_seekers ADD CONSTRAINT job_seekers_id_tenant_key UNIQUE (id, tenant_id);
ALTER TABLE bookings DROP CONSTRAINT bookings_tenant_id_job_seeker_id_fkey;
ALTER TABLE job_seekers DROP CONSTRAINT job_seekers_tenant_id_id_key;
ALTER TABLE bookings ADD CONSTRAINT bookings_tenant_id_job_seeker_id_fkey
  FOREIGN KEY (tenant_id, job_seeker_id) REFERENCES job_seekers (tenant_id, id);
