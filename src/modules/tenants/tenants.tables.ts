import type { ColumnType, Generated } from 'kysely';

export interface TenantsTable {
  id: string;
  name_ja: string;
  name_en: string;
  kind: 'jobcafe' | 'desk' | 'coop' | 'hellowork' | 'other';
  time_zone: Generated<string>;
  phone: string | null;
  email: string | null;
  website: string | null;
  settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Generated<Date>;
}

export interface OfficesTable {
  id: Generated<string>;
  tenant_id: string;
  slug: string;
  name_ja: string;
  name_en: string;
  phone: string;
  email: string | null;
  address: string | null;
  opens_at: ColumnType<string, string | undefined, string>;
  closes_at: ColumnType<string, string | undefined, string>;
  settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Generated<Date>;
}

export interface TenantClosuresTable {
  id: Generated<string>;
  tenant_id: string;
  office_id: string | null;
  starts_on: string;
  ends_on: string;
  reason: string;
}

export interface TenantTables {
  tenants: TenantsTable;
  offices: OfficesTable;
  tenant_closures: TenantClosuresTable;
}
