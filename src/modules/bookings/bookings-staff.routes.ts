import { createRoute, z } from '@hono/zod-openapi';
import {
  BookingParams,
  BookingSchema,
  CounsellorParams,
  IdSchema,
  JobSeekerSchema,
  json,
  jsonBody,
  ReasonBody,
  staffErrors,
  TenantParam,
} from './bookings.api-schemas.ts';

// Staff JSON API (session cookie): the counsellor's day and every action on a session, the job-seeker
// register with no-show flags and refusals, and counsellors' hours. Another tenant answers 404.
const tags = ['Bookings (staff)'];
const base = '/api/staff/t/{tenant}';
const ExceptionParams = TenantParam.extend({
  exceptionId: z
    .string()
    .max(64)
    .openapi({ param: { name: 'exceptionId', in: 'path' } }),
});
const JobSeekerParams = TenantParam.extend({
  jobSeekerId: z
    .string()
    .max(64)
    .openapi({ param: { name: 'jobSeekerId', in: 'path' } }),
});

const action = (path: string, summary: string) =>
  createRoute({
    method: 'post',
    path: `${base}/bookings/{id}/${path}`,
    tags,
    summary,
    request: { params: BookingParams },
    responses: { 200: json(BookingSchema, 'The booking after the action'), ...staffErrors },
  });
const actionWith = <T extends z.ZodType>(path: string, summary: string, body: T) =>
  createRoute({
    method: 'post',
    path: `${base}/bookings/{id}/${path}`,
    tags,
    summary,
    request: { params: BookingParams, body: jsonBody(body) },
    responses: { 200: json(BookingSchema, 'The booking after the action'), ...staffErrors },
  });

