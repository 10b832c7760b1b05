import { OpenAPIHono } from '@hono/zod-openapi';
import { html } from 'hono/html';
import type { AppContext } from '../../../context.ts';
import { csrfField } from '../../../http/csrf.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { renderPage } from '../../../http/pages/layout.ts';
import { formatWallTime } from '../../../kernel/time/zoned.ts';
import { cancelByLink, findBookingByLink } from '../cancel-by-link.ts';

// BOOK-CANCEL (extension, off unless the tenant switches it on): the signed link in the invitation.
export function selfCancelPages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();
  const link = (tenant: string, id: string, token: string) => ({ tenantId: tenant, bookingId: id, token });

  app.get('/t/:tenant/bookings/:id/cancel', async (c) => {
    const tr = t(c);
    const { tenant, id } = c.req.param();
    const token = c.req.query('token') ?? '';
    const booking = await findBookingByLink(ctx, link(tenant, id, token));
    const live = booking.status === 'booked';
    const body = live
      ? html`<p>${tr('次の予約を取り消します。', 'You are about to cancel this booking.')}</p>
        <p><strong>${formatWallTime(booking.starts_at, c.get('lang'))}</strong></p>
        <form method="post" action="/t/${tenant}/bookings/${id}/cancel?token=${encodeURIComponent(token)}">
          ${csrfField(c.get('csrfToken'))}
          <div class="actions"><button class="danger" type="submit">${tr('予約を取り消す', 'Cancel the booking')}</button></div>
        </form>`
      : html`<p>${tr('この予約は既に取り消されているか、終了しています。', 'This booking is already cancelled or over.')}</p>`;
    return renderPage(c, { title: tr('予約の取り消し', 'Cancel a booking'), body });
  });

  app.post('/t/:tenant/bookings/:id/cancel', async (c) => {
    const tr = t(c);
    const { tenant, id } = c.req.param();
    await cancelByLink(ctx, link(tenant, id, c.req.query('token') ?? ''));
    const body = html`<div class="notice ok" role="status"><p>${tr('予約を取り消しました。', 'The booking is cancelled.')}</p></div>
      <p><a href="/t/${tenant}/book">${tr('新しく予約する', 'Make a new booking')}</a></p>`;
    return renderPage(c, { title: tr('予約を取り消しました', 'Booking cancelled'), body });
  });
  return app;
}
