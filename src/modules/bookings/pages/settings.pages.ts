import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppContext } from '../../../context.ts';
import { csrfField } from '../../../http/csrf.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { errorSummary, formToObject, selectField, textField } from '../../../http/pages/forms.ts';
import { renderPage } from '../../../http/pages/layout.ts';
import { formError, principalOf } from '../../../http/pages/staff-page.ts';
import type { AppError } from '../../../kernel/errors.ts';
import { authorize, type Principal } from '../../../kernel/policy/authorize.ts';
import { toWallTime } from '../../../kernel/time/zoned.ts';
import {
  addClosure,
  getTenantSettings,
  listClosuresFrom,
  listOffices,
  removeClosure,
} from '../../tenants/index.ts';
import { updateBookingSettings } from '../update-booking-settings.ts';
import { dayLabel } from './format.ts';

// The administrator's booking rules and closed days (BOOK-LENGTH, -DEADLINE, -NOSHOW, -REFUSE,
// -INVITE, -CANCEL; closures on top of holidays and the year-end break).
type Failed = { form: 'settings' | 'closure'; error: AppError; values: Record<string, unknown> };

const DONE: Record<string, [string, string]> = {
  saved: ['予約の設定を保存しました。', 'Booking settings saved.'],
  added: ['休業日を追加しました。', 'Closure added.'],
  removed: ['休業日を取り消しました。', 'Closure removed.'],
};

function adminOf(c: Context<AppEnv>): Principal {
  const principal = principalOf(c);
  return authorize(principal, 'tenant.manage', { tenantId: principal.tenantId });
}
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const checked = (v: unknown) => (v === true || v === 'on' ? html` checked` : '');

