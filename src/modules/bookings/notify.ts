import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/schema.ts';
import { enqueueOutbox, type OutboxMessage } from '../../kernel/notify/outbox.ts';
import { addDays, fromWallTime, toWallTime } from '../../kernel/time/zoned.ts';
import type { BookingOffice } from './availability.ts';
import { cancelUrl } from './cancel-link.ts';
import { cancellationMail } from './cancellation-notice.ts';
import { invitationMail } from './invitation.ts';

type Trx = Kysely<DB>;
type Booking = {
  id: string;
  tenant_id: string;
  starts_at: Date;
  ends_at: Date;
  name: string;
  email: string;
  meeting_url: string;
  interpreter: boolean;
  assistant: boolean;
};

interface BookingMailOptions {
  booking: Booking;
  bo: BookingOffice;
  kind: 'invitation' | 'reminder' | 'cancellation';
  deliveryKey: string;
}

/** BOOK-INVITE: queues the invitation, reminder or cancellation notice in the caller's transaction. */
export async function enqueueBookingMail(trx: Trx, ctx: AppContext, o: BookingMailOptions): Promise<boolean> {
  return enqueueOutbox(trx, ctx, bookingMail(ctx, o));
}

/** The invitation, reminder or cancellation notice as an outbox message (BOOK-INVITE). */
export function bookingMail(ctx: AppContext, o: BookingMailOptions): OutboxMessage {
  const { office, settings, rules } = o.bo;
  const input = {
    kind: o.kind === 'reminder' ? ('reminder' as const) : ('invitation' as const),
    booking: {
      id: o.booking.id,
      startsAt: o.booking.starts_at,
      endsAt: o.booking.ends_at,
      name: o.booking.name,
      email: o.booking.email,
      meetingUrl: o.booking.meeting_url,
      interpreter: o.booking.interpreter,
      assistant: o.booking.assistant,
    },
    tenantName: o.bo.tenantName.ja,
    office: {
      nameJa: office.name_ja,
      nameEn: office.name_en,
      phone: office.phone,
      email: office.email,
      opensAt: office.opens_at,
      closesAt: office.closes_at,
    },
    zone: rules.zone,
    noShowAfterMinutes: settings.noShowAfterMinutes,
    organizerEmail: ctx.config.MAIL_FROM.match(/<([^>]+)>/)?.[1] ?? 'no-reply@madoguchi.invalid',
    ...(settings.selfServiceCancel
      ? { cancelUrl: cancelUrl(ctx.config.BASE_URL, ctx.config.SECRET_KEY, o.bo.tenantId, o.booking.id) }
      : {}),
  };
  const payload = o.kind === 'cancellation' ? cancellationMail(input) : invitationMail(input);
  return {
    tenantId: o.bo.tenantId,
    channel: 'mail',
    deliveryKey: o.deliveryKey,
    payload: payload as unknown as Record<string, unknown>,
  };
}

export const REMINDER_TIME = '10:00';

/**
 * When the day-before reminder of a session starting at `startsAt` is due (tenant setting), or null:
 * reminders off, or the booking is made after that time and has just had its invitation.
 */
export function reminderDueAt(startsAt: Date, bo: BookingOffice, now: Date): Date | null {
  if (!bo.settings.reminderDayBefore) return null;
  const dayBefore = addDays(toWallTime(startsAt, bo.rules.zone).date, -1);
  const remindAt = fromWallTime(dayBefore, REMINDER_TIME, bo.rules.zone);
  return remindAt.getTime() <= now.getTime() ? null : remindAt;
}
