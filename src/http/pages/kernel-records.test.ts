import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { enqueueOutbox } from '../../kernel/notify/outbox.ts';
import { createStaffAndLogin, createTestTenant } from '../../modules/staff/testing.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { type App, createApp } from '../app.ts';

let ctx: TestContext;
let app: App;
beforeAll(async () => {
  ctx = await createTestContext();
  app = createApp(ctx);
  await createTestTenant(ctx, 'office-a');
  await createTestTenant(ctx, 'office-b');
  await ctx.db.transaction().execute(async (trx) => {
    await enqueueOutbox(trx, ctx, {
      tenantId: 'office-a',
      channel: 'mail',
      deliveryKey: 'invite-a-1',
      payload: {
        to: 'seeker@example.jp',
        subject: '相談のご案内',
        text: '会議URL: https://meet.example/abc',
      },
    });
    await recordAudit(trx, ctx.clock, {
      tenantId: 'office-a',
      actor: { kind: 'system' },
      event: 'booking.created',
      ruleId: 'BOOK-INVITE',
    });
  });
});
afterAll(() => ctx.close());

describe('the staff console shows the outbox and the audit log of its own tenant only', () => {
  test('an admin reads a mail waiting in the outbox, with its text', async () => {
    const { client } = await createStaffAndLogin(ctx, app, { tenantId: 'office-a', roles: ['admin'] });
    const list = await (await client.get('/staff/outbox')).text();
    expect(list).toContain('相談のご案内');
    const id = /href="\/staff\/outbox\/([0-9a-f-]{36})"/.exec(list)![1];
    const detail = await (await client.get(`/staff/outbox/${id}`)).text();
    expect(detail).toContain('https://meet.example/abc');
  });

  test('REC-AUDIT: the audit log page lists the entries with their rule', async () => {
    const { client } = await createStaffAndLogin(ctx, app, { tenantId: 'office-a', roles: ['admin'] });
    const page = await (await client.get('/staff/audit')).text();
    expect(page).toContain('booking.created');
    expect(page).toContain('BOOK-INVITE');
  });

  test('staff of another tenant see neither', async () => {
    const { client } = await createStaffAndLogin(ctx, app, { tenantId: 'office-b', roles: ['admin'] });
    const list = await (await client.get('/staff/outbox')).text();
    expect(list).not.toContain('相談のご案内');
    expect(await (await client.get('/staff/audit')).text()).not.toContain('BOOK-INVITE');
    const [row] = await ctx.db.selectFrom('outbox').select('id').execute();
    expect((await client.get(`/staff/outbox/${row!.id}`)).status).toBe(404);
  });

  test('a role without the permission is refused', async () => {
    const { client } = await createStaffAndLogin(ctx, app, { tenantId: 'office-a', roles: ['expert'] });
    expect((await client.get('/staff/audit')).status).toBe(403);
  });
});
