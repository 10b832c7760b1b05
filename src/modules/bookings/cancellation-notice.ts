import type { MailPayload } from '../../kernel/notify/mail.ts';
import { formatWallTime } from '../../kernel/time/zoned.ts';
import { bookingEvent, type InvitationInput } from './invitation.ts';

// The notice that the office cancelled a session (BOOK-REFUSE with "cancel upcoming sessions"). The
// .ics cancels the invitation's event (same UID, METHOD:CANCEL) so calendar apps drop it. The staff's
// reason is internal and is not sent.
type NoticeInput = Pick<InvitationInput, 'booking' | 'tenantName' | 'office' | 'zone' | 'organizerEmail'>;

export function cancellationMail(input: NoticeInput): MailPayload {
  const { booking, office } = input;
  const whenJa = formatWallTime(booking.startsAt, 'ja', input.zone);
  const whenEn = formatWallTime(booking.startsAt, 'en', input.zone);
  const lines = [
    `${booking.name} 様`,
    '',
    `${input.tenantName} ${office.nameJa}です。${whenJa}（日本時間）のオンライン職業相談のご予約を、窓口で取り消しました。`,
    'この相談の参加用URLは使えなくなります。',
    '',
    `ご不明な点は、${office.nameJa}（${office.phone}）へお電話ください。`,
    '',
    '-- English --',
    `${office.nameEn} has cancelled your online job consultation on ${whenEn} (Japan time).`,
    `For questions, please call ${office.phone}.`,
  ];
  return {
    to: booking.email,
    subject: `【${office.nameJa}】オンライン職業相談のご予約の取り消し ${whenJa}`,
    text: lines.join('\n'),
    attachments: [
      {
        filename: 'cancel.ics',
        calendar: bookingEvent(input, {
          method: 'CANCEL',
          summary: `オンライン職業相談（${office.nameJa}）取り消し`,
        }),
      },
    ],
  };
}
