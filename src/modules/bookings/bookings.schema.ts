import { z } from 'zod';
import type { Message } from '../../kernel/errors.ts';
import type { FieldLabels } from '../../kernel/validation.ts';
import { jobSeekerNumberMessage, normaliseJobSeekerNumber } from './job-seeker-number.ts';

/** BOOK-ENV: what the job seeker confirms about their device and connection before booking. */
export const ENVIRONMENT_CHECKLIST: { key: string; label: Message }[] = [
  {
    key: 'secure-device',
    label: {
      ja: 'ウイルス感染などのない安全な端末を使います',
      en: 'I use a safe device with no malware infection',
    },
  },
  {
    key: 'no-free-wifi',
    label: {
      ja: '管理状況の分からない無料Wi-Fiなどは使いません',
      en: 'I do not use free Wi-Fi or other connections of unknown management',
    },
  },
  {
    key: 'supported-os',
    label: {
      ja: 'サポート期間中のOSに最新のセキュリティ更新を当てています',
      en: 'My operating system is still supported and has the latest security updates',
    },
  },
  {
    key: 'firewall',
    label: {
      ja: 'ファイアウォールを有効にし、許可は必要最小限にしています',
      en: 'The firewall is on and allows only what is needed',
    },
  },
  {
    key: 'no-file-sharing',
    label: {
      ja: 'ファイル共有ソフトを入れておらず、不要なソフトは起動しません',
      en: 'No file-sharing software is installed and I close programs I do not need',
    },
  },
  {
    key: 'antivirus',
    label: {
      ja: 'ウイルス対策ソフトを入れ、定義ファイルを最新にしています',
      en: 'Antivirus software is installed with current definitions',
    },
  },
  {
    key: 'browser-updated',
    label: {
      ja: 'ブラウザやアプリを最新の版に更新しています',
      en: 'My browser and apps are updated to the latest version',
    },
  },
  {
    key: 'app-tested',
    label: {
      ja: '指定のビデオ通話アプリを用意し、通信を試しました',
      en: 'I have installed the designated video app and tested my connection',
    },
  },
];
export const ENVIRONMENT_KEYS = ENVIRONMENT_CHECKLIST.map((item) => item.key);

const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean());
const list = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string()),
);

export const jobSeekerNumberField = z
  .string()
  .min(1)
  .transform((value, ctx) => {
    const normalised = normaliseJobSeekerNumber(value);
    if (!normalised) {
      ctx.addIssue({ code: 'custom', message: `${jobSeekerNumberMessage.ja}|${jobSeekerNumberMessage.en}` });
      return z.NEVER;
    }
    return normalised;
  });

const email = z
  .string()
  .trim()
  .min(1)
  .pipe(z.email('メールアドレスの形式が正しくありません。|The e-mail address has the wrong format.'));

export const createBookingSchema = z.object({
  office: z.string().trim().min(1),
  startsAt: z.coerce.date('予約日時を選んでください。|Please choose a date and time.'),
  name: z.string().trim().min(1).max(100),
  jobSeekerNumber: jobSeekerNumberField,
  email,
  interpreter: checkbox.default(false),
  assistant: checkbox.default(false),
  assistanceNote: z.string().trim().max(500).optional(),
  environment: list.refine(
    (items) => ENVIRONMENT_KEYS.every((key) => items.includes(key)),
    '利用環境の確認項目すべてを確認してチェックしてください。|Please confirm every item of the environment checklist.',
  ),
});
export type CreateBookingInput = z.input<typeof createBookingSchema>;
/** The details step of the public flow: everything but the checklist. */
export const bookingDetailsSchema = createBookingSchema.omit({ environment: true });

export const followUpSchema = z.object({
  startsAt: z.coerce.date('予約日時を選んでください。|Please choose a date and time.'),
  sameCounsellor: checkbox.default(true),
});

export const reasonSchema = z.object({ reason: z.string().trim().min(1).max(500) });
export const refusalSchema = reasonSchema.extend({ cancelUpcoming: checkbox.default(false) });
export const contactSchema = z.object({ note: z.string().trim().min(1).max(1000) });
export const stopSchema = z.object({
  reason: z.string().trim().min(1).max(500),
  refuse: checkbox.default(false),
  cancelUpcoming: checkbox.default(false),
});

export const registerJobSeekerSchema = z.object({
  number: jobSeekerNumberField,
  name: z.string().trim().min(1).max(100),
  email: email.optional(),
  registration: z.enum(['registered', 'online']),
});

const time = z
  .string()
  .regex(/^\d\d:\d\d(:\d\d)?$/, '時刻は HH:MM で入力してください。|Enter times as HH:MM.');
export const weeklyHoursSchema = z.object({
  hours: z
    .array(z.object({ weekday: z.coerce.number().int().min(0).max(6), startsAt: time, endsAt: time }))
    .max(50),
});
export const hoursExceptionSchema = z.object({
  onDate: z.iso.date(),
  kind: z.enum(['off', 'extra']),
  startsAt: time.optional(),
  endsAt: time.optional(),
  reason: z.string().trim().max(200).optional(),
});

/** The tenant's booking settings an administrator may change (BOOK-LENGTH, -DEADLINE, -NOSHOW, …). */
export const bookingSettingsSchema = z.object({
  bookingLengthMinutes: z.coerce.number().int().min(10).max(180),
  bookingDeadline: z.enum(['previous-calendar-day', 'previous-business-day-closing']),
  noShowAfterMinutes: z.coerce.number().int().min(1).max(60),
  noShowFlagThreshold: z.coerce.number().int().min(1).max(20),
  reminderDayBefore: checkbox.default(false),
  selfServiceCancel: checkbox.default(false),
});

export const bookingFieldLabels: FieldLabels = {
  office: { ja: '窓口', en: 'office' },
  startsAt: { ja: '予約日時', en: 'date and time' },
  name: { ja: '氏名', en: 'name' },
  jobSeekerNumber: { ja: '求職番号', en: 'job-seeker number' },
  number: { ja: '求職番号', en: 'job-seeker number' },
  email: { ja: 'メールアドレス', en: 'e-mail address' },
  assistanceNote: { ja: '通訳・介助者についての連絡事項', en: 'note about the interpreter or assistant' },
  environment: { ja: '利用環境の確認', en: 'environment checklist' },
  reason: { ja: '理由', en: 'reason' },
  note: { ja: '連絡内容', en: 'contact note' },
  registration: { ja: '登録区分', en: 'registration status' },
  onDate: { ja: '日付', en: 'date' },
  kind: { ja: '種別', en: 'kind' },
  hours: { ja: '勤務時間', en: 'working hours' },
  bookingLengthMinutes: { ja: '相談の長さ（分）', en: 'session length (minutes)' },
  bookingDeadline: { ja: '予約の締切', en: 'booking deadline' },
  noShowAfterMinutes: { ja: '欠席とみなすまでの分数', en: 'minutes before a no-show' },
  noShowFlagThreshold: { ja: '要確認とする欠席回数', en: 'no-shows before review' },
};
