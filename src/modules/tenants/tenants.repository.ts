import type { Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB } from '../../db/schema.ts';

export type Db = Kysely<DB>;

export function findTenant(db: Db, id: string) {
  return db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listTenants(db: Db) {
  return db.selectFrom('tenants').selectAll().orderBy('id').execute();
}

export function findOffice(db: Db, tenantId: string, slugOrId: string) {
  const isUuid = /^[0-9a-f-]{36}$/.test(slugOrId);
  return db
    .selectFrom('offices')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where(isUuid ? 'id' : 'slug', '=', slugOrId)
    .executeTakeFirst();
}

/** An office with its tenant's name, zone and settings and the closures that apply to it: one round trip. */
export function findOfficeWithCalendar(db: Db, tenantId: string, slugOrId: string) {
  return officeWithCalendarQuery(db, tenantId, slugOrId).executeTakeFirst();
}

/** The query of findOfficeWithCalendar, for a caller that reads more in the same round trip. */
export function officeWithCalendarQuery(db: Db, tenantId: string, slugOrId: string) {
  const isUuid = /^[0-9a-f-]{36}$/.test(slugOrId);
  return db
    .selectFrom('offices as o')
    .innerJoin('tenants as t', 't.id', 'o.tenant_id')
    .selectAll('o')
    .select([
      't.name_ja as tenant_name_ja',
      't.name_en as tenant_name_en',
      't.time_zone as tenant_time_zone',
      't.settings as tenant_settings',
    ])
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('tenant_closures as c')
          .select(['c.starts_on', 'c.ends_on', 'c.reason'])
          .whereRef('c.tenant_id', '=', 'o.tenant_id')
          .where((w) => w.or([w('c.office_id', 'is', null), w('c.office_id', '=', w.ref('o.id'))]))
          .orderBy('c.starts_on'),
      ).as('closures'),
    )
    .where('o.tenant_id', '=', tenantId)
    .where(isUuid ? 'o.id' : 'o.slug', '=', slugOrId);
}

export function listOffices(db: Db, tenantId: string) {
  return db.selectFrom('offices').selectAll().where('tenant_id', '=', tenantId).orderBy('slug').execute();
}

export function listClosures(db: Db, tenantId: string, officeId?: string | null) {
  return db
    .selectFrom('tenant_closures')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where((eb) =>
      officeId
        ? eb.or([eb('office_id', 'is', null), eb('office_id', '=', officeId)])
        : eb('office_id', 'is', null),
    )
    .orderBy('starts_on')
    .execute();
}

export interface NewTenant {
  id: string;
  nameJa: string;
  nameEn: string;
  kind: 'jobcafe' | 'desk' | 'coop' | 'hellowork' | 'other';
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  settings?: Record<string, unknown>;
}

export function insertTenant(db: Db, t: NewTenant) {
  return db
    .insertInto('tenants')
    .values({
      id: t.id,
      name_ja: t.nameJa,
      name_en: t.nameEn,
      kind: t.kind,
      phone: t.phone ?? null,
      email: t.email ?? null,
      website: t.website ?? null,
      settings: JSON.stringify(t.settings ?? {}),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export interface NewOffice {
  tenantId: string;
  slug: string;
  nameJa: string;
  nameEn: string;
  phone: string;
  email?: string | null;
  address?: string | null;
  opensAt?: string;
  closesAt?: string;
  settings?: Record<string, unknown>;
}

export function insertOffice(db: Db, o: NewOffice) {
  return db
    .insertInto('offices')
    .values({
      tenant_id: o.tenantId,
      slug: o.slug,
      name_ja: o.nameJa,
      name_en: o.nameEn,
      phone: o.phone,
      email: o.email ?? null,
      address: o.address ?? null,
      opens_at: o.opensAt ?? '08:30',
      closes_at: o.closesAt ?? '17:15',
      settings: JSON.stringify(o.settings ?? {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function insertClosure(
  db: Db,
  c: { tenantId: string; officeId?: string | null; startsOn: string; endsOn: string; reason: string },
) {
  return db
    .insertInto('tenant_closures')
    .values({
      tenant_id: c.tenantId,
      office_id: c.officeId ?? null,
      starts_on: c.startsOn,
      ends_on: c.endsOn,
      reason: c.reason,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Every closure (tenant-wide and per office) that has not ended before `fromDate`. */
export function listClosuresFrom(db: Db, tenantId: string, fromDate: string) {
  return db
    .selectFrom('tenant_closures')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('ends_on', '>=', fromDate)
    .orderBy('starts_on')
    .execute();
}

export function deleteClosure(db: Db, tenantId: string, id: string) {
  return db
    .deleteFrom('tenant_closures')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export function updateTenantSettings(db: Db, tenantId: string, settings: Record<string, unknown>) {
  return db
    .updateTable('tenants')
    .set({ settings: JSON.stringify(settings) })
    .where('id', '=', tenantId)
    .execute();
}
