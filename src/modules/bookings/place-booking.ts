import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import type { PlannedRow } from '../../db/planned-rows.ts';
import { type Actor, auditRow } from '../../kernel/audit/audit.ts';
import { outboxMessageRow } from '../../kernel/notify/outbox.ts';
import { closedReason } from '../../kernel/time/calendar.ts';
import { planConsent } from '../policies/index.ts';
import { type BookingContext, loadBookingContext } from './booking-context.ts';
import {
  alreadyBookedThen,
  closedDay,
  inThePast,
  noTermsInForce,
  notASlot,
  onlineOnly,
  pastDeadline,
  refused,
  slotTaken,
  unknownJobSeeker,
} from './booking-errors.ts';
import { hasLiveBookingAt } from './bookings.repository.ts';
import type { BookingChannel } from './bookings.tables.ts';
import { bookingDeadline } from './deadline.ts';
import { meetingProviderFor } from './meeting.ts';
import { bookingMail, reminderDueAt } from './notify.ts';
import {
  insertBookingWithFreeCounsellor,
  type NewBooking,
  withTakenCounsellor,
} from './take-slot.repository.ts';

export const CONSULTATION_TERMS = 'consultation-terms';

/** A booking request whose fields are already parsed; shared by the public flow, the API and follow-ups. */
export interface PlaceBookingRequest {
  tenantId: string;
  office: string;
  startsAt: Date;
  jobSeekerNumber: string;
  name: string;
  email: string;
  interpreter: boolean;
  assistant: boolean;
  assistanceNote: string | null;
  environmentConfirmedAt: Date;
  channel: BookingChannel;
  actor: Actor;
  createdBy: string | null;
  followsBookingId: string | null;
  /** BOOK-FOLLOWUP: the counsellor of the running session, tried first. */
  preferredCounsellorId?: string;
}

/** Everything that can be decided by reading: office, day, deadline, eligibility, terms, free counsellors. */
export async function assessBooking(
  ctx: AppContext,
  req: Pick<
    PlaceBookingRequest,
    'tenantId' | 'office' | 'startsAt' | 'jobSeekerNumber' | 'preferredCounsellorId'
  >,
) {
  const now = ctx.clock.now();
  // One read for everything; checked below in the order a person would be told.
  const read = await loadBookingContext(ctx.db, {
    tenantId: req.tenantId,
    officeRef: req.office,
    termsKey: CONSULTATION_TERMS,
    now,
    startsAt: req.startsAt,
    jobSeekerNumber: req.jobSeekerNumber,
  });
  const { bo, date, terms, jobSeeker } = read;
  const zone = bo.rules.zone;

  if (req.startsAt.getTime() <= now.getTime()) throw inThePast();
  const closed = closedReason(date, bo.rules);
  if (closed) throw closedDay(date, closed);
  // BOOK-DEADLINE
  const deadline = bookingDeadline(req.startsAt, {
    mode: bo.settings.bookingDeadline,
    rules: bo.rules,
    officeClosesAt: bo.office.closes_at,
  });
  if (now.getTime() >= deadline.getTime()) throw pastDeadline(deadline, zone);

  // BOOK-ELIGIBLE / BOOK-REFUSE
  if (!jobSeeker) throw unknownJobSeeker();
  if (jobSeeker.registration !== 'registered') throw onlineOnly(bo.office.phone);
  if (jobSeeker.refused) throw refused(bo.office.phone);
  // BOOK-ELIGIBLE: booking is consent to the terms in force, so there must be terms in force.
  if (!terms) throw noTermsInForce(bo.office.phone);

  const candidates = rankCounsellors(read, req.preferredCounsellorId);
  return { bo, jobSeeker, candidates, now, terms };
}

/**
 * After assessBooking, one statement takes the slot with a conditional insert (the database's unique
 * indexes pick the winner) and, only if it did, writes with it the deemed consent
 * (POL-CONSENT-DEEMED), the audit rows and the invitation: one transaction, one round trip. A request
 * that loses the race writes nothing. The no-show cut-off and the reminder are found later by minute
 * sweeps over bookings (decision 0004).
 */
