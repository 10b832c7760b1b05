import { html } from 'hono/html';
import { csrfField } from '../../../http/csrf.ts';
import { errorSummary, selectField, textArea, textField } from '../../../http/pages/forms.ts';
import type { Html } from '../../../http/pages/layout.ts';
import type { AppError, Lang } from '../../../kernel/errors.ts';
import { formatWallTime } from '../../../kernel/time/zoned.ts';
import type { BookingRow } from '../bookings.repository.ts';
import type { BookingStatus } from '../bookings.tables.ts';
import { clockTime, dayLabel } from './format.ts';

type Tr = (ja: string, en: string) => string;

export const STATUS: Record<BookingStatus, [string, string]> = {
  booked: ['予約済み', 'Booked'],
  cancelled: ['取消（電話・リンク）', 'Cancelled'],
  no_show: ['無断欠席', 'No-show'],
  stopped: ['中止', 'Stopped'],
};

export const DONE: Record<string, [string, string]> = {
  joined: ['参加を記録しました。', 'Marked as joined.'],
  contact: ['連絡を記録しました。', 'Contact recorded.'],
  cancelled: ['電話によるキャンセルを記録しました。', 'Phone cancellation recorded.'],
  stopped: ['相談を中止しました。', 'Session stopped.'],
  followup: [
    '次回の予約を確定し、招待メールを送信箱に入れました。',
    'Follow-up booked; the invitation is in the outbox.',
  ],
  resent: ['招待メールを再送します。', 'The invitation will be sent again.'],
  refused: ['今後の予約をお断りする設定にしました。', 'Further bookings are refused.'],
  lifted: ['お断りを解除しました。', 'The refusal is lifted.'],
  registered: ['求職者を登録しました。', 'Job seeker registered.'],
};

type Session = BookingRow & {
  office_name_ja?: string;
  office_name_en?: string;
  contacts?: number | string | null;
};

export function dayTable(sessions: Session[], tr: Tr): Html {
  if (sessions.length === 0)
    return html`<p>${tr('この日の相談はありません。', 'No sessions on this day.')}</p>`;
  return html`<div class="table-wrap"><table>
    <caption class="muted">${tr('相談の一覧', 'Sessions')}</caption>
    <thead><tr><th scope="col">${tr('時刻', 'Time')}</th><th scope="col">${tr('相談員', 'Counsellor')}</th><th scope="col">${tr('求職者', 'Job seeker')}</th><th scope="col">${tr('状態', 'Status')}</th><th scope="col">${tr('参加', 'Join')}</th></tr></thead>
    <tbody>${sessions.map(
      (s) => html`<tr>
        <td><a href="/staff/bookings/${s.id}">${clockTime(s.starts_at)}–${clockTime(s.ends_at)}</a></td>
        <td>${s.counsellor_name}</td>
        <td>${s.name}<br><span class="muted">${s.job_seeker_number}</span>${s.interpreter || s.assistant ? html`<br><span>${tr('通訳・介助あり', 'interpreter/assistant')}</span>` : ''}</td>
        <td>${tr(...STATUS[s.status])}${s.joined_at ? html`<br>${tr('参加済み', 'joined')}` : ''}</td>
        <td>${s.status === 'booked' ? html`<a href="${s.meeting_url}" target="_blank" rel="noopener noreferrer">${tr('ビデオ通話を開く', 'Open the video call')}<span class="muted">${tr('（新しいタブ）', ' (new tab)')}</span></a>` : ''}</td>
      </tr>`,
    )}</tbody></table></div>`;
}

export function dayFilter(o: {
  date: string;
  office: string;
  offices: { value: string; label: string }[];
  tr: Tr;
  lang: Lang;
}): Html {
  return html`<form method="get" action="/staff/bookings" class="actions">
    ${textField({ name: 'date', label: o.tr('日付', 'Date'), type: 'date', value: o.date, lang: o.lang })}
    ${selectField({ name: 'office', label: o.tr('窓口', 'Office'), value: o.office, options: [{ value: '', label: o.tr('すべて', 'All') }, ...o.offices], lang: o.lang })}
    <button type="submit" class="secondary">${o.tr('表示', 'Show')}</button>
  </form>
  <p>${dayLabel(o.date, o.lang)}</p>`;
}

