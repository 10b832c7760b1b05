import type { CalendarInvite } from '../../kernel/notify/calendar.ts';
import type { MailPayload } from '../../kernel/notify/mail.ts';
import { formatWallTime, toWallTime } from '../../kernel/time/zoned.ts';

// BOOK-INVITE: the invitation (and the day-before reminder) as a Japanese mail with an English summary,
// and a calendar event (rendered to .ics at delivery, kernel/notify/calendar.ts).

export interface InvitationInput {
  kind: 'invitation' | 'reminder';
  booking: {
    id: string;
    startsAt: Date;
    endsAt: Date;
    name: string;
    email: string;
    meetingUrl: string;
    interpreter: boolean;
    assistant: boolean;
  };
  tenantName: string;
  office: {
    nameJa: string;
    nameEn: string;
    phone: string;
    email: string | null;
    opensAt: string;
    closesAt: string;
  };
  zone: string;
  noShowAfterMinutes: number;
  organizerEmail: string;
  /** BOOK-CANCEL: present only when the tenant switched self-service cancellation on. */
  cancelUrl?: string;
}

type IcsInput = Pick<InvitationInput, 'booking' | 'tenantName' | 'office' | 'organizerEmail'>;

/** The booking as one calendar event; the invitation requests it, a cancellation (same UID) cancels it. */
export function bookingEvent(
  input: IcsInput,
  event: { method: CalendarInvite['method']; summary: string; description?: string },
): CalendarInvite {
  return {
    method: event.method,
    calendarName: input.tenantName,
    uid: `booking-${input.booking.id}@madoguchi`,
    start: input.booking.startsAt.toISOString(),
    end: input.booking.endsAt.toISOString(),
    summary: event.summary,
    ...(event.description ? { description: event.description, url: input.booking.meetingUrl } : {}),
    organizer: { name: input.office.nameJa, email: input.office.email ?? input.organizerEmail },
    attendee: { name: input.booking.name, email: input.booking.email },
  };
}

function invitationEvent(input: InvitationInput): CalendarInvite {
  return bookingEvent(input, {
    method: 'REQUEST',
    summary: `オンライン職業相談（${input.office.nameJa}）`,
    description: `参加用URL: ${input.booking.meetingUrl}\n録画・録音はできません。個室などからご参加ください。`,
  });
}

const hhmm = (time: string) => time.slice(0, 5);

export function invitationMail(input: InvitationInput): MailPayload {
  const { booking, office } = input;
  const whenJa = `${formatWallTime(booking.startsAt, 'ja', input.zone)}〜${toWallTime(booking.endsAt, input.zone).time}`;
  const whenEn = `${formatWallTime(booking.startsAt, 'en', input.zone)}–${toWallTime(booking.endsAt, input.zone).time}`;
  const helpers = [booking.interpreter ? '通訳' : '', booking.assistant ? '介助者' : '']
    .filter(Boolean)
    .join('・');
  const subject =
    input.kind === 'invitation'
      ? `【${office.nameJa}】オンライン職業相談のご案内 ${formatWallTime(booking.startsAt, 'ja', input.zone)}`
      : `【${office.nameJa}】明日のオンライン職業相談のお知らせ ${formatWallTime(booking.startsAt, 'ja', input.zone)}`;
  const lines = [
    `${booking.name} 様`,
    '',
    input.kind === 'invitation'
      ? `${input.tenantName} ${office.nameJa}のオンライン職業相談のご予約が確定しました。`
      : `明日、${office.nameJa}とのオンライン職業相談があります。`,
    '',
    `■ 日時: ${whenJa}（日本時間）`,
    `■ 参加用URL: ${booking.meetingUrl}`,
    '  開始時刻になったら上のURLを開いてください。アプリとカメラ・マイクは前もって確かめておいてください。',
    '',
    '■ ご注意',
    '・相談の録画や録音は、どのような方法でもお断りしています。',
    '・相談の内容を守るため、個室など周りに人がいない場所からご参加ください。',
    `・通訳・介助者の同席: ${helpers ? `${helpers}（お申し出を承りました）` : 'なし'}`,
    '・相談は無料です。通信にかかる費用はご本人の負担となります。',
    `・開始から${input.noShowAfterMinutes}分たってもご参加がなく、ご連絡もない場合は、この予約は取り消しとなります。`,
    '',
    '■ キャンセル・お問い合わせ',
    `キャンセルは電話でご連絡ください: ${office.nameJa} ${office.phone}（受付 ${hhmm(office.opensAt)}〜${hhmm(office.closesAt)}、土日祝・年末年始を除く）`,
    ...(input.cancelUrl ? [`次のリンクからも取り消せます: ${input.cancelUrl}`] : []),
    ...(input.kind === 'invitation'
      ? ['このメールに心当たりのない場合や、内容に誤りがある場合も上の番号へお電話ください。']
      : []),
    '',
    '-- English --',
    input.kind === 'invitation'
      ? `Your online job consultation with ${office.nameEn} is booked.`
      : `Reminder: your online job consultation with ${office.nameEn} is tomorrow.`,
    `When: ${whenEn} (Japan time)`,
    `Join: ${booking.meetingUrl}`,
    'Recording is not allowed. Please join from a private room.',
    `To cancel, call ${office.phone}.${input.cancelUrl ? ` Or use this link: ${input.cancelUrl}` : ''}`,
  ];
  return {
    to: booking.email,
    subject,
    text: lines.join('\n'),
    attachments: [{ filename: 'invitation.ics', calendar: invitationEvent(input) }],
  };
}
