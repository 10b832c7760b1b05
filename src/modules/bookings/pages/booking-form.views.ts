import { html } from 'hono/html';
import { csrfField } from '../../../http/csrf.ts';
import { checkboxGroup, errorSummary, textArea, textField } from '../../../http/pages/forms.ts';
import type { Html } from '../../../http/pages/layout.ts';
import type { AppError, Lang } from '../../../kernel/errors.ts';
import { formatWallTime } from '../../../kernel/time/zoned.ts';
import { ENVIRONMENT_CHECKLIST } from '../bookings.schema.ts';
import { deemedConsentNotice, feeNotice, noRecordingNotice, privateRoomNotice } from './notices.ts';

// The details step and the checklist-and-confirm step of the public booking flow.

export interface BookingFormValues {
  startsAt: string;
  name?: string;
  jobSeekerNumber?: string;
  email?: string;
  interpreter?: boolean;
  assistant?: boolean;
  assistanceNote?: string;
}

interface FormContext {
  lang: Lang;
  csrf: string;
  tenantId: string;
  office: string;
  tr: (ja: string, en: string) => string;
}

const checked = (on: boolean | undefined) => (on ? html` checked` : '');

export function detailsForm(f: FormContext, v: BookingFormValues, error: AppError | null): Html {
  const { tr, lang } = f;
  const issues = error?.issues ?? [];
  return html`${errorSummary(error, lang)}
  <p>${tr('予約日時', 'Date and time')}: <strong>${formatWallTime(new Date(v.startsAt), lang)}</strong>
    <a href="/t/${f.tenantId}/book/${f.office}">${tr('（変更する）', '(change)')}</a></p>
  <form method="post" action="/t/${f.tenantId}/book/${f.office}/details" novalidate>
    ${csrfField(f.csrf)}
    <input type="hidden" name="startsAt" value="${v.startsAt}">
    ${textField({ name: 'name', label: tr('氏名', 'Name'), value: v.name, required: true, autocomplete: 'name', issues, lang })}
    ${textField({
      name: 'jobSeekerNumber',
      label: tr('求職番号', 'Job-seeker number'),
      hint: tr(
        'ハローワーク受付票に書かれた番号です（例: 33010-12345678）。',
        'The number on your Hello Work registration card (e.g. 33010-12345678).',
      ),
      value: v.jobSeekerNumber,
      required: true,
      inputmode: 'numeric',
      issues,
      lang,
    })}
    ${textField({
      name: 'email',
      label: tr('連絡先メールアドレス', 'Contact e-mail address'),
      hint: tr(
        '招待メール（参加用URL）をこのアドレスにお送りします。',
        'We send the invitation with the meeting link to this address.',
      ),
      type: 'email',
      value: v.email,
      required: true,
      autocomplete: 'email',
      issues,
      lang,
    })}
    <fieldset class="field checks">
      <legend>${tr('通訳・介助者の同席', 'Interpreter or assistant')}</legend>
      ${privateRoomNotice(tr)}
      <label for="f-interpreter"><input type="checkbox" id="f-interpreter" name="interpreter" value="on"${checked(v.interpreter)}> <span>${tr('通訳の同席を希望します', 'I need an interpreter')}</span></label>
      <label for="f-assistant"><input type="checkbox" id="f-assistant" name="assistant" value="on"${checked(v.assistant)}> <span>${tr('介助者が同席します', 'An assistant will be with me')}</span></label>
    </fieldset>
    ${textArea({
      name: 'assistanceNote',
      label: tr('通訳・介助者について（言語など）', 'About the interpreter or assistant (language, etc.)'),
      value: v.assistanceNote,
      rows: 3,
      issues,
      lang,
    })}
    <div class="actions"><button type="submit">${tr('次へ（利用環境の確認）', 'Next: check your environment')}</button></div>
  </form>`;
}

export function confirmForm(f: FormContext, v: BookingFormValues, error: AppError | null): Html {
  const { tr, lang } = f;
  const hidden = (name: string, value: string | undefined) =>
    html`<input type="hidden" name="${name}" value="${value ?? ''}">`;
  return html`${errorSummary(error, lang)}
  <form method="post" action="/t/${f.tenantId}/book/${f.office}/confirm" novalidate>
    ${csrfField(f.csrf)}
    ${hidden('startsAt', v.startsAt)}${hidden('name', v.name)}${hidden('jobSeekerNumber', v.jobSeekerNumber)}${hidden('email', v.email)}
    ${v.interpreter ? hidden('interpreter', 'on') : ''}${v.assistant ? hidden('assistant', 'on') : ''}${hidden('assistanceNote', v.assistanceNote)}
    ${checkboxGroup({
      name: 'environment',
      legend: tr(
        '利用環境の確認（すべて確認してチェックしてください）',
        'Your environment (check every item)',
      ),
      options: ENVIRONMENT_CHECKLIST.map((item) => ({ value: item.key, label: item.label[lang] })),
      issues: error?.issues ?? [],
      lang,
    })}
    <h2>${tr('ご予約の内容', 'Your booking')}</h2>
    <dl>
      <dt>${tr('日時', 'Date and time')}</dt><dd>${formatWallTime(new Date(v.startsAt), lang)}（${tr('30分', '30 minutes')}）</dd>
      <dt>${tr('氏名', 'Name')}</dt><dd>${v.name}</dd>
      <dt>${tr('求職番号', 'Job-seeker number')}</dt><dd>${v.jobSeekerNumber}</dd>
      <dt>${tr('メールアドレス', 'E-mail')}</dt><dd>${v.email}</dd>
      <dt>${tr('通訳・介助者', 'Interpreter or assistant')}</dt><dd>${
        [v.interpreter ? tr('通訳', 'interpreter') : '', v.assistant ? tr('介助者', 'assistant') : '']
          .filter(Boolean)
          .join('・') || tr('なし', 'none')
      }</dd>
    </dl>
    ${noRecordingNotice(tr)}
    ${feeNotice(tr)}
    ${deemedConsentNotice(tr, f.tenantId)}
    <div class="actions"><button type="submit">${tr('この内容で予約する', 'Book this consultation')}</button></div>
  </form>`;
}