export function sessionDetails(
  b: BookingRow,
  contacts: { at: Date; note: string; staff_name: string }[],
  tr: Tr,
  lang: Lang,
): Html {
  return html`<dl>
    <dt>${tr('日時', 'When')}</dt><dd>${formatWallTime(b.starts_at, lang)}–${clockTime(b.ends_at)}</dd>
    <dt>${tr('状態', 'Status')}</dt><dd>${tr(...STATUS[b.status])}${b.joined_at ? ` · ${tr('参加済み', 'joined')} ${clockTime(b.joined_at)}` : ''}</dd>
    <dt>${tr('求職者', 'Job seeker')}</dt><dd><a href="/staff/bookings/job-seekers/${b.job_seeker_id}">${b.name}（${b.job_seeker_number}）</a></dd>
    <dt>${tr('メール', 'E-mail')}</dt><dd>${b.email}</dd>
    <dt>${tr('相談員', 'Counsellor')}</dt><dd>${b.counsellor_name}</dd>
    <dt>${tr('通訳・介助者', 'Interpreter or assistant')}</dt><dd>${[b.interpreter ? tr('通訳', 'interpreter') : '', b.assistant ? tr('介助者', 'assistant') : ''].filter(Boolean).join('・') || tr('なし', 'none')}${b.assistance_note ? `（${b.assistance_note}）` : ''}</dd>
    ${b.cancel_reason ? html`<dt>${tr('取消の理由', 'Cancellation reason')}</dt><dd>${b.cancel_reason}</dd>` : ''}
    ${b.stop_reason ? html`<dt>${tr('中止の理由', 'Reason for stopping')}</dt><dd>${b.stop_reason}</dd>` : ''}
  </dl>
  ${
    b.status === 'booked'
      ? html`<p><a class="button" href="${b.meeting_url}" target="_blank" rel="noopener noreferrer">${tr('ビデオ通話を開く（新しいタブ）', 'Open the video call (new tab)')}</a></p>
    <p class="muted">${tr('開始時に、録画・録音は禁止であることをお伝えください。', 'At the start, remind the job seeker that recording is not allowed.')}</p>`
      : ''
  }
  <h2>${tr('連絡の記録', 'Contacts')}</h2>
  ${contacts.length === 0 ? html`<p>${tr('記録はありません。', 'None recorded.')}</p>` : html`<ul>${contacts.map((x) => html`<li>${formatWallTime(x.at, lang)} ${x.staff_name}: ${x.note}</li>`)}</ul>`}`;
}

export function sessionActions(o: {
  b: BookingRow;
  csrf: string;
  tr: Tr;
  lang: Lang;
  followUpSlots: { value: string; label: string }[];
  error: AppError | null;
}): Html {
  const { b, tr, lang } = o;
  const issues = o.error?.issues ?? [];
  const form = (action: string, inner: Html, button: string, kind = '') =>
    html`<form method="post" action="/staff/bookings/${b.id}/${action}">${csrfField(o.csrf)}${inner}<div class="actions"><button type="submit"${kind ? html` class="${kind}"` : ''}>${button}</button></div></form>`;
  if (b.status !== 'booked') return errorSummary(o.error, lang);
  return html`${errorSummary(o.error, lang)}
  <h2>${tr('操作', 'Actions')}</h2>
  ${b.joined_at ? '' : form('join', html``, tr('参加を確認した', 'Mark as joined'))}
  ${form('contact', textArea({ name: 'note', label: tr('本人からの連絡（遅刻・回線不調など）', 'Contact from the job seeker (late, connection trouble…)'), rows: 3, issues, lang }), tr('連絡を記録', 'Record contact'), 'secondary')}
  <h3>${tr('次回の予約', 'Book the follow-up')}</h3>
  ${
    o.followUpSlots.length
      ? form(
          'follow-up',
          html`${selectField({ name: 'startsAt', label: tr('日時（前日までの枠のみ）', 'Date and time (bookable slots only)'), options: o.followUpSlots, issues, lang })}
        <input type="hidden" name="sameCounsellor" value="on">`,
          tr('次回を予約して招待メールを送る', 'Book and send the invitation'),
        )
      : html`<p>${tr('予約できる枠がありません。', 'No bookable slots.')}</p>`
  }
  ${form('resend', html``, tr('招待メールを再送', 'Resend the invitation'), 'secondary')}
  <h3>${tr('電話によるキャンセル', 'Phone cancellation')}</h3>
  ${form('cancel', textField({ name: 'cancelReason', label: tr('キャンセルの理由', 'Reason for cancelling'), required: true, issues, lang }), tr('キャンセルを記録', 'Record the cancellation'), 'danger')}
  <h3>${tr('相談の中止', 'Stop the session')}</h3>
  ${form(
    'stop',
    html`${textField({ name: 'stopReason', label: tr('中止の理由（脅迫・暴言・就職目的以外の利用など）', 'Reason (threats, abuse, use other than job-seeking)'), required: true, issues, lang })}
    <fieldset class="field checks"><legend>${tr('この方への今後の対応', 'What happens next for this person')}</legend>
      <label for="f-refuse"><input type="checkbox" id="f-refuse" name="refuse" value="on"> <span>${tr('今後の利用もお断りする', 'Also refuse further service')}</span></label>
      <label for="f-cancelUpcoming"><input type="checkbox" id="f-cancelUpcoming" name="cancelUpcoming" value="on"> <span>${tr('お断りする場合、予約済みの今後の相談も取り消し、本人にメールで知らせる', 'If refusing, also cancel the sessions already booked and tell the person by e-mail')}</span></label></fieldset>`,
    tr('中止する', 'Stop the session'),
    'danger',
  )}`;
}
