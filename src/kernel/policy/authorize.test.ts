import { describe, expect, test } from 'vitest';
import type { AppError } from '../errors.ts';
import { authorize, can, type Principal } from './authorize.ts';

const counsellor: Principal = {
  staffId: 's1',
  tenantId: 'hw-a',
  roles: ['counsellor'],
  officeIds: ['office-1'],
};
const admin: Principal = { staffId: 's2', tenantId: 'hw-a', roles: ['admin'], officeIds: [] };

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'allowed';
  } catch (error) {
    return (error as AppError).code;
  }
};

describe('authorize() over the declarative table', () => {
  test('a role listed for the permission is allowed in its own tenant and office', () => {
    expect(can(counsellor, 'booking.manage', { tenantId: 'hw-a', officeId: 'office-1' })).toBe(true);
  });

  test('another tenant looks like "not found", whatever the role', () => {
    expect(codeOf(() => authorize(admin, 'staff.manage', { tenantId: 'hw-b' }))).toBe('not_found');
    expect(codeOf(() => authorize(counsellor, 'booking.manage', { tenantId: 'hw-b' }))).toBe('not_found');
  });

  test('an office-scoped counsellor does not see another office; an admin does', () => {
    expect(
      codeOf(() => authorize(counsellor, 'booking.manage', { tenantId: 'hw-a', officeId: 'office-2' })),
    ).toBe('not_found');
    expect(codeOf(() => authorize(admin, 'booking.manage', { tenantId: 'hw-a', officeId: 'office-2' }))).toBe(
      'allowed',
    );
  });

  test('a missing role is forbidden; no principal is unauthenticated', () => {
    expect(codeOf(() => authorize(counsellor, 'policy.publish', { tenantId: 'hw-a' }))).toBe('forbidden');
    expect(codeOf(() => authorize(null, 'policy.read'))).toBe('unauthenticated');
  });
});
