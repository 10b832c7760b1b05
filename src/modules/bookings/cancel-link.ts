import { createHmac, timingSafeEqual } from 'node:crypto';

// BOOK-CANCEL (extension): the self-service cancel link carries an HMAC of the booking id under the
// server's secret, so only the invitation's recipient can use it and no login is needed.

export function cancelToken(secret: string, bookingId: string): string {
  return createHmac('sha256', secret).update(`booking-cancel:${bookingId}`).digest('base64url');
}

export function isValidCancelToken(secret: string, bookingId: string, token: string): boolean {
  const expected = Buffer.from(cancelToken(secret, bookingId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function cancelUrl(baseUrl: string, secret: string, tenantId: string, bookingId: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}/t/${tenantId}/bookings/${bookingId}/cancel?token=${cancelToken(secret, bookingId)}`;
}
