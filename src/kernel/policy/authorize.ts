import { AppError } from '../errors.ts';

// One authorize() over one declarative table. A staff member acts only inside their own tenant, and
// for office-scoped roles only in their offices; anything else looks like "not found" so that other
// tenants' data does not even show that it exists.

export const ROLES = ['admin', 'approver', 'operator', 'counsellor', 'expert'] as const;
export type Role = (typeof ROLES)[number];

export const permissions = {
  'tenant.manage': ['admin'],
  'office.manage': ['admin'],
  'office.read': ['admin', 'approver', 'operator', 'counsellor', 'expert'],
  'staff.manage': ['admin'],
  'policy.read': ['admin', 'approver', 'operator', 'counsellor', 'expert'],
  'policy.edit': ['admin'],
  'policy.publish': ['admin'],
  'consent.read': ['admin'],
  'audit.read': ['admin'],
  'outbox.read': ['admin', 'counsellor', 'operator'],
  'booking.read': ['admin', 'counsellor'],
  'booking.manage': ['admin', 'counsellor'],
  'booking.refuse': ['admin', 'counsellor'],
  'availability.manage': ['admin', 'counsellor'],
  'jobseeker.manage': ['admin', 'counsellor'],
  'desk.respond': ['admin', 'expert'],
  'social.draft': ['admin', 'operator', 'approver'],
  'social.approve': ['admin', 'approver'],
  'social.moderate': ['admin', 'operator', 'approver'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export interface Principal {
  staffId: string;
  tenantId: string;
  roles: readonly Role[];
  /** Offices the person works for; empty means every office of the tenant. */
  officeIds: readonly string[];
}

export interface ResourceScope {
  tenantId: string;
  officeId?: string | null;
}

export function can(principal: Principal, permission: Permission, scope?: ResourceScope): boolean {
  const allowed: readonly Role[] = permissions[permission];
  if (!principal.roles.some((role) => allowed.includes(role))) return false;
  if (!scope) return true;
  if (scope.tenantId !== principal.tenantId) return false;
  if (scope.officeId && principal.officeIds.length > 0 && !principal.roles.includes('admin')) {
    return principal.officeIds.includes(scope.officeId);
  }
  return true;
}

/** Throws unless allowed: 'not_found' outside the tenant or office, 'forbidden' for a missing role. */
export function authorize(
  principal: Principal | null,
  permission: Permission,
  scope?: ResourceScope,
): Principal {
  if (!principal) throw new AppError('unauthenticated');
  if (scope && scope.tenantId !== principal.tenantId) throw new AppError('not_found');
  if (!can(principal, permission, scope)) {
    const outsideOffice = scope?.officeId && can(principal, permission, { tenantId: principal.tenantId });
    throw new AppError(outsideOffice ? 'not_found' : 'forbidden');
  }
  return principal;
}
