import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../kernel/errors.ts';
import type { ClosureRules } from '../../kernel/time/calendar.ts';
import { closureRules, parseTenantSettings, type TenantSettings } from './tenant-settings.ts';
import { findOfficeWithCalendar, findTenant, listClosures } from './tenants.repository.ts';

export interface TenantCalendar {
  tenantId: string;
  tenantName: { ja: string; en: string };
  settings: TenantSettings;
  rules: ClosureRules;
}

/** The tenant's parsed settings and time zone, for callers that need no closed days. */
export async function getTenantSettings(db: Kysely<DB>, tenantId: string) {
  const tenant = await findTenant(db, tenantId);
  if (!tenant) throw notFound();
  return { tenant, settings: parseTenantSettings(tenant.settings), zone: tenant.time_zone };
}

/** The tenant's settings and closed days (for one office, when given), read in one place. */
export async function getTenantCalendar(
  db: Kysely<DB>,
  tenantId: string,
  officeId?: string,
): Promise<TenantCalendar> {
  const { tenant, settings } = await getTenantSettings(db, tenantId);
  const closures = await listClosures(db, tenantId, officeId);
  return {
    tenantId,
    tenantName: { ja: tenant.name_ja, en: tenant.name_en },
    settings,
    rules: closureRules(settings, tenant.time_zone, closures),
  };
}

/** An office and its tenant's calendar as getTenantCalendar gives it for that office, or undefined. */
export async function getOfficeCalendar(db: Kysely<DB>, tenantId: string, officeRef: string) {
  const row = await findOfficeWithCalendar(db, tenantId, officeRef);
  return row ? officeCalendarFromRow(tenantId, row) : undefined;
}

/** The office and calendar of a row of officeWithCalendarQuery (read by a caller with more columns). */
export function officeCalendarFromRow(
  tenantId: string,
  row: NonNullable<Awaited<ReturnType<typeof findOfficeWithCalendar>>>,
) {
  const { tenant_name_ja, tenant_name_en, tenant_time_zone, tenant_settings, closures, ...office } = row;
  const settings = parseTenantSettings(tenant_settings);
  const calendar: TenantCalendar = {
    tenantId,
    tenantName: { ja: tenant_name_ja, en: tenant_name_en },
    settings,
    rules: closureRules(settings, tenant_time_zone, closures),
  };
  return { office, calendar };
}