export function settingsPages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();
  const page = async (c: Context<AppEnv>, failed: Failed | null = null) => {
    const tr = t(c);
    const lang = c.get('lang');
    const principal = adminOf(c);
    const { settings, zone } = await getTenantSettings(ctx.db, principal.tenantId);
    const today = toWallTime(ctx.clock.now(), zone).date;
    const [closures, offices] = await Promise.all([
      listClosuresFrom(ctx.db, principal.tenantId, today),
      listOffices(ctx.db, principal.tenantId),
    ]);
    const v = failed?.form === 'settings' ? failed.values : settings;
    const issues = failed?.form === 'settings' ? failed.error.issues : [];
    const cv = failed?.form === 'closure' ? failed.values : {};
    const closureIssues = failed?.form === 'closure' ? failed.error.issues : [];
    const officeName = (id: string | null) => {
      const office = offices.find((o) => o.id === id);
      if (!office) return tr('全事業所', 'All offices');
      return lang === 'ja' ? office.name_ja : office.name_en;
    };
    const done = DONE[c.req.query('done') ?? ''];
    const body = html`${done ? html`<div class="notice ok" role="status"><p>${tr(...done)}</p></div>` : ''}
    <h2>${tr('予約の設定', 'Booking settings')}</h2>
    ${errorSummary(failed?.form === 'settings' ? failed.error : null, lang)}
    <form method="post" action="/staff/bookings/settings">${csrfField(c.get('csrfToken'))}
      ${textField({ name: 'bookingLengthMinutes', type: 'number', label: tr('相談の長さ（分）', 'Session length (minutes)'), hint: tr('予約済みの今後の相談があるあいだは変更できません', 'Cannot change while sessions are booked ahead'), value: str(v.bookingLengthMinutes), required: true, issues, lang })}
      ${selectField({
        name: 'bookingDeadline',
        label: tr('予約の締切', 'Booking deadline'),
        value: str(v.bookingDeadline),
        options: [
          {
            value: 'previous-calendar-day',
            label: tr('前日の終わりまで', 'Until the end of the previous day'),
          },
          {
            value: 'previous-business-day-closing',
            label: tr('前の開庁日の閉庁時刻まで', 'Until closing time on the previous business day'),
          },
        ],
        issues,
        lang,
      })}
      ${textField({ name: 'noShowAfterMinutes', type: 'number', label: tr('開始から何分で欠席とみなすか', 'Minutes after the start before a no-show'), value: str(v.noShowAfterMinutes), required: true, issues, lang })}
      ${textField({ name: 'noShowFlagThreshold', type: 'number', label: tr('要確認とする連絡なしの欠席回数', 'No-shows without contact before review'), value: str(v.noShowFlagThreshold), required: true, issues, lang })}
      <fieldset class="field checks"><legend>${tr('メール', 'Mail')}</legend>
        <label for="f-reminderDayBefore"><input type="checkbox" id="f-reminderDayBefore" name="reminderDayBefore" value="on"${checked(v.reminderDayBefore)}> <span>${tr('前日にお知らせメールを送る', 'Send a reminder the day before')}</span></label>
        <label for="f-selfServiceCancel"><input type="checkbox" id="f-selfServiceCancel" name="selfServiceCancel" value="on"${checked(v.selfServiceCancel)}> <span>${tr('招待メールに取り消し用のリンクを入れる', 'Put a cancellation link in the invitation')}</span></label>
      </fieldset>
      <div class="actions"><button type="submit">${tr('保存', 'Save')}</button></div>
    </form>
    <h2>${tr('休業日', 'Closures')}</h2>
    <p class="muted">${tr('祝日と年末年始は自動で休みになります。ここにはそれ以外の休業日を登録します。', 'Public holidays and the year-end break are closed anyway; add other closed days here.')}</p>
    ${
      closures.length
        ? html`<ul class="plain">${closures.map(
            (
              k,
            ) => html`<li><form method="post" action="/staff/bookings/settings/closures/${k.id}/remove">${csrfField(c.get('csrfToken'))}
              ${dayLabel(k.starts_on, lang)}${k.ends_on !== k.starts_on ? html`〜${dayLabel(k.ends_on, lang)}` : ''} ${officeName(k.office_id)}: ${k.reason}
              <button type="submit" class="secondary" aria-label="${tr('取り消す', 'Remove')}: ${dayLabel(k.starts_on, lang)} ${k.reason}">${tr('取り消す', 'Remove')}</button></form></li>`,
          )}</ul>`
        : html`<p>${tr('登録された休業日はありません。', 'No closures.')}</p>`
    }
    ${errorSummary(failed?.form === 'closure' ? failed.error : null, lang)}
    <form method="post" action="/staff/bookings/settings/closures">${csrfField(c.get('csrfToken'))}
      <fieldset><legend>${tr('休業日を追加', 'Add a closure')}</legend>
      ${textField({ name: 'startsOn', type: 'date', label: tr('開始日', 'First day'), value: str(cv.startsOn), required: true, issues: closureIssues, lang })}
      ${textField({ name: 'endsOn', type: 'date', label: tr('終了日', 'Last day'), value: str(cv.endsOn), required: true, issues: closureIssues, lang })}
      ${selectField({ name: 'officeId', label: tr('対象', 'Applies to'), value: str(cv.officeId), options: [{ value: '', label: tr('全事業所', 'All offices') }, ...offices.map((o) => ({ value: o.id, label: lang === 'ja' ? o.name_ja : o.name_en }))], issues: closureIssues, lang })}
      ${textField({ name: 'reason', label: tr('理由', 'Reason'), value: str(cv.reason), required: true, issues: closureIssues, lang })}
      </fieldset>
      <div class="actions"><button type="submit">${tr('追加', 'Add')}</button></div>
    </form>`;
    return renderPage(c, {
      title: tr('予約の設定と休業日', 'Booking settings and closures'),
      body,
      status: (failed?.error.status ?? 200) as 200,
    });
  };
  app.get('/staff/bookings/settings', (c) => page(c));
  app.post('/staff/bookings/settings', async (c) => {
    const principal = adminOf(c);
    const values = formToObject(await c.req.parseBody());
    try {
      await updateBookingSettings(ctx, { principal, tenantId: principal.tenantId, input: values });
    } catch (error) {
      return page(c, { form: 'settings', error: formError(error), values });
    }
    return c.redirect('/staff/bookings/settings?done=saved', 303);
  });
  app.post('/staff/bookings/settings/closures', async (c) => {
    const principal = adminOf(c);
    const values = formToObject(await c.req.parseBody());
    const actor = { kind: 'staff' as const, id: principal.staffId, tenantId: principal.tenantId };
    const input = { ...values, officeId: values.officeId ? values.officeId : null };
    try {
      await addClosure(ctx, { actor, tenantId: principal.tenantId, input });
    } catch (error) {
      return page(c, { form: 'closure', error: formError(error), values });
    }
    return c.redirect('/staff/bookings/settings?done=added', 303);
  });
  app.post('/staff/bookings/settings/closures/:id{[0-9a-f-]{36}}/remove', async (c) => {
    const principal = adminOf(c);
    const actor = { kind: 'staff' as const, id: principal.staffId, tenantId: principal.tenantId };
    await removeClosure(ctx, { actor, tenantId: principal.tenantId, closureId: c.req.param('id') });
    return c.redirect('/staff/bookings/settings?done=removed', 303);
  });
  return app;
}
