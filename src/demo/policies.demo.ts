import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppContext } from '../context.ts';
import { fromWallTime, toWallTime } from '../kernel/time/zoned.ts';
import {
  createDocument,
  createDraftVersion,
  importPublishedVersion,
  listPolicyDocuments,
  type PolicyRule,
  scheduleVersion,
} from '../modules/policies/index.ts';
import { findTenant } from '../modules/tenants/index.ts';
import { coopSnsRules, deskProhibitedActs, jobcafeSnsRules } from './policy-rulesets.demo.ts';

// The demo tenants' policies and terms (texts in ./documents, written for the demo). Each document
// shows a feature: the job café's SNS policy has a superseded version (history, diff); the Hello Work
// consultation terms have a version scheduled for later (change notice).

const documentsDir = join(import.meta.dirname, 'documents');
const text = (file: string, name?: string) => {
  const body = readFileSync(join(documentsDir, file), 'utf8');
  return name ? body.replaceAll('{{name}}', name) : body;
};

const terms = {
  line: { name: 'LINE利用規約', url: 'https://terms.line.me/line_terms' },
  microsoft: { name: 'Microsoft サービス規約', url: 'https://www.microsoft.com/ja-jp/servicesagreement' },
  zoom: { name: 'Zoom 利用規約', url: 'https://explore.zoom.us/ja/terms/' },
};
const japaneseLaw = '日本法';

interface DemoVersion {
  label: string;
  file: string;
  summary?: string;
  rules?: PolicyRule[];
  /** ISO with offset for history; 'scheduled' = the first day of the month after next, 09:00 JST. */
  effectiveAt: string | 'scheduled';
}

interface DemoDocument {
  tenantId: string;
  key: string;
  titleJa: string;
  titleEn: string;
  visibility: 'public' | 'internal';
  governingLaw?: string;
  court?: string;
  linkedKeys?: string[];
  thirdPartyTerms?: { name: string; url: string }[];
  versions: DemoVersion[];
  /** Substituted for {{name}} in shared texts. */
  orgName?: string;
}

const privacy = (tenantId: string, orgName: string): DemoDocument => ({
  tenantId,
  key: 'privacy',
  titleJa: '個人情報の取扱いについて',
  titleEn: 'Privacy policy',
  visibility: 'public',
  orgName,
  versions: [{ label: 'v1', file: 'hellowork.privacy.v1.md', effectiveAt: '2025-04-01T09:00+09:00' }],
});

