import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

// A calendar event sent with a mail, kept in the outbox row as data and turned into .ics text when the
// mail is delivered: ical-generator's line folding encodes every character on its own (~0.3 ms per
// invitation), which does not belong in the request that books.
// Times are UTC instants: given a zone name, ical-generator writes a TZID without its VTIMEZONE (or
// uses the process's zone), so it gets Dates and emits ...Z values.

export interface CalendarInvite {
  method: 'REQUEST' | 'CANCEL';
  calendarName: string;
  /** Stable per real-world event: a later CANCEL with the same uid removes it from calendars. */
  uid: string;
  /** ISO 8601 instants. */
  start: string;
  end: string;
  summary: string;
  description?: string;
  /** The meeting link, as both LOCATION and URL. */
  url?: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

/** The .ics text of an invite (METHOD:CANCEL also marks the event cancelled, sequence 1). */
export function renderCalendar(invite: CalendarInvite): string {
  const calendar = ical({
    name: invite.calendarName,
    method: invite.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    prodId: { company: 'madoguchi', product: 'bookings', language: 'JA' },
  });
  const start = new Date(invite.start);
  calendar.createEvent({
    id: invite.uid,
    ...(invite.method === 'CANCEL' ? { sequence: 1, status: ICalEventStatus.CANCELLED } : {}),
    start,
    end: new Date(invite.end),
    stamp: start,
    summary: invite.summary,
    ...(invite.description ? { description: invite.description } : {}),
    ...(invite.url ? { location: invite.url, url: invite.url } : {}),
    organizer: invite.organizer,
    attendees: [{ ...invite.attendee, rsvp: false }],
  });
  return calendar.toString();
}

export function calendarContentType(invite: CalendarInvite): string {
  return `text/calendar; charset=utf-8; method=${invite.method}`;
}
