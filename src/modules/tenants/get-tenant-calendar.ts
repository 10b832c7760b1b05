import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../kernel/errors.ts';
import type { ClosureRules } from '../../kernel/time/calendar.ts';
import { closureRules, parseTenantSettings, type TenantSettings } from './tenant-settings.ts';
import { findTenant, listClosures } from './tenants.repository.ts';

export interface TenantCalendar {
  tenantId: string;
  settings: TenantSettings;
  rules: ClosureRules;
}

/** The tenant's settings and closed days (for one office, when given), read in one place. */
export async function getTenantCalendar(
  db: Kysely<DB>,
  tenantId: string,
  officeId?: string,
): Promise<TenantCalendar> {
  const tenant = await findTenant(db, tenantId);
  if (!tenant) throw notFound();
  const settings = parseTenantSettings(tenant.settings);
  const closures = await listClosures(db, tenantId, officeId);
  return { tenantId, settings, rules: closureRules(settings, tenant.time_zone, closures) };
}