const demoDocuments: DemoDocument[] = [
  {
    tenantId: 'jobcafe-kitakami',
    key: 'sns-policy',
    titleJa: '公式SNSアカウント運用方針',
    titleEn: 'Official social media policy',
    visibility: 'public',
    versions: [
      {
        label: 'v1',
        file: 'jobcafe-kitakami.sns-policy.v1.md',
        summary: '制定',
        effectiveAt: '2024-04-01T09:00+09:00',
      },
      {
        label: 'v2',
        file: 'jobcafe-kitakami.sns-policy.v2.md',
        summary: '削除区分を15項目に整理し、ブロック、投稿の扱い、なりすまし対応を追加',
        rules: jobcafeSnsRules,
        effectiveAt: '2025-10-01T09:00+09:00',
      },
    ],
  },
  {
    tenantId: 'career-desk-minato',
    key: 'privacy',
    titleJa: '個人情報の取扱方針',
    titleEn: 'Privacy policy',
    visibility: 'public',
    versions: [
      { label: 'v1', file: 'career-desk-minato.privacy.v1.md', effectiveAt: '2025-06-01T09:00+09:00' },
    ],
  },
  {
    tenantId: 'career-desk-minato',
    key: 'desk-policy',
    titleJa: 'LINE相談デスク運用方針',
    titleEn: 'LINE consultation desk policy',
    visibility: 'public',
    governingLaw: japaneseLaw,
    court: '千葉地方裁判所',
    linkedKeys: ['privacy'],
    thirdPartyTerms: [terms.line, terms.microsoft],
    versions: [
      {
        label: 'v1',
        file: 'career-desk-minato.desk-policy.v1.md',
        summary: '制定',
        rules: deskProhibitedActs,
        effectiveAt: '2025-06-01T09:00+09:00',
      },
    ],
  },
  {
    tenantId: 'coop-musashino',
    key: 'sns-policy',
    titleJa: 'ソーシャルメディア運用方針',
    titleEn: 'Social media policy',
    visibility: 'public',
    versions: [
      {
        label: 'v1',
        file: 'coop-musashino.sns-policy.v1.md',
        rules: coopSnsRules,
        effectiveAt: '2025-07-01T09:00+09:00',
      },
    ],
  },
  {
    tenantId: 'coop-musashino',
    key: 'employee-guideline',
    titleJa: '職員のソーシャルメディア利用ガイドライン',
    titleEn: 'Staff guideline for personal social media',
    visibility: 'internal',
    versions: [
      { label: 'v1', file: 'coop-musashino.employee-guideline.v1.md', effectiveAt: '2025-07-01T09:00+09:00' },
    ],
  },
  privacy('hw-kibi', 'きびハローワーク'),
  {
    tenantId: 'hw-kibi',
    key: 'consultation-terms',
    titleJa: 'オンライン職業相談 利用規約',
    titleEn: 'Online job consultation terms',
    visibility: 'public',
    governingLaw: japaneseLaw,
    court: '岡山地方裁判所',
    linkedKeys: ['privacy'],
    thirdPartyTerms: [terms.zoom],
    versions: [
      {
        label: 'v1',
        file: 'hw-kibi.consultation-terms.v1.md',
        summary: '制定',
        effectiveAt: '2025-04-01T09:00+09:00',
      },
      {
        label: 'v2',
        file: 'hw-kibi.consultation-terms.v2.md',
        summary: '録音の禁止、イヤホンの使用、利用記録の保管期間を明記',
        effectiveAt: 'scheduled',
      },
    ],
  },
  privacy('hw-akagi', 'あかぎハローワーク'),
  {
    tenantId: 'hw-akagi',
    key: 'seminar-terms',
    titleJa: 'オンラインセミナー・企業見学会 利用規約',
    titleEn: 'Online seminar and company tour terms',
    visibility: 'public',
    governingLaw: japaneseLaw,
    court: '前橋地方裁判所',
    linkedKeys: ['privacy'],
    thirdPartyTerms: [terms.zoom],
    versions: [
      {
        label: 'v1',
        file: 'hw-akagi.seminar-terms.v1.md',
        summary: '制定',
        effectiveAt: '2025-04-01T09:00+09:00',
      },
    ],
  },
];

/** The first day of the month after next, 09:00 in Japan: always ahead when the demo is first seeded. */
function scheduledDate(now: Date): string {
  const [year, month] = toWallTime(now).date.split('-').map(Number) as [number, number];
  const target = new Date(Date.UTC(year, month + 1, 1)).toISOString().slice(0, 10);
  return fromWallTime(target, '09:00').toISOString();
}

const actor = { kind: 'system', id: 'demo' } as const;

/** Creates what is missing of the demo documents and versions; safe to run on every start. */
export async function seedPolicyDemo(ctx: AppContext): Promise<{ tenantId: string; key: string }[]> {
  const seeded: { tenantId: string; key: string }[] = [];
  for (const doc of demoDocuments) {
    if (!(await findTenant(ctx.db, doc.tenantId))) continue;
    const existing = await listPolicyDocuments(ctx.db, {
      tenantId: doc.tenantId,
      audience: 'staff',
      at: ctx.clock.now(),
    });
    const current = existing.find((d) => d.key === doc.key);
    if (!current) {
      await createDocument(ctx, {
        actor,
        input: {
          tenantId: doc.tenantId,
          key: doc.key,
          titleJa: doc.titleJa,
          titleEn: doc.titleEn,
          visibility: doc.visibility,
          governingLaw: doc.governingLaw,
          court: doc.court,
          linkedKeys: doc.linkedKeys ?? [],
          thirdPartyTerms: doc.thirdPartyTerms ?? [],
        },
      });
    }
    const labels = new Set(current?.versions.map((v) => v.label) ?? []);
    for (const version of doc.versions) {
      if (labels.has(version.label)) continue;
      const input = {
        tenantId: doc.tenantId,
        documentKey: doc.key,
        label: version.label,
        body: text(version.file, doc.orgName),
        summary: version.summary ?? '',
        ...(version.rules ? { rules: version.rules } : {}),
      };
      if (version.effectiveAt === 'scheduled') {
        await createDraftVersion(ctx, { actor, input });
        await scheduleVersion(ctx, {
          actor,
          input: { ...input, effectiveAt: scheduledDate(ctx.clock.now()) },
        });
      } else {
        await importPublishedVersion(ctx, { actor, input: { ...input, effectiveAt: version.effectiveAt } });
      }
    }
    seeded.push({ tenantId: doc.tenantId, key: doc.key });
  }
  return seeded;
}
