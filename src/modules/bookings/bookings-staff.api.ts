import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { addHoursException } from './add-hours-exception.ts';
import { bookFollowUp } from './book-follow-up.ts';
import { bookingJson, bookingsHook } from './bookings.api-schemas.ts';
import { findBooking } from './bookings.repository.ts';
import { staffRoutes } from './bookings-staff.routes.ts';
import { cancelBooking } from './cancel-booking.ts';
import { checkIn } from './check-in.ts';
import { getBooking } from './get-booking.ts';
import { getJobSeeker, listJobSeekersWithFlags } from './get-job-seeker.ts';
import { liftRefusal } from './lift-refusal.ts';
import { listDaySessions } from './list-sessions.ts';
import { recordContact } from './record-contact.ts';
import { refuseJobSeeker } from './refuse-job-seeker.ts';
import { registerJobSeeker } from './register-job-seeker.ts';
import { removeHoursException } from './remove-hours-exception.ts';
import { resendInvitation } from './resend-invitation.ts';
import { setWeeklyHours } from './set-weekly-hours.ts';
import { stopSession } from './stop-session.ts';

// Staff JSON API handlers; the routes (OpenAPI) are in bookings-staff.staffRoutes.ts.
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

  app.openapi(staffRoutes.sessions, async (c) => {
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

  app.openapi(staffRoutes.booking, async (c) => {
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
    [staffRoutes.join, (o: Parameters<typeof checkIn>[1]) => checkIn(ctx, o)],
    [staffRoutes.resend, (o: Parameters<typeof resendInvitation>[1]) => resendInvitation(ctx, o)],
  ] as const;
  for (const [route, run] of simple) {
    app.openapi(route, async (c) => {
      const { tenant, id } = c.req.valid('param');
      await run({ principal: c.get('principal'), tenantId: tenant, bookingId: id });
      return c.json(await reload(tenant, id), 200);
    });
  }
  app.openapi(staffRoutes.contact, async (c) => {
    const { tenant, id } = c.req.valid('param');
    await recordContact(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      bookingId: id,
      input: c.req.valid('json'),
    });
    return c.json(await reload(tenant, id), 200);
  });

  app.openapi(staffRoutes.cancel, async (c) => {
    const { tenant, id } = c.req.valid('param');
    await cancelBooking(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      bookingId: id,
      input: c.req.valid('json'),
    });
    return c.json(await reload(tenant, id), 200);
  });

  app.openapi(staffRoutes.stop, async (c) => {
    const { tenant, id } = c.req.valid('param');
    await stopSession(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      bookingId: id,
      input: c.req.valid('json'),
    });
    return c.json(await reload(tenant, id), 200);
  });

  app.openapi(staffRoutes.followUp, async (c) => {
    const { tenant, id } = c.req.valid('param');
    const { booking } = await bookFollowUp(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      bookingId: id,
      input: c.req.valid('json'),
    });
    return c.json(await reload(tenant, booking.id), 201);
  });

  app.openapi(staffRoutes.jobSeekers, async (c) => {
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

  app.openapi(staffRoutes.register, async (c) => {
    const { tenant } = c.req.valid('param');
    const row = await registerJobSeeker(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      input: c.req.valid('json'),
    });
    const { bookings: _, ...j } = await jobSeekerJson(tenant, row.id, c.get('principal'));
    return c.json(j, 201);
  });

  app.openapi(staffRoutes.jobSeeker, async (c) => {
    const { tenant, jobSeekerId } = c.req.valid('param');
    return c.json(await jobSeekerJson(tenant, jobSeekerId, c.get('principal')), 200);
  });

  app.openapi(staffRoutes.refuse, async (c) => {
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

  app.openapi(staffRoutes.lift, async (c) => {
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

  app.openapi(staffRoutes.hours, async (c) => {
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

  app.openapi(staffRoutes.exception, async (c) => {
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

  app.openapi(staffRoutes.removeException, async (c) => {
    const { tenant, exceptionId } = c.req.valid('param');
    const row = await removeHoursException(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      exceptionId,
    });
    return c.json({ id: row.id }, 200);
  });
  return app;
}
