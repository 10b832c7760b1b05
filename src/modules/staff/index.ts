// Staff: people, roles, password policy (SNS-PASSWORD), sessions, TOTP.
export { type ChangePasswordOptions, changePassword, PASSWORD_HISTORY_DEPTH } from './change-password.ts';
export { type CreateStaffOptions, createStaff } from './create-staff.ts';
export {
  LOCK_MINUTES,
  type LoginOptions,
  type LoginResult,
  login,
  MAX_FAILED_LOGINS,
  type SecondFactorStep,
} from './login.ts';
export {
  type DeactivateStaffOptions,
  deactivateStaff,
  getStaff,
  getStaffByEmail,
  listStaff,
  type UpdateStaffRolesOptions,
  updateStaffRoles,
} from './manage-staff.ts';
export { assertPasswordPolicy, generatePassword, passwordProblem } from './password-policy.ts';
export { type ResetAccessOptions, resetSecondFactor, setStaffPassword } from './reset-access.ts';
export { type SecondFactorState, secondFactorState, verifySecondFactor } from './second-factor.ts';
export {
  findSession,
  logout,
  requiresSecondFactor,
  resolveSession,
  SESSION_ABSOLUTE_MINUTES,
  SESSION_IDLE_MINUTES,
  type StaffSession,
} from './sessions.ts';
export type { StaffRow } from './staff.repository.ts';
export { roleLabels, staffFieldLabels } from './staff.schema.ts';
export type { StaffTables } from './staff.tables.ts';
export { currentTotpCode, totpUri } from './totp.ts';
