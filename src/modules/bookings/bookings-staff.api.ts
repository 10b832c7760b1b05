import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { addHoursException } from './add-hours-exception.ts';
import { bookFollowUp } from './book-follow-up.ts';
import {
  BookingParams,
  BookingSchema,
  bookingJson,
  bookingsHook,
  CounsellorParams,
  IdSchema,
  JobSeekerSchema,
  json,
  jsonBody,
  ReasonBody,
  staffErrors,
  TenantParam,
} from './bookings.api-schemas.ts';
import { findBooking } from './bookings.repository.ts';
import { cancelBooking } from './cancel-booking.ts';
import { checkIn } from './check-in.ts';
import { getBooking } from './get-booking.ts';
import { getJobSeeker, listJobSeekersWithFlags } from './get-job-seeker.ts';
import { listDaySessions } from './list-sessions.ts';
import { recordContact } from './record-contact.ts';
import { liftRefusal, refuseJobSeeker } from './refuse-job-seeker.ts';
import { registerJobSeeker } from './register-job-seeker.ts';
import { resendInvitation } from './resend-invitation.ts';
import { setWeeklyHours } from './set-weekly-hours.ts';
import { stopSession } from './stop-session.ts';

// Staff JSON API (session cookie): the counsellor's day and every action on a session, the job-seeker
// register with no-show flags and refusals, and counsellors' hours. Another tenant answers 404.
const tags = ['Bookings (staff)'];
const base = '/api/staff/t/{tenant}';
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

const routes = {
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
    z.object({ reason: z.string(), refuse: z.boolean().optional() }),
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
    request: { params: JobSeekerParams, body: jsonBody(ReasonBody) },
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
};

export function staffBookingApi(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: bookingsHook });
  const reload = async (tenantId: string, id: string) =>
    bookingJson((await findBooking(ctx.db, tenantId, id))!);
  const jobSeekerJson = async (tenantId: string, id: string, principal: AppEnv['Variables']['principal']) => {
    const j = await getJobSeeker(ctx, { principal, tenantId, jobSeekerId: id });
    return {
      id: j.jobSeeker.id,
      number: j.jobSeeker.number,
      name: j.jobSeeker.name,
      registration: j.jobSeeker.registration,
      refused: Boolean(j.jobSeeker.refused_at),
      refusedReason: j.jobSeeker.refused_reason,
      noShows: j.noShows,
      flagged: j.flagged,
      bookings: j.bookings.map((b) => ({ id: b.id, status: b.status, startsAt: b.starts_at.toISOString() })),
    };
  };

  app.openapi(routes.sessions, async (c) => {
    const { tenant } = c.req.valid('param');
    const q = c.req.valid('query');
    const day = await listDaySessions(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      ...(q.date ? { date: q.date } : {}),
      ...(q.office ? { office: q.office } : {}),
      ...(q.counsellor ? { counsellorId: q.counsellor } : {}),
    });
    return c.json({ date: day.date, sessions: day.sessions.map(bookingJson) }, 200);
  });

  app.openapi(routes.booking, async (c) => {
    const { tenant, id } = c.req.valid('param');
    const { booking, contacts } = await getBooking(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      bookingId: id,
    });
    const contactsJson = contacts.map((x) => ({
      at: x.at.toISOString(),
      note: x.note,
      staffName: x.staff_name,
    }));
    return c.json({ ...bookingJson(booking), contacts: contactsJson }, 200);
  });

  const simple = [
    [routes.join, (o: Parameters<typeof checkIn>[1]) => checkIn(ctx, o)],
    [routes.resend, (o: Parameters<typeof resendInvitation>[1]) => resendInvitation(ctx, o)],
  ] as const;
  for (const [route, run] of simple) {
    app.openapi(route, async (c) => {
      const { tenant, id } = c.req.valid('param');
      await run({ principal: c.get('principal'), tenantId: tenant, bookingId: id });
      return c.json(await reload(tenant, id), 200);
    });
  }
  app.openapi(routes.contact, async (c) => {
    const { tenant, id } = c.req.valid('param');
    await recordContact(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      bookingId: id,
      input: c.req.valid('json'),
    });
    return c.json(await reload(tenant, id), 200);
  });

  app.openapi(routes.cancel, async (c) => {
    const { tenant, id } = c.req.valid('param');
    await cancelBooking(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      bookingId: id,
      input: c.req.valid('json'),
    });
    return c.json(await reload(tenant, id), 200);
  });

  app.openapi(routes.stop, async (c) => {
    const { tenant, id } = c.req.valid('param');
    await stopSession(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      bookingId: id,
      input: c.req.valid('json'),
    });
    return c.json(await reload(tenant, id), 200);
  });

  app.openapi(routes.followUp, async (c) => {
    const { tenant, id } = c.req.valid('param');
    const { booking } = await bookFollowUp(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      bookingId: id,
      input: c.req.valid('json'),
    });
    return c.json(await reload(tenant, booking.id), 201);
  });

  app.openapi(routes.jobSeekers, async (c) => {
    const { tenant } = c.req.valid('param');
    const rows = await listJobSeekersWithFlags(ctx, { principal: c.get('principal'), tenantId: tenant });
    const jobSeekers = rows.map((j) => ({
      id: j.id,
      number: j.number,
      name: j.name,
      registration: j.registration,
      refused: Boolean(j.refused_at),
      refusedReason: j.refused_reason,
      noShows: j.no_shows,
      flagged: j.flagged,
    }));
    return c.json({ jobSeekers }, 200);
  });

  app.openapi(routes.register, async (c) => {
    const { tenant } = c.req.valid('param');
    const row = await registerJobSeeker(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      input: c.req.valid('json'),
    });
    const { bookings: _, ...j } = await jobSeekerJson(tenant, row.id, c.get('principal'));
    return c.json(j, 201);
  });

  app.openapi(routes.jobSeeker, async (c) => {
    const { tenant, jobSeekerId } = c.req.valid('param');
    return c.json(await jobSeekerJson(tenant, jobSeekerId, c.get('principal')), 200);
  });

  app.openapi(routes.refuse, async (c) => {
    const { tenant, jobSeekerId } = c.req.valid('param');
    await refuseJobSeeker(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      jobSeekerId,
      input: c.req.valid('json'),
    });
    const { bookings: _, ...j } = await jobSeekerJson(tenant, jobSeekerId, c.get('principal'));
    return c.json(j, 200);
  });

  app.openapi(routes.lift, async (c) => {
    const { tenant, jobSeekerId } = c.req.valid('param');
    await liftRefusal(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      jobSeekerId,
      input: c.req.valid('json'),
    });
    const { bookings: _, ...j } = await jobSeekerJson(tenant, jobSeekerId, c.get('principal'));
    return c.json(j, 200);
  });

  app.openapi(routes.hours, async (c) => {
    const { tenant, office, staffId } = c.req.valid('param');
    const hours = await setWeeklyHours(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      office,
      staffId,
      input: c.req.valid('json'),
    });
    return c.json({ hours }, 200);
  });

  app.openapi(routes.exception, async (c) => {
    const { tenant, office, staffId } = c.req.valid('param');
    const row = await addHoursException(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      office,
      staffId,
      input: c.req.valid('json'),
    });
    return c.json({ id: row.id }, 201);
  });
  return app;
}
