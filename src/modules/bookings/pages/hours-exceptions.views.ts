import { html } from 'hono/html';
import { csrfField } from '../../../http/csrf.ts';
import { errorSummary, selectField, textField } from '../../../http/pages/forms.ts';
import type { Html } from '../../../http/pages/layout.ts';
import { AppError, type Lang } from '../../../kernel/errors.ts';
import { dayLabel } from './format.ts';

export interface ExceptionRow {
  id: string;
  on_date: string;
  kind: 'off' | 'extra';
  starts_at: string | null;
  ends_at: string | null;
  reason: string | null;
}

export interface ExceptionFormState {
  error: AppError;
  values: Record<string, string>;
}

type Tr = (ja: string, en: string) => string;

const hhmm = (t: string | null) => (t ? t.slice(0, 5) : '');

function exceptionLabel(e: ExceptionRow, tr: Tr): string {
  const times = e.starts_at ? ` ${hhmm(e.starts_at)}–${hhmm(e.ends_at)}` : tr(' 終日', ' all day');
  return e.kind === 'off' ? `${tr('休み', 'Off')}${times}` : `${tr('追加勤務', 'Extra hours')}${times}`;
}

/** A counsellor's dated exceptions from today on, each removable, and the form to add one. */
export function exceptionsSection(o: {
  officeId: string;
  staffId: string;
  name: string;
  exceptions: ExceptionRow[];
  failed: ExceptionFormState | null;
  csrfToken: string;
  lang: Lang;
  tr: Tr;
}): Html {
  const { tr, lang } = o;
  const prefix = `x-${o.staffId}-${o.officeId}`;
  // The same form is repeated per counsellor, so its fields (and the summary's links) carry a prefix.
  const issues = o.failed?.error.issues.map((i) => ({ ...i, field: `${prefix}-${i.field}` })) ?? [];
  const summary = o.failed
    ? new AppError(o.failed.error.code, { message: o.failed.error.userMessage, issues })
    : null;
  const value = (field: string) => o.failed?.values[field] ?? '';
  const list = o.exceptions.length
    ? html`<ul class="plain">${o.exceptions.map(
        (
          e,
        ) => html`<li><form method="post" action="/staff/bookings/hours/exceptions/${e.id}/remove">${csrfField(o.csrfToken)}
          ${dayLabel(e.on_date, lang)} ${exceptionLabel(e, tr)}${e.reason ? html` <span class="muted">（${e.reason}）</span>` : ''}
          <button type="submit" class="secondary" aria-label="${tr('取り消す', 'Remove')}: ${o.name} ${dayLabel(e.on_date, lang)}">${tr('取り消す', 'Remove')}</button></form></li>`,
      )}</ul>`
    : html`<p class="muted">${tr('予定された休みや追加勤務はありません。', 'No leave or extra hours planned.')}</p>`;
  return html`<h4>${tr(`${o.name} の休み・追加勤務`, `Leave and extra hours of ${o.name}`)}</h4>
    ${list}
    ${errorSummary(summary, lang)}
    <form method="post" action="/staff/bookings/hours/${o.officeId}/${o.staffId}/exceptions">${csrfField(o.csrfToken)}
      <fieldset><legend>${tr(`${o.name} の休み・追加勤務を追加`, `Add leave or extra hours for ${o.name}`)}</legend>
      ${textField({ name: `${prefix}-onDate`, label: tr('日付', 'Date'), type: 'date', required: true, value: value('onDate'), issues, lang })}
      ${selectField({
        name: `${prefix}-kind`,
        label: tr('種類', 'Kind'),
        value: value('kind') || 'off',
        options: [
          { value: 'off', label: tr('休み', 'Off') },
          { value: 'extra', label: tr('追加勤務', 'Extra hours') },
        ],
        issues,
        lang,
      })}
      ${textField({ name: `${prefix}-startsAt`, label: tr('開始', 'From'), type: 'time', hint: tr('休みで終日のときは空欄', 'Leave empty for a whole day off'), value: value('startsAt'), issues, lang })}
      ${textField({ name: `${prefix}-endsAt`, label: tr('終了', 'Until'), type: 'time', value: value('endsAt'), issues, lang })}
      ${textField({ name: `${prefix}-reason`, label: tr('理由（任意）', 'Reason (optional)'), value: value('reason'), issues, lang })}
      </fieldset>
      <div class="actions"><button type="submit">${tr('追加', 'Add')}</button></div></form>`;
}
