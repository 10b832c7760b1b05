import type { Context } from 'hono';
import { html } from 'hono/html';
import { csrfField } from '../../../http/csrf.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { checkboxGroup, errorSummary, textField } from '../../../http/pages/forms.ts';
import type { AppError } from '../../../kernel/errors.ts';
import { ROLES } from '../../../kernel/policy/authorize.ts';
import type { StaffRow } from '../staff.repository.ts';
import { roleLabels } from '../staff.schema.ts';
import { roleNames } from './page-helpers.ts';

export interface OfficeView {
  id: string;
  slug: string;
  name_ja: string;
  name_en: string;
  phone: string;
  opens_at: string;
  closes_at: string;
}

export interface AdminView {
  offices: OfficeView[];
  staff: StaffRow[];
  me: string;
  done?: string | undefined;
  officeForm?: { values: Record<string, unknown>; error: AppError };
  staffForm?: { values: Record<string, unknown>; error: AppError };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);
const hhmm = (time: string) => time.slice(0, 5);

export function adminBody(c: Context<AppEnv>, v: AdminView) {
  const tr = t(c);
  const lang = c.get('lang');
  const name = (o: { name_ja: string; name_en: string }) => (lang === 'ja' ? o.name_ja : o.name_en);
  const officeIssues = v.officeForm?.error.issues;
  const officeValues = v.officeForm?.values ?? {};
  const staffIssues = v.staffForm?.error.issues;
  const staffValues = v.staffForm?.values ?? {};
  const doneText: Record<string, [string, string]> = {
    office: ['事業所を追加しました。', 'The office has been added.'],
    staff: ['職員を追加しました。', 'The staff member has been added.'],
    deactivated: ['職員を無効にしました。', 'The staff member has been deactivated.'],
    roles: ['役割と担当事業所を変更しました。', 'The roles and offices have been changed.'],
  };
  const done = v.done ? doneText[v.done] : undefined;
  const officeName = (id: string) => v.offices.find((o) => o.id === id);

  return html`${done ? html`<div class="notice ok" role="status"><p>${tr(done[0], done[1])}</p></div>` : ''}
<h2 id="offices">${tr('事業所', 'Offices')}</h2>
<div class="table-wrap"><table>
  <caption>${tr('事業所の一覧', 'All offices')}</caption>
  <thead><tr><th scope="col">${tr('名称', 'Name')}</th><th scope="col">${tr('識別子', 'Identifier')}</th><th scope="col">${tr('電話番号', 'Phone')}</th><th scope="col">${tr('開庁時間', 'Hours')}</th></tr></thead>
  <tbody>${v.offices.map((o) => html`<tr><td>${name(o)}</td><td>${o.slug}</td><td>${o.phone}</td><td>${hhmm(o.opens_at)}–${hhmm(o.closes_at)}</td></tr>`)}</tbody>
</table></div>
<h3>${tr('事業所を追加', 'Add an office')}</h3>
${errorSummary(v.officeForm?.error, lang)}
<form method="post" action="/staff/admin/offices" novalidate>
  ${csrfField(c.get('csrfToken'))}
  ${textField({ name: 'slug', label: tr('識別子（URL用、英小文字・数字・ハイフン）', 'Identifier (for URLs: lower-case letters, digits, hyphens)'), value: str(officeValues.slug), required: true, issues: officeIssues, lang })}
  ${textField({ name: 'nameJa', label: tr('名称（日本語）', 'Name (Japanese)'), value: str(officeValues.nameJa), required: true, issues: officeIssues, lang })}
  ${textField({ name: 'nameEn', label: tr('名称（英語）', 'Name (English)'), value: str(officeValues.nameEn), required: true, issues: officeIssues, lang })}
  ${textField({ name: 'phone', label: tr('電話番号', 'Phone number'), type: 'tel', value: str(officeValues.phone), required: true, autocomplete: 'off', issues: officeIssues, lang })}
  ${textField({ name: 'opensAt', label: tr('開庁時刻', 'Opening time'), type: 'time', value: str(officeValues.opensAt) || '08:30', issues: officeIssues, lang })}
  ${textField({ name: 'closesAt', label: tr('閉庁時刻', 'Closing time'), type: 'time', value: str(officeValues.closesAt) || '17:15', issues: officeIssues, lang })}
  <div class="actions"><button type="submit">${tr('事業所を追加', 'Add office')}</button></div>
</form>

<h2 id="staff">${tr('職員', 'Staff')}</h2>
<div class="table-wrap"><table>
  <caption>${tr('職員の一覧', 'All staff')}</caption>
  <thead><tr><th scope="col">${tr('氏名', 'Name')}</th><th scope="col">${tr('メールアドレス', 'E-mail')}</th><th scope="col">${tr('役割', 'Roles')}</th><th scope="col">${tr('担当事業所', 'Offices')}</th><th scope="col">${tr('状態', 'Status')}</th><th scope="col">${tr('操作', 'Action')}</th></tr></thead>
  <tbody>${v.staff.map(
    (s) => html`<tr><td>${s.display_name}</td><td>${s.email}</td><td>${roleNames(s.roles, lang)}</td>
    <td>${
      s.office_ids.length
        ? s.office_ids
            .map((id) => {
              const o = officeName(id);
              return o ? name(o) : id;
            })
            .join('、')
        : tr('すべて', 'All')
    }</td>
    <td>${s.active ? tr('有効', 'Active') : tr('無効', 'Deactivated')}${s.totp_enabled_at ? tr('・2段階認証', ' · two-step') : ''}</td>
    <td>${s.active && s.id !== v.me ? html`<a href="/staff/admin/staff/${s.id}" aria-label="${tr(`${s.display_name}の役割を変更`, `Change roles of ${s.display_name}`)}">${tr('役割を変更', 'Change roles')}</a> <form class="inline" method="post" action="/staff/admin/staff/${s.id}/deactivate">${csrfField(c.get('csrfToken'))}<button class="danger" type="submit" aria-label="${tr(`${s.display_name}を無効にする`, `Deactivate ${s.display_name}`)}">${tr('無効にする', 'Deactivate')}</button></form>` : ''}</td></tr>`,
  )}</tbody>
</table></div>
<h3>${tr('職員を追加', 'Add a staff member')}</h3>
${errorSummary(v.staffForm?.error, lang)}
<form method="post" action="/staff/admin/staff" novalidate>
  ${csrfField(c.get('csrfToken'))}
  ${textField({ name: 'displayName', label: tr('氏名', 'Name'), value: str(staffValues.displayName), required: true, autocomplete: 'off', issues: staffIssues, lang })}
  ${textField({ name: 'email', label: tr('メールアドレス', 'E-mail address'), type: 'email', value: str(staffValues.email), required: true, autocomplete: 'off', issues: staffIssues, lang })}
  ${checkboxGroup({ name: 'roles', legend: tr('役割', 'Roles'), options: ROLES.map((r) => ({ value: r, label: roleLabels[r][lang], checked: list(staffValues.roles).includes(r) })), issues: staffIssues, lang })}
  ${checkboxGroup({ name: 'officeIds', legend: tr('担当事業所（選ばなければすべて）', 'Offices (none chosen = all)'), options: v.offices.map((o) => ({ value: o.id, label: name(o), checked: list(staffValues.officeIds).includes(o.id) })), issues: staffIssues, lang })}
  ${textField({ name: 'password', label: tr('初期パスワード', 'Initial password'), type: 'password', required: true, autocomplete: 'new-password', hint: tr('8文字以上で英字・数字・記号をすべて含めてください。本人に安全な方法で伝えてください。', 'At least 8 characters with letters, digits and symbols. Pass it on to the person safely.'), issues: staffIssues, lang })}
  <div class="actions"><button type="submit">${tr('職員を追加', 'Add staff member')}</button></div>
</form>`;
}
