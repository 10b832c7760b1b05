import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../../context.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { renderPage } from '../../../http/pages/layout.ts';
import { authorize } from '../../../kernel/policy/authorize.ts';
import { createOffice, listOffices } from '../../tenants/index.ts';
import { createStaff } from '../create-staff.ts';
import { deactivateStaff, listStaff } from '../manage-staff.ts';
import { type AdminView, adminBody } from './admin.view.ts';
import { formBody, formFailure, principalOf, staffActor, statusOf } from './page-helpers.ts';

// The tenant administrator's page: offices and staff of their own tenant only.
export function adminPages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();
  const admin = (c: Context<AppEnv>) => {
    const principal = principalOf(c);
    return authorize(principal, 'staff.manage', { tenantId: principal.tenantId });
  };

  async function render(c: Context<AppEnv>, extra: Partial<AdminView> = {}) {
    const principal = admin(c);
    authorize(principal, 'office.manage', { tenantId: principal.tenantId });
    const [offices, staff] = await Promise.all([
      listOffices(ctx.db, principal.tenantId),
      listStaff(ctx, { tenantId: principal.tenantId }),
    ]);
    const error = extra.officeForm?.error ?? extra.staffForm?.error;
    return renderPage(c, {
      title: t(c)('事業所と職員の管理', 'Offices and staff'),
      body: adminBody(c, { offices, staff, me: principal.staffId, ...extra }),
      status: error ? statusOf(error) : 200,
    });
  }

  app.get('/staff/admin', (c) => render(c, { done: c.req.query('done') }));

  app.post('/staff/admin/offices', async (c) => {
    const principal = authorize(principalOf(c), 'office.manage', { tenantId: principalOf(c).tenantId });
    const values = await formBody(c);
    try {
      await createOffice(ctx, { actor: staffActor(principal), tenantId: principal.tenantId, input: values });
      return c.redirect('/staff/admin?done=office#offices', 303);
    } catch (error) {
      return render(c, { officeForm: { values, error: formFailure(error) } });
    }
  });

  app.post('/staff/admin/staff', async (c) => {
    const principal = admin(c);
    const values = await formBody(c);
    try {
      await createStaff(ctx, { actor: staffActor(principal), tenantId: principal.tenantId, input: values });
      return c.redirect('/staff/admin?done=staff#staff', 303);
    } catch (error) {
      return render(c, { staffForm: { values: { ...values, password: '' }, error: formFailure(error) } });
    }
  });

  app.post('/staff/admin/staff/:id/deactivate', async (c) => {
    const principal = admin(c);
    await deactivateStaff(ctx, {
      actor: staffActor(principal),
      tenantId: principal.tenantId,
      staffId: c.req.param('id'),
    });
    return c.redirect('/staff/admin?done=deactivated#staff', 303);
  });
  return app;
}