export const staffRoutes = {
  sessions: createRoute({
    method: 'get',
    path: `${base}/sessions`,
    tags,
    summary: "A day's sessions (default today, Japan time), per office and counsellor",
    request: {
      params: TenantParam,
      query: z.object({
        date: z.iso.date().optional(),
        office: z.string().max(64).optional(),
        counsellor: z.string().max(64).optional(),
      }),
    },
    responses: {
      200: json(z.object({ date: z.string(), sessions: z.array(BookingSchema) }), 'Sessions'),
      ...staffErrors,
    },
  }),
  booking: createRoute({
    method: 'get',
    path: `${base}/bookings/{id}`,
    tags,
    summary: 'One session with its recorded contacts',
    request: { params: BookingParams },
    responses: {
      200: json(
        BookingSchema.extend({
          contacts: z.array(z.object({ at: z.string(), note: z.string(), staffName: z.string() })),
        }),
        'The booking',
      ),
      ...staffErrors,
    },
  }),
  join: action('join', 'Mark that the job seeker joined (the no-show sweep then skips it)'),
  contact: actionWith(
    'contacts',
    'Record a contact; it excuses absence from the no-show sweep (BOOK-NOSHOW)',
    z.object({ note: z.string() }),
  ),
  cancel: actionWith('cancel', 'Record a phone cancellation with its reason (BOOK-CANCEL)', ReasonBody),
  stop: actionWith(
    'stop',
    'Stop the session with a reason, optionally refusing further service (BOOK-STOP)',
    z.object({ reason: z.string(), refuse: z.boolean().optional(), cancelUpcoming: z.boolean().optional() }),
  ),
  resend: action('resend-invitation', 'Send the invitation again (BOOK-INVITE)'),
  followUp: createRoute({
    method: 'post',
    path: `${base}/bookings/{id}/follow-up`,
    tags,
    summary: 'Book the next session from inside this one (BOOK-FOLLOWUP; deadline applies; invitation sent)',
    request: {
      params: BookingParams,
      body: jsonBody(z.object({ startsAt: z.string(), sameCounsellor: z.boolean().optional() })),
    },
    responses: { 201: json(BookingSchema, 'The follow-up booking'), ...staffErrors },
  }),
  jobSeekers: createRoute({
    method: 'get',
    path: `${base}/job-seekers`,
    tags,
    summary: 'Job seekers with no-show counts and the flag at the tenant threshold (BOOK-REFUSE)',
    request: { params: TenantParam },
    responses: { 200: json(z.object({ jobSeekers: z.array(JobSeekerSchema) }), 'Register'), ...staffErrors },
  }),
  register: createRoute({
    method: 'post',
    path: `${base}/job-seekers`,
    tags,
    summary: 'Register a job seeker, or change online pre-registration to registered (BOOK-ELIGIBLE)',
    request: {
      params: TenantParam,
      body: jsonBody(
        z.object({
          number: z.string(),
          name: z.string(),
          email: z.string().optional(),
          registration: z.enum(['registered', 'online']),
        }),
      ),
    },
    responses: { 201: json(JobSeekerSchema, 'Registered'), ...staffErrors },
  }),
  jobSeeker: createRoute({
    method: 'get',
    path: `${base}/job-seekers/{jobSeekerId}`,
    tags,
    summary: 'A job seeker with their bookings (no-show history)',
    request: { params: JobSeekerParams },
    responses: {
      200: json(
        JobSeekerSchema.extend({ bookings: z.array(IdSchema.extend({ startsAt: z.string() })) }),
        'Job seeker',
      ),
      ...staffErrors,
    },
  }),
  refuse: createRoute({
    method: 'post',
    path: `${base}/job-seekers/{jobSeekerId}/refusal`,
    tags,
    summary: 'Refuse further bookings, with a reason (BOOK-REFUSE)',
    request: {
      params: JobSeekerParams,
      body: jsonBody(
        ReasonBody.extend({
          cancelUpcoming: z
            .boolean()
            .optional()
            .openapi({ description: 'Also cancel the sessions already booked, with a notice mail' }),
        }),
      ),
    },
    responses: { 200: json(JobSeekerSchema, 'Refused'), ...staffErrors },
  }),
  lift: createRoute({
    method: 'delete',
    path: `${base}/job-seekers/{jobSeekerId}/refusal`,
    tags,
    summary: 'Lift a refusal, with a reason (BOOK-REFUSE is reversible)',
    request: { params: JobSeekerParams, body: jsonBody(ReasonBody) },
    responses: { 200: json(JobSeekerSchema, 'Lifted'), ...staffErrors },
  }),
  hours: createRoute({
    method: 'put',
    path: `${base}/offices/{office}/counsellors/{staffId}/hours`,
    tags,
    summary: "Replace a counsellor's weekly hours at an office",
    request: {
      params: CounsellorParams,
      body: jsonBody(
        z.object({
          hours: z.array(z.object({ weekday: z.number(), startsAt: z.string(), endsAt: z.string() })),
        }),
      ),
    },
    responses: {
      200: json(
        z.object({
          hours: z.array(z.object({ weekday: z.number(), startsAt: z.string(), endsAt: z.string() })),
        }),
        'Saved',
      ),
      ...staffErrors,
    },
  }),
  exception: createRoute({
    method: 'post',
    path: `${base}/offices/{office}/counsellors/{staffId}/exceptions`,
    tags,
    summary: 'A dated exception: a day or part of it off, or extra hours',
    request: {
      params: CounsellorParams,
      body: jsonBody(
        z.object({
          onDate: z.string(),
          kind: z.enum(['off', 'extra']),
          startsAt: z.string().optional(),
          endsAt: z.string().optional(),
          reason: z.string().optional(),
        }),
      ),
    },
    responses: { 201: json(IdSchema, 'Added'), ...staffErrors },
  }),
  removeException: createRoute({
    method: 'delete',
    path: `${base}/exceptions/{exceptionId}`,
    tags,
    summary: 'Take back a dated exception',
    request: { params: ExceptionParams },
    responses: { 200: json(IdSchema, 'Removed'), ...staffErrors },
  }),
};