export async function placeBooking(ctx: AppContext, req: PlaceBookingRequest) {
  const { bo, jobSeeker, candidates, now, terms } = await assessBooking(ctx, req);
  const provider = meetingProviderFor(bo.office.settings, ctx.config.MEETING_BASE_URL);
  const endsAt = new Date(req.startsAt.getTime() + bo.settings.bookingLengthMinutes * 60_000);
  // POL-CONSENT-DEEMED: booking is consent to the terms in force (and, linked, the app's terms).
  const { consent, rows: consentRows } = await planConsent(ctx.db, ctx.clock, {
    tenantId: req.tenantId,
    subject: { kind: 'job-seeker', ref: jobSeeker.id },
    documentKey: CONSULTATION_TERMS,
    kind: 'deemed',
    act: 'booking.created',
    channel: req.channel,
    actor: req.actor,
    inForce: terms,
  });
  const booking: NewBooking = {
    id: randomUUID(),
    tenantId: req.tenantId,
    officeId: bo.office.id,
    counsellorIds: candidates,
    jobSeekerId: jobSeeker.id,
    startsAt: req.startsAt,
    endsAt,
    name: req.name,
    email: req.email,
    interpreter: req.interpreter,
    assistant: req.assistant,
    assistanceNote: req.assistanceNote,
    channel: req.channel,
    createdBy: req.createdBy,
    followsBookingId: req.followsBookingId,
    meetingProvider: provider.name,
    meetingUrl: provider.roomFor({ startsAt: req.startsAt, endsAt }),
    environmentConfirmedAt: req.environmentConfirmedAt,
    consentId: consent.consentId,
    policyVersionId: consent.versionId,
    remindAt: reminderDueAt(req.startsAt, bo, now),
    now,
  };
  const audit = auditRow(ctx.clock, {
    tenantId: req.tenantId,
    actor: req.actor,
    event: 'booking.created',
    ruleId: req.followsBookingId ? 'BOOK-FOLLOWUP' : 'BOOK-ELIGIBLE',
    policyVersionId: consent.versionId,
    subject: { kind: 'booking', id: booking.id },
    data: {
      officeId: bo.office.id,
      jobSeekerId: jobSeeker.id,
      startsAt: req.startsAt.toISOString(),
      channel: req.channel,
      interpreter: req.interpreter,
      assistant: req.assistant,
      followsBookingId: req.followsBookingId,
      consentId: consent.consentId,
    },
  });
  const invitation = bookingMail(ctx, {
    booking: {
      id: booking.id,
      tenant_id: req.tenantId,
      starts_at: req.startsAt,
      ends_at: endsAt,
      name: req.name,
      email: req.email,
      meeting_url: booking.meetingUrl,
      interpreter: req.interpreter,
      assistant: req.assistant,
    },
    bo,
    kind: 'invitation',
    deliveryKey: `booking-invitation:${booking.id}`,
  });
  const taken = await takeSlot(ctx, booking, [
    ...consentRows,
    withTakenCounsellor(audit),
    outboxMessageRow(ctx, invitation),
  ]);
  return { booking: taken, office: bo.office };
}

/**
 * The insert skips counsellors being booked by a concurrent request; one that committed after this
 * statement's snapshot shows up as a conflict instead, so a fresh statement tries the rest again.
 */
async function takeSlot(ctx: AppContext, b: NewBooking, companions: PlannedRow[]) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const booking = await insertBookingWithFreeCounsellor(ctx.db, b, companions);
    if (booking) return booking;
    if (await hasLiveBookingAt(ctx.db, b.jobSeekerId, b.startsAt)) throw alreadyBookedThen();
  }
  throw slotTaken();
}

/** Counsellors with a free slot at that time: the preferred one first, then the least booked that day. */
function rankCounsellors(at: BookingContext, preferred?: string): string[] {
  if (at.slots.length === 0) throw notASlot();
  const free = at.slots.filter((s) => !s.taken).map((s) => s.counsellorId);
  if (free.length === 0) throw slotTaken();
  const load = at.sessionsThatDay;
  return free.sort(
    (a, b) =>
      Number(b === preferred) - Number(a === preferred) ||
      (load.get(a) ?? 0) - (load.get(b) ?? 0) ||
      a.localeCompare(b),
  );
}
