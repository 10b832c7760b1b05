import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppContext } from '../../../context.ts';
import { csrfField } from '../../../http/csrf.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { checkboxGroup, errorSummary } from '../../../http/pages/forms.ts';
import { renderPage } from '../../../http/pages/layout.ts';
import type { AppError } from '../../../kernel/errors.ts';
import { authorize, ROLES } from '../../../kernel/policy/authorize.ts';
import { listOffices } from '../../tenants/index.ts';
import { getStaff, updateStaffRoles } from '../manage-staff.ts';
import { roleLabels } from '../staff.schema.ts';
import { formBody, formFailure, principalOf, staffActor, statusOf } from './page-helpers.ts';

// An administrator changes a colleague's roles and offices (their sessions end; the change applies
// at their next login).
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
    const body = html`<p>${staff.display_name}（${staff.email}）</p>
    ${errorSummary(error, lang)}
    <form method="post" action="/staff/admin/staff/${staff.id}" novalidate>
      ${csrfField(c.get('csrfToken'))}
      ${checkboxGroup({ name: 'roles', legend: tr('役割', 'Roles'), options: ROLES.map((r) => ({ value: r, label: roleLabels[r][lang], checked: roles.includes(r) })), issues: error?.issues, lang })}
      ${checkboxGroup({ name: 'officeIds', legend: tr('担当事業所（選ばなければすべて）', 'Offices (none chosen = all)'), options: offices.map((o) => ({ value: o.id, label: lang === 'ja' ? o.name_ja : o.name_en, checked: officeIds.includes(o.id) })), issues: error?.issues, lang })}
      <p class="muted">${tr('変更すると、この職員のログインは終了します。', "Saving ends this person's current sessions.")}</p>
      <div class="actions"><button type="submit">${tr('保存', 'Save')}</button><a href="/staff/admin#staff">${tr('戻る', 'Back')}</a></div>
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
  return app;
}
