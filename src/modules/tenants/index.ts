// Tenants (organisations), their offices, settings and closed days.
export { addClosure } from './add-closure.ts';
export { createOffice } from './create-office.ts';
export { createTenant } from './create-tenant.ts';
export {
  getOfficeCalendar,
  getTenantCalendar,
  getTenantSettings,
  officeCalendarFromRow,
  type TenantCalendar,
} from './get-tenant-calendar.ts';
export { removeClosure } from './remove-closure.ts';
export { parseTenantSettings, type TenantSettings, tenantSettingsSchema } from './tenant-settings.ts';
export {
  findOffice,
  findTenant,
  listClosures,
  listClosuresFrom,
  listOffices,
  listTenants,
  officeWithCalendarQuery,
  updateTenantSettings,
} from './tenants.repository.ts';
export type { TenantTables } from './tenants.tables.ts';
