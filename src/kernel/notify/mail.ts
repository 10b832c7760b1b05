import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Logger } from '../logger.ts';
import { type CalendarInvite, calendarContentType, renderCalendar } from './calendar.ts';
import type { ChannelSender, DeliveredMessage } from './outbox.ts';

/** A file as it is, or a calendar event rendered to .ics when the mail is sent. */
export type MailAttachment =
  | { filename: string; content: string; contentType: string }
  | { filename: string; calendar: CalendarInvite };

/** What a 'mail' outbox row carries. */
export interface MailPayload {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

/** The attachments as they leave: calendar events become .ics text. */
export function renderAttachments(
  mail: MailPayload,
): { filename: string; content: string; contentType: string }[] {
  return (mail.attachments ?? []).map((a) =>
    'calendar' in a
      ? {
          filename: a.filename,
          content: renderCalendar(a.calendar),
          contentType: calendarContentType(a.calendar),
        }
      : { filename: a.filename, content: a.content, contentType: a.contentType },
  );
}

/**
 * Well inside the outbox's stale-claim time (5 minutes), so a slow server cannot hold a send until
 * another worker takes the message over; the URL's own query parameters still win.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * SMTP when SMTP_URL is set. Without it (development) the message is only logged: the outbox row
 * stays readable in the staff console. The Message-ID comes from the delivery key, so a receiving
 * server can tell a retried message from a new one.
 */
export function createMailSender(options: {
  smtpUrl?: string;
  from: string;
  logger?: Logger;
}): ChannelSender {
  const transport = options.smtpUrl
    ? nodemailer.createTransport({ url: options.smtpUrl, ...SMTP_TIMEOUTS })
    : null;
  return async (message: DeliveredMessage) => {
    const mail = message.payload as unknown as MailPayload;
    const messageId = `<${createHash('sha256').update(message.deliveryKey).digest('hex').slice(0, 32)}@madoguchi>`;
    if (!transport) {
      options.logger?.info(
        { to: mail.to, subject: mail.subject, messageId },
        'mail kept in the outbox (no SMTP_URL)',
      );
      return;
    }
    await transport.sendMail({
      from: options.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId,
      attachments: renderAttachments(mail),
    });
  };
}
