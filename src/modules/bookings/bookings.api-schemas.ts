import { z } from '@hono/zod-openapi';
import { ErrorSchema, errorResponse, json, jsonBody, pathSegment, TenantParam } from '../../http/openapi.ts';
import { fromZodError } from '../../kernel/validation.ts';
import type { BookingRow } from './bookings.repository.ts';
import { bookingFieldLabels } from './bookings.schema.ts';

// Request and response shapes of the bookings API (OpenAPI). Requests are described here and
// validated by the use-cases, which name each field in Japanese and English.

export const bookingsHook = (result: { success: true } | { success: false; error: z.ZodError }) => {
  if (!result.success) throw fromZodError(result.error, bookingFieldLabels);
};

const err = errorResponse;
export const publicErrors = {
  400: err('Invalid input, each field named (ja/en; Accept-Language: en for English)'),
  404: err('No such tenant, office or booking'),
  409: err('その枠は先に予約されました — the slot was taken first'),
  422: err('A rule refuses it: BOOK-DEADLINE, BOOK-ELIGIBLE, BOOK-REFUSE'),
};
export const staffErrors = {
  ...publicErrors,
  401: err('Not logged in'),
  403: err('Missing role'),
};

export { ErrorSchema, json, jsonBody, TenantParam };

const segment = pathSegment;
export const OfficeParams = TenantParam.extend({ office: segment('office', 'kibi-central') });
export const BookingParams = TenantParam.extend({ id: segment('id', '0b6c…') });
export const CounsellorParams = OfficeParams.extend({ staffId: segment('staffId', '5f1e…') });

const instant = z.string().openapi({ format: 'date-time', example: '2026-12-02T09:00:00+09:00' });

export const SlotsSchema = z
  .object({
    office: z.object({ slug: z.string(), nameJa: z.string(), nameEn: z.string(), phone: z.string() }),
    lengthMinutes: z.number(),
    days: z.array(
      z.object({
        date: z.string(),
        closed: z.enum(['saturday', 'sunday', 'holiday', 'year-end', 'closure']).nullable(),
        slots: z.array(z.object({ startsAt: instant, endsAt: instant, free: z.number() })),
      }),
    ),
  })
  .openapi('FreeSlots');

export const CreateBookingBody = z
  .object({
    office: z.string().openapi({ example: 'kibi-central' }),
    startsAt: instant,
    name: z.string().openapi({ example: '山田 花子' }),
    jobSeekerNumber: z.string().openapi({
      example: '33010-12345678',
      description: 'BOOK-NUMBER; full-width digits and other dashes are accepted',
    }),
    email: z.string().openapi({ example: 'hanako@example.jp' }),
    interpreter: z.boolean().optional(),
    assistant: z.boolean().optional(),
    assistanceNote: z.string().optional(),
    environment: z
      .array(z.string())
      .openapi({ description: 'BOOK-ENV: every key of GET …/bookings/checklist' }),
  })
  .openapi('CreateBooking');

export const PublicBookingSchema = z
  .object({
    id: z.string(),
    status: z.string(),
    startsAt: instant,
    endsAt: instant,
    office: z.object({ nameJa: z.string(), nameEn: z.string(), phone: z.string() }),
    invitation: z
      .string()
      .openapi({ description: 'BOOK-INVITE: sent by e-mail today; call the office if it does not arrive' }),
  })
  .openapi('PublicBooking');

export const ChecklistSchema = z
  .object({ items: z.array(z.object({ key: z.string(), ja: z.string(), en: z.string() })) })
  .openapi('EnvironmentChecklist');

export const BookingSchema = z
  .object({
    id: z.string(),
    officeId: z.string(),
    counsellorId: z.string(),
    counsellorName: z.string(),
    jobSeekerId: z.string(),
    jobSeekerNumber: z.string(),
    status: z.enum(['booked', 'cancelled', 'no_show', 'stopped']),
    startsAt: instant,
    endsAt: instant,
    name: z.string(),
    email: z.string(),
    interpreter: z.boolean(),
    assistant: z.boolean(),
    assistanceNote: z.string().nullable(),
    meetingUrl: z.string(),
    joinedAt: instant.nullable(),
    followsBookingId: z.string().nullable(),
    cancelledAt: instant.nullable(),
    cancelChannel: z.string().nullable(),
    cancelReason: z.string().nullable(),
    stopReason: z.string().nullable(),
    policyVersionId: z.string().nullable(),
  })
  .openapi('Booking');

export function bookingJson(b: BookingRow) {
  return {
    id: b.id,
    officeId: b.office_id,
    counsellorId: b.counsellor_id,
    counsellorName: b.counsellor_name,
    jobSeekerId: b.job_seeker_id,
    jobSeekerNumber: b.job_seeker_number,
    status: b.status,
    startsAt: b.starts_at.toISOString(),
    endsAt: b.ends_at.toISOString(),
    name: b.name,
    email: b.email,
    interpreter: b.interpreter,
    assistant: b.assistant,
    assistanceNote: b.assistance_note,
    meetingUrl: b.meeting_url,
    joinedAt: b.joined_at?.toISOString() ?? null,
    followsBookingId: b.follows_booking_id,
    cancelledAt: b.cancelled_at?.toISOString() ?? null,
    cancelChannel: b.cancel_channel,
    cancelReason: b.cancel_reason,
    stopReason: b.stop_reason,
    policyVersionId: b.policy_version_id,
  };
}

export const JobSeekerSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    name: z.string(),
    registration: z.enum(['registered', 'online']),
    refused: z.boolean(),
    refusedReason: z.string().nullable(),
    noShows: z.number(),
    flagged: z.boolean(),
  })
  .openapi('JobSeeker');

export const ReasonBody = z.object({ reason: z.string() });
export const IdSchema = z.object({ id: z.string(), status: z.string().optional() });
