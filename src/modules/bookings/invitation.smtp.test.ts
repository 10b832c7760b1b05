import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createMailSender } from '../../kernel/notify/mail.ts';
import { createOutboxDeliverer } from '../../kernel/notify/outbox.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { bookingQueues } from './bookings.workers.ts';
import { createBooking } from './create-booking.ts';
import { resendInvitation } from './resend-invitation.ts';
import { type BookingFixture, bookingInput, createBookingFixture } from './testing.ts';

// A real SMTP server on 127.0.0.1 receives what the outbox worker sends through nodemailer.
let ctx: TestContext;
let f: BookingFixture;
let server: SMTPServer;
let port: number;
const received: string[] = [];

beforeEach(async () => {
  received.length = 0;
  server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.server.address() as AddressInfo).port;
  ctx = await createTestContext({ queues: bookingQueues });
  f = await createBookingFixture(ctx);
});
afterEach(async () => {
  await ctx.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const deliverer = () =>
  createOutboxDeliverer({
    db: ctx.db,
    clock: ctx.clock,
    senders: {
      mail: createMailSender({
        smtpUrl: `smtp://127.0.0.1:${port}`,
        from: 'madoguchi <no-reply@madoguchi.test>',
      }),
    },
  });

function icsEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
}

describe('BOOK-INVITE over SMTP', () => {
  test('BOOK-INVITE: the invitation reaches the SMTP server with the JST time and an .ics at the booked instant', async () => {
    // Wednesday 2026-12-02 13:30 JST
    const { booking } = await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, '2026-12-02T04:30:00Z'),
      channel: 'web',
    });
    expect((await deliverer().sweep()).delivered).toBe(1);
    expect(received).toHaveLength(1);
    const mail = await simpleParser(received[0]!);
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain('hanako@example.jp');
    expect(mail.subject).toContain('2026年12月2日(水) 13:30');
    expect(mail.text).toContain('2026年12月2日(水) 13:30〜14:00（日本時間）');
    expect(mail.text).toContain(booking.meeting_url);
    expect(mail.text).toContain('086-000-1234');

    const attachment = mail.attachments.find((a) => a.filename === 'invitation.ics');
    expect(attachment?.contentType).toBe('text/calendar');
    const { calendar, event } = icsEvent(attachment!.content.toString('utf8'));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-02T04:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-02T05:00:00.000Z');
    expect(event.location).toBe(booking.meeting_url);
  });

  test('BOOK-INVITE: staff can resend the invitation; it is delivered again, once', async () => {
    const { booking } = await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, '2026-12-02T00:00:00Z'),
      channel: 'web',
    });
    await deliverer().sweep();
    await resendInvitation(ctx, {
      principal: f.counsellorPrincipal(),
      tenantId: f.tenantId,
      bookingId: booking.id,
    });
    expect((await deliverer().sweep()).delivered).toBe(1);
    expect((await deliverer().sweep()).delivered).toBe(0);
    expect(received).toHaveLength(2);
    const again = await simpleParser(received[1]!);
    expect(again.text).toContain(booking.meeting_url);
  });
});
