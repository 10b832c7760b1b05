import type { KernelTables } from '../kernel/tables.ts';
import type { BookingTables } from '../modules/bookings/bookings.tables.ts';
import type { PolicyTables } from '../modules/policies/policies.tables.ts';
import type { StaffTables } from '../modules/staff/staff.tables.ts';
import type { TenantTables } from '../modules/tenants/tenants.tables.ts';

/** Every table, as Kysely sees it. Each area declares its own tables in `<area>.tables.ts`. */
export interface DB extends KernelTables, TenantTables, StaffTables, PolicyTables, BookingTables {}
