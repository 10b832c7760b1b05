import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppContext } from '../../../context.ts';
import { csrfField } from '../../../http/csrf.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { checkboxGroup, errorSummary, textField } from '../../../http/pages/forms.ts';
import { renderPage } from '../../../http/pages/layout.ts';
import type { AppError } from '../../../kernel/errors.ts';
import { authorize, ROLES } from '../../../kernel/policy/authorize.ts';
import { listOffices } from '../../tenants/index.ts';
import { getStaff, updateStaffRoles } from '../manage-staff.ts';
import { resetSecondFactor, setStaffPassword } from '../reset-access.ts';
import { roleLabels } from '../staff.schema.ts';
import { formBody, formFailure, principalOf, staffActor, statusOf } from './page-helpers.ts';

// An administrator changes a colleague's roles and offices, resets their two-step login (lost phone)
// or sets a new password. Each ends the colleague's sessions.
export function staffEditPages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();

  async function render(
    c: Context<AppEnv>,
    chosen?: { roles: string[]; officeIds: string[] },
    error?: AppError,
  ) {
    const principal = principalOf(c);
    authorize(principal, 'staff.manage', { tenantId: principal.tenantId });
    const staff = await getStaff(ctx, { tenantId: principal.tenantId, staffId: c.req.param('id') ?? '' });
    const offices = await listOffices(ctx.db, principal.tenantId);
    const tr = t(c);
    const lang = c.get('lang');
    const roles = chosen?.roles ?? staff.roles;
    const officeIds = chosen?.officeIds ?? staff.office_ids;
    const done = c.req.query('done');
    const csrf = csrfField(c.get('csrfToken'));
    const body = html`<p>${staff.display_name}（${staff.email}）</p>
    ${done === 'totp' ? html`<div class="notice ok" role="status"><p>${tr('2段階認証をリセットしました。次回のログインで設定し直します。', 'Two-step login has been reset; it is set up again at the next login.')}</p></div>` : ''}
    ${done === 'password' ? html`<div class="notice ok" role="status"><p>${tr('パスワードを再設定しました。本人に安全な方法で伝えてください。', 'The password has been set. Pass it on to the person safely.')}</p></div>` : ''}
    ${errorSummary(error, lang)}
    <form method="post" action="/staff/admin/staff/${staff.id}" novalidate>
      ${csrfField(c.get('csrfToken'))}
      ${checkboxGroup({ name: 'roles', legend: tr('役割', 'Roles'), options: ROLES.map((r) => ({ value: r, label: roleLabels[r][lang], checked: roles.includes(r) })), issues: error?.issues, lang })}
      ${checkboxGroup({ name: 'officeIds', legend: tr('担当事業所（選ばなければすべて）', 'Offices (none chosen = all)'), options: offices.map((o) => ({ value: o.id, label: lang === 'ja' ? o.name_ja : o.name_en, checked: officeIds.includes(o.id) })), issues: error?.issues, lang })}
      <p class="muted">${tr('変更すると、この職員のログインは終了します。', "Saving ends this person's current sessions.")}</p>
      <div class="actions"><button type="submit">${tr('保存', 'Save')}</button><a href="/staff/admin#staff">${tr('戻る', 'Back')}</a></div>
    </form>
    <h2>${tr('2段階認証', 'Two-step login')}</h2>
    <p>${staff.totp_enabled_at ? tr('有効です。スマートフォンをなくした場合はリセットしてください。', 'On. Reset it if the phone was lost.') : tr('設定されていません。', 'Not set up.')}</p>
    ${staff.totp_enabled_at ? html`<form method="post" action="/staff/admin/staff/${staff.id}/reset-totp">${csrf}<button class="danger" type="submit">${tr('2段階認証をリセット', 'Reset two-step login')}</button></form>` : ''}
    <h2>${tr('パスワードの再設定', 'Set a new password')}</h2>
    <form method="post" action="/staff/admin/staff/${staff.id}/password" novalidate>
      ${csrf}
      ${textField({ name: 'password', label: tr('新しいパスワード', 'New password'), type: 'password', required: true, autocomplete: 'new-password', hint: tr('8文字以上で英字・数字・記号をすべて含めてください。ロックも解除されます。', 'At least 8 characters with letters, digits and symbols. Also lifts a lock.'), issues: error?.issues, lang })}
      <div class="actions"><button type="submit">${tr('パスワードを設定', 'Set password')}</button></div>
    </form>`;
    return renderPage(c, {
      title: tr('役割と担当事業所の変更', 'Change roles and offices'),
      body,
      status: error ? statusOf(error) : 200,
    });
  }

  app.get('/staff/admin/staff/:id', (c) => render(c));
  app.post('/staff/admin/staff/:id', async (c) => {
    const principal = principalOf(c);
    authorize(principal, 'staff.manage', { tenantId: principal.tenantId });
    const values = await formBody(c);
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);
    try {
      await updateStaffRoles(ctx, {
        actor: staffActor(principal),
        tenantId: principal.tenantId,
        staffId: c.req.param('id'),
        input: { roles: list(values.roles), officeIds: list(values.officeIds) },
      });
      return c.redirect('/staff/admin?done=roles#staff', 303);
    } catch (error) {
      return render(c, { roles: list(values.roles), officeIds: list(values.officeIds) }, formFailure(error));
    }
  });

  app.post('/staff/admin/staff/:id/reset-totp', async (c) => {
    const principal = principalOf(c);
    authorize(principal, 'staff.manage', { tenantId: principal.tenantId });
    const staffId = c.req.param('id');
    await resetSecondFactor(ctx, { actor: staffActor(principal), tenantId: principal.tenantId, staffId });
    return c.redirect(`/staff/admin/staff/${staffId}?done=totp`, 303);
  });

  app.post('/staff/admin/staff/:id/password', async (c) => {
    const principal = principalOf(c);
    authorize(principal, 'staff.manage', { tenantId: principal.tenantId });
    const staffId = c.req.param('id');
    const { password } = await formBody(c);
    try {
      await setStaffPassword(ctx, {
        actor: staffActor(principal),
        tenantId: principal.tenantId,
        staffId,
        password,
      });
      return c.redirect(`/staff/admin/staff/${staffId}?done=password`, 303);
    } catch (error) {
      return render(c, undefined, formFailure(error));
    }
  });
  return app;
}
