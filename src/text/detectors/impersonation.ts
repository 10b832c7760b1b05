import type { DetectorInput, FeatureSet } from '../features.ts';
import { normaliseTerm } from '../normalise.ts';
import { editDistance } from './similarity.ts';

/** Staff roles as they appear in the match view; the fast scanner looks for them too. */
export const STAFF_WORDS = [
  '職員',
  'すたっふ',
  '相談員',
  'かうんせら',
  '講師',
  '担当',
  '人事',
  '事務局',
  '運営',
  '窓口',
  'きゃりあ相談窓口',
];
// "窓口スタッフの佐藤です", "相談員・山口と申します": a staff role followed by a name introducing itself.
const STAFF_INTRO = new RegExp(
  `(${STAFF_WORDS.join('|')})(?:の|・)?[一-龥]{1,4}(?:です|と申します|ともうします)`,
);

const OFFICIAL_WORDS =
  /(公式|official|運営|事務局|support|サポート|staff|スタッフ|本部|おふぃしゃる|こうしき|kou?shiki)/;
// Public bodies and the service's own kind of office, as they appear in the match view: a staff
// introduction that names one ("ハローワークの職業相談員・山口と申します") claims to speak for it.
const PUBLIC_BODY =
  /(厚生労働省|厚労省|労働局|年金事務所|税務署|市役所|区役所|役場|県庁|都庁|はろわく|はろわ|じょぶかふぇ|生協|相談窓口|本部|事務局|運営|公式)/;
const BODY_WINDOW = 24; // characters before the introduction searched for the body it names

/**
 * SNS-DELETE-10 from the author's identity: a display name or handle that equals or nearly equals
 * the official one (after folding confusables), or adds "公式"/"official" to it, without being it.
 */
export function detectImpersonation(input: DetectorInput, features: FeatureSet): void {
  const { context, authorName, authorHandle } = input;
  const whole = { start: 0, end: input.original.length };
  const intro = STAFF_INTRO.exec(input.match.text);
  if (intro) {
    const s = input.match.map[intro.index] ?? 0;
    const e = input.match.ends[intro.index + intro[0].length - 1] ?? s;
    features.add('claims-staff', s, e);
    const before = input.match.text.slice(
      Math.max(0, intro.index - BODY_WINDOW),
      intro.index + intro[0].length,
    );
    if (PUBLIC_BODY.test(before) || namesTenant(before, context.official.names))
      features.add('claims-official', s, e);
  }
  const officialHandles = context.official.handles.map((h) => normaliseTerm(h).replace(/[@\s]/g, ''));
  if (authorHandle !== undefined) {
    const handle = normaliseTerm(authorHandle).replace(/[@\s]/g, '');
    // The match view folds repeated letters (exx → ex), so the account itself is recognised on the
    // handle as written: @hellowork_mihon_exx or @helloworrk_mihon_ex is a look-alike, not the account.
    const raw = rawHandle(authorHandle);
    if (context.official.handles.some((h) => rawHandle(h) === raw)) return; // the account itself
    const doubled = officialHandles.includes(handle);
    const close = doubled || officialHandles.some((h) => h !== handle && editDistance(h, handle, 2) <= 2);
    const borrows = context.official.tokens.some((t) => handle.includes(normaliseTerm(t).replace(/\s/g, '')));
    if (close || (borrows && OFFICIAL_WORDS.test(handle))) features.add('lookalike', whole.start, whole.end);
    else if (borrows) features.add('lookalike', whole.start, whole.end);
  }
  if (authorName !== undefined) {
    const name = normaliseTerm(authorName);
    for (const official of context.official.names) {
      const o = normaliseTerm(official);
      if (o.length < 3) continue;
      const same = name === o || editDistance(name, o, 1) <= 1;
      const claims = name.includes(o) && OFFICIAL_WORDS.test(name);
      if (same || claims) {
        features.add('lookalike', whole.start, whole.end);
        break;
      }
    }
  }
}

/** A handle as written, without folding: NFKC, lower case, no @ or spaces. */
function rawHandle(h: string): string {
  return h.normalize('NFKC').toLowerCase().replace(/[@\s]/g, '');
}

/** Does the text name one of the tenant's official names (as folded in the match view)? */
function namesTenant(text: string, names: string[]): boolean {
  for (const name of names) {
    const n = normaliseTerm(name);
    if (n.length >= 2 && text.includes(n)) return true;
  }
  return false;
}
