import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppContext } from '../../../context.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { formToObject } from '../../../http/pages/forms.ts';
import { renderPage } from '../../../http/pages/layout.ts';
import { principalOf } from '../../../http/pages/staff-page.ts';
import { AppError } from '../../../kernel/errors.ts';
import type { Principal } from '../../../kernel/policy/authorize.ts';
import { formatWallTime, toWallTime } from '../../../kernel/time/zoned.ts';
import { listOffices } from '../../tenants/index.ts';
import { bookFollowUp } from '../book-follow-up.ts';
import { cancelBooking } from '../cancel-booking.ts';
import { checkIn } from '../check-in.ts';
import { findFreeSlots } from '../find-free-slots.ts';
import { getBooking } from '../get-booking.ts';
import { listDaySessions } from '../list-sessions.ts';
import { recordContact } from '../record-contact.ts';
import { resendInvitation } from '../resend-invitation.ts';
import { stopSession } from '../stop-session.ts';
import { DONE, dayFilter, dayTable, sessionActions, sessionDetails } from './console.views.ts';

// The counsellor's console: the day's sessions and everything done in or about one session.

/** Form fields named per form (two forms on one page both ask for a reason) back to the use-case's names. */
function renamed(error: AppError, from: string, to: string): AppError {
  const issues = error.issues.map((i) => (i.field === from ? { ...i, field: to } : i));
  return new AppError(error.code, {
    message: error.userMessage,
    issues,
    ...(error.ruleId ? { ruleId: error.ruleId } : {}),
  });
}

export function consolePages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();

  app.get('/staff/bookings', async (c) => {
    const tr = t(c);
    const lang = c.get('lang');
    const principal = principalOf(c);
    const office = c.req.query('office') ?? '';
    const date = /^\d{4}-\d{2}-\d{2}$/.test(c.req.query('date') ?? '') ? c.req.query('date') : undefined;
    const day = await listDaySessions(ctx, {
      principal,
      tenantId: principal.tenantId,
      ...(date ? { date } : {}),
      ...(office ? { office } : {}),
    });
    const offices = (await listOffices(ctx.db, principal.tenantId))
      .filter(
        (o) =>
          principal.roles.includes('admin') ||
          principal.officeIds.length === 0 ||
          principal.officeIds.includes(o.id),
      )
      .map((o) => ({ value: o.slug, label: lang === 'ja' ? o.name_ja : o.name_en }));
    const body = html`${dayFilter({ date: day.date, office, offices, tr, lang })}${dayTable(day.sessions, tr)}
      <ul><li><a href="/staff/bookings/job-seekers">${tr('求職者と無断欠席', 'Job seekers and no-shows')}</a></li>
      <li><a href="/staff/bookings/hours">${tr('相談員の勤務時間', "Counsellors' hours")}</a></li></ul>`;
    return renderPage(c, { title: tr('相談予約（一日の予定）', "Consultations: the day's sessions"), body });
  });

  const detail = async (c: Context<AppEnv>, error: AppError | null = null) => {
    const tr = t(c);
    const lang = c.get('lang');
    const principal = principalOf(c);
    const { booking, contacts } = await getBooking(ctx, {
      principal,
      tenantId: principal.tenantId,
      bookingId: c.req.param('id')!,
    });
    const free =
      booking.status === 'booked'
        ? await findFreeSlots(ctx, { tenantId: principal.tenantId, office: booking.office_id, days: 30 })
        : { days: [] };
    const followUpSlots = free.days.flatMap((d) =>
      d.slots.map((s) => ({ value: s.startsAt.toISOString(), label: formatWallTime(s.startsAt, lang) })),
    );
    const done = DONE[c.req.query('done') ?? ''];
    const body = html`${done ? html`<div class="notice ok" role="status"><p>${tr(...done)}</p></div>` : ''}
      ${sessionDetails(booking, contacts, tr, lang)}
      ${sessionActions({ b: booking, csrf: c.get('csrfToken'), tr, lang, followUpSlots, error })}
      <p><a href="/staff/bookings?date=${toWallTime(booking.starts_at).date}">${tr('一日の予定へ戻る', "Back to the day's sessions")}</a></p>`;
    return renderPage(c, {
      title: tr('相談の詳細', 'Session'),
      body,
      status: (error?.status ?? 200) as 200,
    });
  };

  app.get('/staff/bookings/:id{[0-9a-f-]{36}}', (c) => detail(c));

  type Act = (p: Principal, id: string, body: Record<string, unknown>) => Promise<unknown>;
  const actions: [string, string, Act, [string, string]?][] = [
    ['join', 'joined', (p, id) => checkIn(ctx, { principal: p, tenantId: p.tenantId, bookingId: id })],
    [
      'contact',
      'contact',
      (p, id, body) => recordContact(ctx, { principal: p, tenantId: p.tenantId, bookingId: id, input: body }),
    ],
    [
      'resend',
      'resent',
      (p, id) => resendInvitation(ctx, { principal: p, tenantId: p.tenantId, bookingId: id }),
    ],
    [
      'follow-up',
      'followup',
      (p, id, body) => bookFollowUp(ctx, { principal: p, tenantId: p.tenantId, bookingId: id, input: body }),
    ],
    [
      'cancel',
      'cancelled',
      (p, id, body) =>
        cancelBooking(ctx, {
          principal: p,
          tenantId: p.tenantId,
          bookingId: id,
          input: { reason: body.cancelReason },
        }),
      ['reason', 'cancelReason'],
    ],
    [
      'stop',
      'stopped',
      (p, id, body) =>
        stopSession(ctx, {
          principal: p,
          tenantId: p.tenantId,
          bookingId: id,
          input: { reason: body.stopReason, refuse: body.refuse, cancelUpcoming: body.cancelUpcoming },
        }),
      ['reason', 'stopReason'],
    ],
  ];
  for (const [path, done, run, rename] of actions) {
    app.post(`/staff/bookings/:id{[0-9a-f-]{36}}/${path}`, async (c) => {
      const principal = principalOf(c);
      const id = c.req.param('id');
      try {
        await run(principal, id, formToObject(await c.req.parseBody({ all: true })));
      } catch (error) {
        if (
          !(error instanceof AppError) ||
          ['not_found', 'internal', 'unauthenticated', 'forbidden'].includes(error.code)
        )
          throw error;
        return detail(c, rename ? renamed(error, rename[0], rename[1]) : error);
      }
      return c.redirect(`/staff/bookings/${id}?done=${done}`, 303);
    });
  }
  return app;
}
