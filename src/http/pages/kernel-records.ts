import { OpenAPIHono } from '@hono/zod-openapi';
import { html } from 'hono/html';
import type { AppContext } from '../../context.ts';
import { listAudit } from '../../kernel/audit/audit.ts';
import { notFound } from '../../kernel/errors.ts';
import { findOutboxRow, listOutbox } from '../../kernel/notify/outbox.repository.ts';
import { authorize } from '../../kernel/policy/authorize.ts';
import { formatWallTime } from '../../kernel/time/zoned.ts';
import type { AppEnv } from '../env.ts';
import { t } from '../i18n.ts';
import { renderPage } from './layout.ts';

// The staff console's view of two kernel records: the outbox (in development, without SMTP, this is
// where the mails can be read) and the append-only audit log.
export function kernelRecordRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();

  app.get('/staff/outbox', async (c) => {
    const principal = authorize(c.get('principal'), 'outbox.read', {
      tenantId: c.get('principal')?.tenantId ?? '',
    });
    const tr = t(c);
    const lang = c.get('lang');
    const rows = await listOutbox(ctx.db, principal.tenantId, 100);
    const body = html`<p>${tr(
      '外部へ送る通知（メール等）の一覧です。送信はコミット後に一度だけ行われます。',
      'Messages leaving the system (mail and others). Each is sent once, after its change is committed.',
    )}</p>
    <div class="table-wrap"><table>
      <caption class="muted">${tr('新しい順、最大100件', 'Newest first, up to 100')}</caption>
      <thead><tr><th scope="col">${tr('作成', 'Created')}</th><th scope="col">${tr('宛先・件名', 'To and subject')}</th><th scope="col">${tr('状態', 'Status')}</th></tr></thead>
      <tbody>${rows.map((row) => {
        const payload = row.payload as { to?: string; subject?: string };
        return html`<tr><td>${formatWallTime(row.created_at, lang)}</td>
          <td><a href="/staff/outbox/${row.id}">${payload.subject ?? row.delivery_key}</a><br><span class="muted">${payload.to ?? row.channel}</span></td>
          <td>${row.status}${row.last_error ? html`<br><span class="error-text">${row.last_error}</span>` : ''}</td></tr>`;
      })}</tbody>
    </table></div>`;
    return renderPage(c, { title: tr('送信箱', 'Outbox'), body });
  });

  app.get('/staff/outbox/:id', async (c) => {
    const principal = authorize(c.get('principal'), 'outbox.read', {
      tenantId: c.get('principal')?.tenantId ?? '',
    });
    const tr = t(c);
    const row = await findOutboxRow(ctx.db, principal.tenantId, c.req.param('id'));
    if (!row) throw notFound();
    const mail = row.payload as {
      to?: string;
      subject?: string;
      text?: string;
      attachments?: { filename: string }[];
    };
    const body = html`<dl>
      <dt>${tr('宛先', 'To')}</dt><dd>${mail.to ?? '-'}</dd>
      <dt>${tr('状態', 'Status')}</dt><dd>${row.status} (${tr('試行', 'attempts')}: ${row.attempts})</dd>
      <dt>${tr('添付', 'Attachments')}</dt><dd>${(mail.attachments ?? []).map((a) => a.filename).join(', ') || '-'}</dd>
    </dl>
    <pre class="policy-text">${mail.text ?? JSON.stringify(row.payload, null, 2)}</pre>
    <p><a href="/staff/outbox">${tr('送信箱へ戻る', 'Back to the outbox')}</a></p>`;
    return renderPage(c, { title: mail.subject ?? row.delivery_key, body });
  });

  app.get('/staff/audit', async (c) => {
    const principal = authorize(c.get('principal'), 'audit.read', {
      tenantId: c.get('principal')?.tenantId ?? '',
    });
    const tr = t(c);
    const lang = c.get('lang');
    const rows = await listAudit(ctx.db, { tenantId: principal.tenantId, limit: 200 });
    const body = html`<p>${tr('監査ログは追記のみで、変更・削除できません。', 'The audit log is append-only: entries cannot be changed or deleted.')}</p>
    <div class="table-wrap"><table>
      <thead><tr><th scope="col">${tr('日時', 'When')}</th><th scope="col">${tr('操作', 'Event')}</th><th scope="col">${tr('実行者', 'Actor')}</th><th scope="col">${tr('規則', 'Rule')}</th><th scope="col">${tr('対象', 'Subject')}</th></tr></thead>
      <tbody>${rows.map(
        (r) =>
          html`<tr><td>${formatWallTime(r.at, lang)}</td><td>${r.event}</td><td>${r.actor_kind}${r.actor_id ? `:${r.actor_id.slice(0, 8)}` : ''}</td><td>${r.rule_id ?? ''}</td><td>${r.subject_kind ? `${r.subject_kind}:${(r.subject_id ?? '').slice(0, 8)}` : ''}</td></tr>`,
      )}</tbody>
    </table></div>`;
    return renderPage(c, { title: tr('監査ログ', 'Audit log'), body });
  });
  return app;
}
