import { z } from 'zod';
import type { FieldLabels } from '../../kernel/validation.ts';

const phone = z
  .string()
  .trim()
  .regex(
    /^0\d{1,4}-?\d{1,4}-?\d{3,4}$/,
    '電話番号の形式が正しくありません。|The phone number has the wrong format.',
  );

export const createTenantSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9][a-z0-9-]{1,62}$/,
      '英小文字・数字・ハイフンで入力してください。|Use lower-case letters, digits and hyphens.',
    ),
  nameJa: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  kind: z.enum(['jobcafe', 'desk', 'coop', 'hellowork', 'other']),
  phone: phone.optional(),
  email: z.email().optional(),
  website: z.url().optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
});

export const createOfficeSchema = z.object({
  slug: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9][a-z0-9-]{0,62}$/,
      '英小文字・数字・ハイフンで入力してください。|Use lower-case letters, digits and hyphens.',
    ),
  nameJa: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  phone,
  email: z.email().optional(),
  address: z.string().trim().max(300).optional(),
  opensAt: z
    .string()
    .regex(/^\d\d:\d\d$/)
    .default('08:30'),
  closesAt: z
    .string()
    .regex(/^\d\d:\d\d$/)
    .default('17:15'),
});

export const closureSchema = z.object({
  officeId: z.uuid().nullable().optional(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  reason: z.string().trim().min(1).max(200),
});

export const tenantFieldLabels: FieldLabels = {
  id: { ja: '識別子', en: 'identifier' },
  nameJa: { ja: '名称（日本語）', en: 'name (Japanese)' },
  nameEn: { ja: '名称（英語）', en: 'name (English)' },
  kind: { ja: '種別', en: 'kind' },
  slug: { ja: '識別子', en: 'identifier' },
  phone: { ja: '電話番号', en: 'phone number' },
  email: { ja: 'メールアドレス', en: 'e-mail address' },
  website: { ja: 'ウェブサイト', en: 'website' },
  address: { ja: '所在地', en: 'address' },
  opensAt: { ja: '開庁時刻', en: 'opening time' },
  closesAt: { ja: '閉庁時刻', en: 'closing time' },
  startsOn: { ja: '開始日', en: 'first day' },
  endsOn: { ja: '終了日', en: 'last day' },
  reason: { ja: '理由', en: 'reason' },
};
