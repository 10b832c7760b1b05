import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppContext } from '../../../context.ts';
import { csrfField } from '../../../http/csrf.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import {
  checkboxGroup,
  errorSummary,
  formToObject,
  selectField,
  textField,
} from '../../../http/pages/forms.ts';
import { renderPage } from '../../../http/pages/layout.ts';
import { formError, principalOf } from '../../../http/pages/staff-page.ts';
import type { AppError } from '../../../kernel/errors.ts';
import { formatWallTime } from '../../../kernel/time/zoned.ts';
import { getJobSeeker, listJobSeekersWithFlags } from '../get-job-seeker.ts';
import { liftRefusal } from '../lift-refusal.ts';
import { refuseJobSeeker } from '../refuse-job-seeker.ts';
import { registerJobSeeker } from '../register-job-seeker.ts';
import { DONE, STATUS } from './console.views.ts';

// BOOK-ELIGIBLE / BOOK-REFUSE in the console: the register, no-show history, the refusal decision.

export function jobSeekerPages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();

  const list = async (c: Context<AppEnv>, error: AppError | null = null) => {
    const tr = t(c);
    const lang = c.get('lang');
    const principal = principalOf(c);
    const rows = await listJobSeekersWithFlags(ctx, { principal, tenantId: principal.tenantId });
    const done = DONE[c.req.query('done') ?? ''];
    const issues = error?.issues ?? [];
    const body = html`${done ? html`<div class="notice ok" role="status"><p>${tr(...done)}</p></div>` : ''}
    <div class="table-wrap"><table>
      <caption class="muted">${tr('無断欠席が基準回数に達した方には「要確認」と表示します。', 'Those who reach the no-show threshold are marked "review".')}</caption>
      <thead><tr><th scope="col">${tr('求職番号', 'Number')}</th><th scope="col">${tr('氏名', 'Name')}</th><th scope="col">${tr('登録区分', 'Registration')}</th><th scope="col">${tr('無断欠席', 'No-shows')}</th><th scope="col">${tr('状態', 'State')}</th></tr></thead>
      <tbody>${rows.map(
        (
          j,
        ) => html`<tr><td><a href="/staff/bookings/job-seekers/${j.id}">${j.number}</a></td><td>${j.name}</td>
          <td>${j.registration === 'registered' ? tr('利用登録者', 'Registered') : tr('オンライン登録のみ', 'Online pre-registration only')}</td>
          <td>${j.no_shows}</td>
          <td>${j.refused_at ? html`<strong>${tr('お断り中', 'Refused')}</strong>` : j.flagged ? html`<strong>${tr('要確認', 'Review')}</strong>` : tr('―', '—')}</td></tr>`,
      )}</tbody></table></div>
    <h2>${tr('求職者の登録', 'Register a job seeker')}</h2>
    ${errorSummary(error, lang)}
    <form method="post" action="/staff/bookings/job-seekers">${csrfField(c.get('csrfToken'))}
      ${textField({ name: 'number', label: tr('求職番号', 'Job-seeker number'), required: true, inputmode: 'numeric', issues, lang })}
      ${textField({ name: 'name', label: tr('氏名', 'Name'), required: true, issues, lang })}
      ${selectField({
        name: 'registration',
        label: tr('登録区分', 'Registration'),
        options: [
          { value: 'registered', label: tr('利用登録者（予約可）', 'Registered (may book)') },
          { value: 'online', label: tr('オンライン登録のみ', 'Online pre-registration only') },
        ],
        issues,
        lang,
      })}
      <div class="actions"><button type="submit">${tr('登録する', 'Register')}</button></div>
    </form>`;
    return renderPage(c, {
      title: tr('求職者と無断欠席', 'Job seekers and no-shows'),
      body,
      status: (error?.status ?? 200) as 200,
    });
  };

  app.get('/staff/bookings/job-seekers', (c) => list(c));
  app.post('/staff/bookings/job-seekers', async (c) => {
    const principal = principalOf(c);
    try {
      await registerJobSeeker(ctx, {
        principal,
        tenantId: principal.tenantId,
        input: formToObject(await c.req.parseBody()),
      });
    } catch (error) {
      return list(c, formError(error));
    }
    return c.redirect('/staff/bookings/job-seekers?done=registered', 303);
  });

  const detail = async (c: Context<AppEnv>, error: AppError | null = null) => {
    const tr = t(c);
    const lang = c.get('lang');
    const principal = principalOf(c);
    const j = await getJobSeeker(ctx, {
      principal,
      tenantId: principal.tenantId,
      jobSeekerId: c.req.param('id')!,
    });
    const done = DONE[c.req.query('done') ?? ''];
    const refused = Boolean(j.jobSeeker.refused_at);
    const now = ctx.clock.now().getTime();
    const upcoming = j.bookings.filter((b) => b.status === 'booked' && b.starts_at.getTime() > now).length;
    const body = html`${done ? html`<div class="notice ok" role="status"><p>${tr(...done)}</p></div>` : ''}
    <p>${j.jobSeeker.name}（${j.jobSeeker.number}）</p>
    ${j.flagged && !refused ? html`<div class="notice warn"><p>${tr(`連絡のない欠席が${j.noShows}回あります（基準 ${j.threshold} 回）。今後の予約をお断りするかどうかを判断してください。`, `${j.noShows} no-shows without contact (threshold ${j.threshold}). Decide whether to refuse further bookings.`)}</p></div>` : ''}
    ${refused ? html`<div class="notice error"><p>${tr('今後の予約をお断りしています。', 'Further bookings are refused.')} ${tr('理由', 'Reason')}: ${j.jobSeeker.refused_reason}</p></div>` : ''}
    <h2>${tr('予約の履歴', 'Bookings')}</h2>
    <ul>${j.bookings.map((b) => html`<li><a href="/staff/bookings/${b.id}">${formatWallTime(b.starts_at, lang)}</a> — ${tr(...STATUS[b.status])}</li>`)}</ul>
    <h2>${refused ? tr('お断りの解除', 'Lift the refusal') : tr('今後の予約をお断りする', 'Refuse further bookings')}</h2>
    ${errorSummary(error, lang)}
    <form method="post" action="/staff/bookings/job-seekers/${j.jobSeeker.id}/${refused ? 'lift' : 'refuse'}">${csrfField(c.get('csrfToken'))}
      ${textField({ name: 'reason', label: tr('理由', 'Reason'), required: true, issues: error?.issues ?? [], lang })}
      ${!refused && upcoming > 0 ? checkboxGroup({ name: 'cancelUpcoming', legend: tr('予約済みの相談', 'Sessions already booked'), options: [{ value: 'on', checked: true, label: tr(`今後の予約（${upcoming}件）も取り消し、本人にメールで知らせる`, `Also cancel the ${upcoming} upcoming session(s) and tell the job seeker by e-mail`) }], lang }) : ''}
      <div class="actions"><button type="submit" class="${refused ? 'secondary' : 'danger'}">${refused ? tr('解除する', 'Lift') : tr('お断りする', 'Refuse')}</button></div>
    </form>`;
    return renderPage(c, { title: tr('求職者', 'Job seeker'), body, status: (error?.status ?? 200) as 200 });
  };

  app.get('/staff/bookings/job-seekers/:id{[0-9a-f-]{36}}', (c) => detail(c));
  for (const [path, run, done] of [
    ['refuse', refuseJobSeeker, 'refused'],
    ['lift', liftRefusal, 'lifted'],
  ] as const) {
    app.post(`/staff/bookings/job-seekers/:id{[0-9a-f-]{36}}/${path}`, async (c) => {
      const principal = principalOf(c);
      const id = c.req.param('id');
      try {
        await run(ctx, {
          principal,
          tenantId: principal.tenantId,
          jobSeekerId: id,
          input: formToObject(await c.req.parseBody()),
        });
      } catch (error) {
        return detail(c, formError(error));
      }
      return c.redirect(`/staff/bookings/job-seekers/${id}?done=${done}`, 303);
    });
  }
  return app;
}
