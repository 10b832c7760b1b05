import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../../kernel/policy/authorize.ts';

export interface StaffTable {
  id: Generated<string>;
  tenant_id: string;
  email: string;
  display_name: string;
  roles: ColumnType<Role[], Role[], Role[]>;
  office_ids: ColumnType<string[], string[] | undefined, string[]>;
  password_hash: string;
  password_changed_at: ColumnType<Date, Date, Date>;
  totp_secret: string | null;
  totp_enabled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
  failed_logins: Generated<number>;
  locked_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface StaffPasswordHistoryTable {
  seq: Generated<number>;
  staff_id: string;
  password_hash: string;
  created_at: ColumnType<Date, Date, Date>;
}

export interface StaffSessionsTable {
  id: string;
  staff_id: string;
  tenant_id: string;
  created_at: ColumnType<Date, Date, Date>;
  expires_at: ColumnType<Date, Date, Date>;
  last_seen_at: ColumnType<Date, Date, Date>;
  second_factor_done: Generated<boolean>;
  user_agent: string | null;
}

export interface StaffLoginThrottleTable {
  email_hash: string;
  failed_logins: Generated<number>;
  locked_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  updated_at: ColumnType<Date, Date, Date>;
}

export interface StaffTables {
  staff: StaffTable;
  staff_login_throttle: StaffLoginThrottleTable;
  staff_password_history: StaffPasswordHistoryTable;
  staff_sessions: StaffSessionsTable;
}
