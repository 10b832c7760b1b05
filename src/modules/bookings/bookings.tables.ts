import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface CounsellorHoursTable {
  id: Generated<string>;
  tenant_id: string;
  office_id: string;
  staff_id: string;
  weekday: number;
  starts_at: string;
  ends_at: string;
}

export interface CounsellorExceptionsTable {
  id: Generated<string>;
  tenant_id: string;
  office_id: string;
  staff_id: string;
  on_date: string;
  kind: 'off' | 'extra';
  starts_at: string | null;
  ends_at: string | null;
  reason: string | null;
}

export type Registration = 'registered' | 'online';

export interface JobSeekersTable {
  id: Generated<string>;
  tenant_id: string;
  number: string;
  name: string;
  email: string | null;
  registration: Registration;
  refused_at: NullableTimestamp;
  refused_by: string | null;
  refused_reason: string | null;
  no_shows_counted_from: NullableTimestamp;
  created_at: Timestamp;
}

export type BookingStatus = 'booked' | 'cancelled' | 'no_show' | 'stopped';
export type BookingChannel = 'web' | 'api' | 'staff';
export type CancelChannel = 'phone' | 'self' | 'no_show' | 'refusal';

export interface BookingsTable {
  id: Generated<string>;
  tenant_id: string;
  office_id: string;
  counsellor_id: string;
  job_seeker_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  status: ColumnType<BookingStatus, BookingStatus | undefined, BookingStatus>;
  name: string;
  email: string;
  interpreter: boolean;
  assistant: boolean;
  assistance_note: string | null;
  channel: BookingChannel;
  created_by: string | null;
  follows_booking_id: string | null;
  meeting_provider: string;
  meeting_url: string;
  environment_confirmed_at: Timestamp;
  consent_id: string | null;
  policy_version_id: string | null;
  joined_at: NullableTimestamp;
  /** When the day-before reminder is due; cleared once the reminder sweep has dealt with it. */
  remind_at: NullableTimestamp;
  cancelled_at: NullableTimestamp;
  cancelled_by: string | null;
  cancel_channel: CancelChannel | null;
  cancel_reason: string | null;
  stopped_at: NullableTimestamp;
  stopped_by: string | null;
  stop_reason: string | null;
  created_at: Timestamp;
}

export interface BookingContactsTable {
  id: Generated<string>;
  tenant_id: string;
  booking_id: string;
  staff_id: string;
  at: Timestamp;
  note: string;
}

export interface BookingTables {
  counsellor_hours: CounsellorHoursTable;
  counsellor_exceptions: CounsellorExceptionsTable;
  job_seekers: JobSeekersTable;
  bookings: BookingsTable;
  booking_contacts: BookingContactsTable;
}
