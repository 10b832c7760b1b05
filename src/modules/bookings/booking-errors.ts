import { AppError, invalid, type Message, ruleViolation } from '../../kernel/errors.ts';
import { type ClosedReason, holidayName } from '../../kernel/time/calendar.ts';
import { formatWallTime } from '../../kernel/time/zoned.ts';

// The messages a job seeker or a counsellor meets when a booking cannot be made, each naming the field.

export const slotTaken = () => {
  const message = {
    ja: 'その枠は先に予約されました。別の時間を選んでください。',
    en: 'That slot has just been booked by someone else. Please choose another time.',
  };
  return new AppError('conflict', { message, issues: [{ field: 'startsAt', message }] });
};

export const alreadyBookedThen = () => {
  const message = {
    ja: 'この日時には既にご予約があります。',
    en: 'You already have a booking at this time.',
  };
  return new AppError('conflict', { message, issues: [{ field: 'startsAt', message }] });
};

export const notASlot = () =>
  invalid('startsAt', {
    ja: 'その日時は予約できる枠ではありません。一覧から選んでください。',
    en: 'That time is not a bookable slot. Please choose one from the list.',
  });

export const inThePast = () =>
  invalid('startsAt', {
    ja: '過ぎた日時は予約できません。',
    en: 'A time in the past cannot be booked.',
  });

const closedLabels: Record<ClosedReason, Message> = {
  saturday: { ja: '土曜日', en: 'a Saturday' },
  sunday: { ja: '日曜日', en: 'a Sunday' },
  holiday: { ja: '祝日', en: 'a public holiday' },
  'year-end': { ja: '年末年始の休み', en: 'in the year-end break' },
  closure: { ja: '休業日', en: 'a closing day' },
};

export const closedDay = (date: string, reason: ClosedReason) => {
  const label = closedLabels[reason];
  const holiday = reason === 'holiday' ? holidayName(date) : null;
  return ruleViolation(
    'BOOK-DEADLINE',
    {
      ja: `${date} は${holiday ? `${holiday.ja}（${label.ja}）` : label.ja}のため相談を受け付けていません。`,
      en: `${date} is ${holiday ? `${holiday.en} (${label.en})` : label.en}; there are no consultations that day.`,
    },
    'startsAt',
  );
};

export const pastDeadline = (deadline: Date, zone: string) =>
  ruleViolation(
    'BOOK-DEADLINE',
    {
      ja: `この日時の予約は ${formatWallTime(deadline, 'ja', zone)} で締め切りました（前日までの予約が必要です）。`,
      en: `Bookings for this time closed at ${formatWallTime(deadline, 'en', zone)} (book by the day before).`,
    },
    'startsAt',
  );

export const unknownJobSeeker = () =>
  invalid('jobSeekerNumber', {
    ja: 'この求職番号は登録されていません。番号をお確かめのうえ、ハローワークで求職登録をお済ませください。',
    en: 'This job-seeker number is not registered. Check the number, or register as a job seeker at Hello Work first.',
  });

export const onlineOnly = (phone: string) =>
  ruleViolation(
    'BOOK-ELIGIBLE',
    {
      ja: `オンライン登録のみの方はご予約いただけません。ハローワーク（${phone}）で利用登録への切り替えをお済ませください。`,
      en: `Online pre-registrants cannot book yet. Please complete your registration with Hello Work (${phone}) first.`,
    },
    'jobSeekerNumber',
  );

export const refused = (phone: string) =>
  ruleViolation(
    'BOOK-REFUSE',
    {
      ja: `現在このサービスのご予約をお受けできません。窓口（${phone}）にお問い合わせください。`,
      en: `We cannot take bookings for this service from you at present. Please call the office (${phone}).`,
    },
    'jobSeekerNumber',
  );

export const noTermsInForce = (phone: string) =>
  ruleViolation('BOOK-ELIGIBLE', {
    ja: `利用規約が公開されていないため、現在ご予約を受け付けられません。窓口（${phone}）にお問い合わせください。`,
    en: `No terms of use are in force, so bookings cannot be taken now. Please call the office (${phone}).`,
  });
