import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppContext } from '../../../context.ts';
import { csrfField } from '../../../http/csrf.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { errorSummary, textArea } from '../../../http/pages/forms.ts';
import { renderPage } from '../../../http/pages/layout.ts';
import { principalOf } from '../../../http/pages/staff-page.ts';
import { AppError } from '../../../kernel/errors.ts';
import { addHoursException } from '../add-hours-exception.ts';
import { hoursText, parseHoursText } from '../hours-text.ts';
import { listHoursBoard } from '../list-hours-board.ts';
import { removeHoursException } from '../remove-hours-exception.ts';
import { setWeeklyHours } from '../set-weekly-hours.ts';
import { type ExceptionFormState, exceptionsSection } from './hours-exceptions.views.ts';

type Failed =
  | { form: 'hours'; key: string; error: AppError; text: string }
  | ({ form: 'exception'; key: string } & ExceptionFormState);

const EXCEPTION_FIELDS = ['onDate', 'kind', 'startsAt', 'endsAt', 'reason'] as const;
const DONE: Record<string, [string, string]> = {
  saved: ['勤務時間を保存しました。', 'Hours saved.'],
  added: ['休み・追加勤務を追加しました。', 'Leave or extra hours added.'],
  removed: ['休み・追加勤務を取り消しました。', 'Leave or extra hours removed.'],
};

// Counsellors' weekly hours and dated exceptions (leave, extra hours) per office.
export function hoursPages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();
  const page = async (c: Context<AppEnv>, failed: Failed | null = null) => {
    const tr = t(c);
    const lang = c.get('lang');
    const principal = principalOf(c);
    const board = await listHoursBoard(ctx, { principal, tenantId: principal.tenantId });
    const sections = [];
    for (const { office, counsellors } of board) {
      const forms = [];
      for (const s of counsellors) {
        const key = `${office.id}-${s.id}`;
        const current = hoursText(s.hours);
        const error = failed?.form === 'hours' && failed.key === key ? failed.error : null;
        forms.push(html`<h3>${s.display_name}</h3>${errorSummary(error, lang)}
          <form method="post" action="/staff/bookings/hours/${office.id}/${s.id}">${csrfField(c.get('csrfToken'))}
            ${textArea({ name: `hours-${key}`, label: tr(`${s.display_name} の勤務時間`, `Hours of ${s.display_name}`), hint: tr('1行に1つ「曜日 開始-終了」（例: 月 09:00-12:00）', 'One range a line, "day start-end" (e.g. Mon 09:00-12:00)'), value: error && failed?.form === 'hours' ? failed.text : current, rows: 6, issues: error ? [{ field: `hours-${key}`, message: error.userMessage }] : [], lang })}
            <div class="actions"><button type="submit">${tr('保存', 'Save')}</button></div></form>
          ${exceptionsSection({ officeId: office.id, staffId: s.id, name: s.display_name, exceptions: s.exceptions, failed: failed?.form === 'exception' && failed.key === key ? failed : null, csrfToken: c.get('csrfToken'), lang, tr })}`);
      }
      sections.push(
        html`<h2>${lang === 'ja' ? office.name_ja : office.name_en}</h2>${forms.length ? forms : html`<p>${tr('相談員がいません。', 'No counsellors.')}</p>`}`,
      );
    }
    const done = DONE[c.req.query('done') ?? ''];
    const notice = done ? html`<div class="notice ok" role="status"><p>${tr(...done)}</p></div>` : '';
    return renderPage(c, {
      title: tr('相談員の勤務時間', "Counsellors' hours"),
      body: html`${notice}${sections}`,
      status: (failed?.error.status ?? 200) as 200,
    });
  };

  app.get('/staff/bookings/hours', (c) => page(c));
  app.post('/staff/bookings/hours/:office{[0-9a-f-]{36}}/:staff{[0-9a-f-]{36}}', async (c) => {
    const principal = principalOf(c);
    const { office, staff } = c.req.param();
    const key = `${office}-${staff}`;
    const body = await c.req.parseBody();
    const text = typeof body[`hours-${key}`] === 'string' ? (body[`hours-${key}`] as string) : '';
    try {
      await setWeeklyHours(ctx, {
        principal,
        tenantId: principal.tenantId,
        office,
        staffId: staff,
        input: { hours: parseHoursText(text) },
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'validation') throw error;
      return page(c, { form: 'hours', key, error, text });
    }
    return c.redirect('/staff/bookings/hours?done=saved', 303);
  });
  app.post('/staff/bookings/hours/:office{[0-9a-f-]{36}}/:staff{[0-9a-f-]{36}}/exceptions', async (c) => {
    const principal = principalOf(c);
    const { office, staff } = c.req.param();
    const body = await c.req.parseBody();
    const values: Record<string, string> = {};
    for (const field of EXCEPTION_FIELDS) {
      const raw = body[`x-${staff}-${office}-${field}`];
      if (typeof raw === 'string' && raw.trim() !== '') values[field] = raw.trim();
    }
    try {
      await addHoursException(ctx, {
        principal,
        tenantId: principal.tenantId,
        office,
        staffId: staff,
        input: values,
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'validation') throw error;
      return page(c, { form: 'exception', key: `${office}-${staff}`, error, values });
    }
    return c.redirect('/staff/bookings/hours?done=added', 303);
  });
  app.post('/staff/bookings/hours/exceptions/:id{[0-9a-f-]{36}}/remove', async (c) => {
    const principal = principalOf(c);
    await removeHoursException(ctx, {
      principal,
      tenantId: principal.tenantId,
      exceptionId: c.req.param('id'),
    });
    return c.redirect('/staff/bookings/hours?done=removed', 303);
  });
  return app;
}
