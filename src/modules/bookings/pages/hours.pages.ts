import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppContext } from '../../../context.ts';
import { csrfField } from '../../../http/csrf.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { errorSummary, textArea } from '../../../http/pages/forms.ts';
import { renderPage } from '../../../http/pages/layout.ts';
import { AppError } from '../../../kernel/errors.ts';
import type { Principal } from '../../../kernel/policy/authorize.ts';
import { hoursText, parseHoursText } from '../hours-text.ts';
import { listHoursBoard } from '../list-hours-board.ts';
import { setWeeklyHours } from '../set-weekly-hours.ts';

// Counsellors' weekly hours per office (dated exceptions: API …/exceptions).
function principalOf(c: Context<AppEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw new AppError('unauthenticated');
  return principal;
}

export function hoursPages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();
  const page = async (
    c: Context<AppEnv>,
    failed: { key: string; error: AppError; text: string } | null = null,
  ) => {
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
        const error = failed?.key === key ? failed.error : null;
        forms.push(html`<h3>${s.display_name}</h3>${errorSummary(error, lang)}
          <form method="post" action="/staff/bookings/hours/${office.id}/${s.id}">${csrfField(c.get('csrfToken'))}
            ${textArea({ name: `hours-${key}`, label: tr(`${s.display_name} の勤務時間`, `Hours of ${s.display_name}`), hint: tr('1行に1つ「曜日 開始-終了」（例: 月 09:00-12:00）', 'One range a line, "day start-end" (e.g. Mon 09:00-12:00)'), value: error ? failed!.text : current, rows: 6, issues: error ? [{ field: `hours-${key}`, message: error.userMessage }] : [], lang })}
            <div class="actions"><button type="submit">${tr('保存', 'Save')}</button></div></form>`);
      }
      sections.push(
        html`<h2>${lang === 'ja' ? office.name_ja : office.name_en}</h2>${forms.length ? forms : html`<p>${tr('相談員がいません。', 'No counsellors.')}</p>`}`,
      );
    }
    const done =
      c.req.query('done') === 'saved'
        ? html`<div class="notice ok" role="status"><p>${tr('勤務時間を保存しました。', 'Hours saved.')}</p></div>`
        : '';
    return renderPage(c, {
      title: tr('相談員の勤務時間', "Counsellors' hours"),
      body: html`${done}${sections}`,
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
      return page(c, { key, error, text });
    }
    return c.redirect('/staff/bookings/hours?done=saved', 303);
  });
  return app;
}
