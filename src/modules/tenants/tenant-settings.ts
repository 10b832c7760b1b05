import { z } from 'zod';
import type { ClosureRules } from '../../kernel/time/calendar.ts';

// Values RULES.md leaves open, per tenant, with the rulebook's defaults.
export const tenantSettingsSchema = z.object({
  /** SNS-HOURS / calendar: the year-end break, 'MM-DD'..'MM-DD'; null for none. */
  yearEndBreak: z
    .object({ from: z.string().regex(/^\d\d-\d\d$/), to: z.string().regex(/^\d\d-\d\d$/) })
    .nullable()
    .default({ from: '12-29', to: '01-03' }),
  /** BOOK-LENGTH */
  bookingLengthMinutes: z.number().int().min(10).max(180).default(30),
  /** BOOK-DEADLINE */
  bookingDeadline: z
    .enum(['previous-calendar-day', 'previous-business-day-closing'])
    .default('previous-calendar-day'),
  /** BOOK-NOSHOW: minutes after the start */
  noShowAfterMinutes: z.number().int().min(1).max(60).default(10),
  /** BOOK-REFUSE: no-shows before the job seeker is flagged */
  noShowFlagThreshold: z.number().int().min(1).max(20).default(2),
  /** BOOK-CANCEL: self-service cancel link in the invitation */
  selfServiceCancel: z.boolean().default(false),
  /** BOOK-INVITE: reminder mail the day before */
  reminderDayBefore: z.boolean().default(true),
  /** REC-STATS: smallest count that may be published */
  statsMinimumCount: z.number().int().min(2).default(10),
  /** SNS-NOREPLY */
  repliesEnabled: z.boolean().default(false),
});

export type TenantSettings = z.output<typeof tenantSettingsSchema>;

export function parseTenantSettings(raw: unknown): TenantSettings {
  return tenantSettingsSchema.parse(raw ?? {});
}

export function closureRules(
  settings: TenantSettings,
  zone: string,
  closures: { starts_on: string; ends_on: string; reason: string }[],
): ClosureRules {
  return {
    yearEndBreak: settings.yearEndBreak,
    zone,
    closures: closures.map((c) => ({ startsOn: c.starts_on, endsOn: c.ends_on, reason: c.reason })),
  };
}
