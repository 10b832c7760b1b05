import type { ModerationContext } from '../context.ts';
import { type DetectorInput, type FeatureSet, toOriginal } from '../features.ts';
import { normaliseTerm } from '../normalise.ts';

// "LINE" in its evasive spellings after normalisation (ﾗｲﾝ → らいん, L!NE → line, Ｌ Ｉ Ｎ Ｅ → line).
const LINE_WORD =
  /(?:(?<![a-z])line|(?<!おん|がいど|でっど|ぱいぷ|ほっと|へっど|すかい)らいん|(?<![a-z])id(?![a-z]))/;
const HANDLE = /@[a-z0-9_.]{3,30}/g;
/** Every match of ID_AFTER_LINE starts with one of these; the fast scanner looks for them too. */
export const LINE_KEYWORDS = ['line', 'らいん', 'id'];
// In the folded view an ID may have lost its "_" (hoshi_ex → hoshi ex) or been spaced out.
const ID_AFTER_LINE =
  /(?:(?<![a-z])line|(?<!おん|がいど|でっど|ぱいぷ|ほっと|へっど|すかい)らいん|(?<![a-z])id)[^a-z0-9@]{0,4}@?([a-z][a-z0-9 ]{3,30})/g;

function compact(s: string): string {
  return normaliseTerm(s).replace(/[\s@]/g, '');
}

const identityCache = new WeakMap<ModerationContext, { officialIds: Set<string>; tokens: string[] }>();

function officialIdentity(context: ModerationContext): { officialIds: Set<string>; tokens: string[] } {
  let identity = identityCache.get(context);
  if (!identity) {
    identity = {
      officialIds: new Set([...context.allow.lineIds, ...context.official.handles].map(compact)),
      tokens: context.official.tokens.filter((t) => /^[a-z-]+$/.test(t)).map((t) => t.replace(/-/g, '')),
    };
    identityCache.set(context, identity);
  }
  return identity;
}

/**
 * LINE IDs and @handles. The tenant's own IDs are allowed. A handle that borrows an official token
 * (@jobcafe_support_ex) is a look-alike; another LINE ID offered in a comment is solicitation.
 */
export function detectHandles(input: DetectorInput, features: FeatureSet): void {
  if (!/[@＠a-zA-Zａ-ｚＡ-Ｚらﾗラ]/.test(input.original)) return;
  const { light, match, context } = input;
  if (!/[@a-zらﾗ]/.test(light.text)) return;
  const { officialIds, tokens } = officialIdentity(context);
  const mentionsLine = LINE_WORD.test(match.text);
  for (const m of light.text.matchAll(HANDLE)) {
    const before = light.text[m.index - 1];
    if (before !== undefined && /[a-z0-9._%+-]/.test(before)) continue; // e-mail address
    const id = compact(m[0]);
    const range = toOriginal(light, m.index, m.index + m[0].length);
    if (officialIds.has(id)) {
      features.add('handle:official', range.start, range.end);
      continue;
    }
    features.add('handle', range.start, range.end);
    if (tokens.some((t) => id.includes(t))) features.add('lookalike', range.start, range.end);
    if (mentionsLine) features.add('line-id', range.start, range.end);
  }
  if (features.has('handle') || features.has('handle:official')) return;
  for (const m of match.text.matchAll(ID_AFTER_LINE)) {
    const id = (m[1] ?? '').replace(/\s/g, '');
    if (id.length < 4 || officialIds.has(id) || /^(?:de|no|wo|ni|ha|ga|to|desu)$/.test(id)) continue;
    if (/^(?:www|http|https|com|kousiki|official)/.test(id)) continue;
    const start = m.index + m[0].length - (m[1] ?? '').length;
    const range = toOriginal(match, start, m.index + m[0].length);
    features.add('line-id', range.start, range.end);
  }
}
