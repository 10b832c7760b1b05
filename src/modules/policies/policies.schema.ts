import { z } from 'zod';
import type { FieldLabels } from '../../kernel/validation.ts';

export const documentKey = z
  .string()
  .trim()
  .regex(
    /^[a-z0-9][a-z0-9-]{1,62}$/,
    '英小文字・数字・ハイフンで入力してください。|Use lower-case letters, digits and hyphens.',
  );

export const versionLabel = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/,
    '版の名前は英数字と . _ - で32文字以内にしてください。|Use up to 32 letters, digits, . _ or - for the version label.',
  );

export const ruleAction = z.enum(['delete', 'hide', 'block', 'suspend', 'refuse']);
export const consentChannel = z.enum(['web', 'line', 'api', 'staff']);

export const consentSubject = z.object({
  kind: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_-]{0,31}$/, '利用者の種別が正しくありません。|The subject kind is not valid.'),
  ref: z.string().trim().min(1).max(320),
});

export const recordConsentSchema = z
  .object({
    tenantId: z.string().min(1),
    subject: consentSubject,
    documentKey,
    kind: z.enum(['explicit', 'deemed']),
    act: z.string().trim().min(1).max(100).optional(),
    channel: consentChannel,
  })
  // POL-CONSENT-DEEMED: a deemed consent must name the act that counts as consent.
  .refine((v) => v.kind === 'explicit' || v.act, {
    path: ['act'],
    message:
      'みなし同意には同意とみなす行為を指定してください。|A deemed consent needs the act that counts as consent.',
  });

export const consentFieldLabels: FieldLabels = {
  'subject.kind': { ja: '利用者の種別', en: 'subject kind' },
  'subject.ref': { ja: '利用者の識別子', en: 'subject reference' },
  documentKey: { ja: '文書', en: 'document' },
  kind: { ja: '同意の種類', en: 'consent kind' },
  act: { ja: '同意とみなす行為', en: 'act' },
  channel: { ja: '経路', en: 'channel' },
};

const thirdPartyTerms = z.object({
  name: z.string().trim().min(1).max(200),
  url: z.url('URLの形式が正しくありません。|The URL has the wrong format.'),
});

export const createDocumentSchema = z.object({
  tenantId: z.string().min(1),
  key: documentKey,
  titleJa: z.string().trim().min(1).max(200),
  titleEn: z.string().trim().min(1).max(200),
  visibility: z.enum(['public', 'internal']),
  governingLaw: z.string().trim().min(1).max(200).optional(),
  court: z.string().trim().min(1).max(200).optional(),
  thirdPartyTerms: z.array(thirdPartyTerms).max(20).default([]),
  linkedKeys: z.array(documentKey).max(20).default([]),
});

export const ruleSchema = z.object({
  categoryId: z
    .string()
    .trim()
    .regex(
      /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/,
      '区分IDは英大文字・数字・ハイフンで入力してください（例: SNS-DELETE-01）。|Use capitals, digits and hyphens for the category ID (e.g. SNS-DELETE-01).',
    ),
  labelJa: z.string().trim().min(1).max(300),
  labelEn: z.string().trim().min(1).max(300),
  actions: z
    .array(ruleAction)
    .min(1, '許される対応を1つ以上選んでください。|Choose at least one allowed action.'),
});

const body = z.string().min(1).max(100000);
const summary = z.string().trim().max(2000).default('');

export const draftSchema = z.object({
  tenantId: z.string().min(1),
  documentKey,
  label: versionLabel,
  body,
  summary,
  /** POL-RULESET: omitted = keep (update) or none (create). */
  rules: z
    .array(ruleSchema)
    .max(100)
    .refine((rules) => new Set(rules.map((r) => r.categoryId)).size === rules.length, {
      message: '区分IDが重複しています。|A category ID appears twice.',
    })
    .optional(),
});

/** An instant with an offset ('2027-01-01T09:00+09:00'), or a wall time in Japan ('2027-01-01T09:00'). */
export const instantInput = z
  .string()
  .trim()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/,
    '日時は 2027-01-01T09:00 の形式で入力してください。|Enter the date-time as 2027-01-01T09:00.',
  );

export const scheduleSchema = z.object({
  tenantId: z.string().min(1),
  documentKey,
  label: versionLabel,
  effectiveAt: instantInput,
});

export const publishNowSchema = z.object({
  tenantId: z.string().min(1),
  documentKey,
  label: versionLabel,
});

export const policyFieldLabels: FieldLabels = {
  key: { ja: '文書キー', en: 'document key' },
  documentKey: { ja: '文書', en: 'document' },
  titleJa: { ja: '表題（日本語）', en: 'title (Japanese)' },
  titleEn: { ja: '表題（英語）', en: 'title (English)' },
  visibility: { ja: '公開範囲', en: 'visibility' },
  governingLaw: { ja: '準拠法', en: 'governing law' },
  court: { ja: '管轄裁判所', en: 'court' },
  label: { ja: '版', en: 'version label' },
  body: { ja: '本文', en: 'text' },
  summary: { ja: '変更の概要', en: 'summary of changes' },
  effectiveAt: { ja: '施行日時', en: 'effective date-time' },
};
