import type { ModerationContext } from '../context.ts';
import { type DetectorInput, type FeatureSet, toOriginal } from '../features.ts';
import { type Normalised, normaliseTerm } from '../normalise.ts';
import { DANGEROUS_EXTENSIONS, URL_ENDINGS } from './urls.ts';

// "LINE" in its evasive spellings after normalisation (ﾗｲﾝ → らいん, L!NE → line, Ｌ Ｉ Ｎ Ｅ → line).
const LINE_WORD =
  /(?:(?<![a-z])line|(?<!おん|がいど|でっど|ぱいぷ|ほっと|へっど|すかい)らいん|(?<![a-z])id(?![a-z]))/;
const HANDLE = /@[a-z0-9_.]{3,30}/g;
/** Every match of ID_AFTER_LINE starts with one of these; the fast scanner looks for them too. */
export const LINE_KEYWORDS = ['line', 'らいん', 'id'];
// In the folded view an ID may have lost its "_" (hoshi_ex → hoshi ex) or been spaced out.
const ID_AFTER_LINE =
  /(?:(?<![a-z])line|(?<!おん|がいど|でっど|ぱいぷ|ほっと|へっど|すかい)らいん|(?<![a-z])id)[^a-z0-9@]{0,4}@?([a-z][a-z0-9 ]{3,30})/g;

// A URL or a file name in the light view (linetool.exe, line_mod.apk, shop.example/line): "line" inside
// one is part of a name, not the LINE keyword before an ID.
const NAME_WITH_DOT = new RegExp(
  `[a-z0-9_~/%?=&#+-]*[a-z0-9_-]\\.(?:${[...URL_ENDINGS, ...DANGEROUS_EXTENSIONS, 'zip', 'rar', '7z', 'lzh', 'cab', 'tar', 'gz'].join('|')})(?![a-z0-9])[a-z0-9_.~:/%?=&#+-]*`,
  'g',
);

/** Original ranges of the URLs and file names in the light view, as [start, end) pairs. */
function urlAndFileRanges(light: Normalised): number[] {
  const ranges: number[] = [];
  if (!light.text.includes('.')) return ranges;
  for (const m of light.text.matchAll(NAME_WITH_DOT)) {
    const range = toOriginal(light, m.index, m.index + m[0].length);
    ranges.push(range.start, range.end);
  }
  return ranges;
}

function insideAny(ranges: number[], start: number, end: number): boolean {
  for (let k = 0; k < ranges.length; k += 2) if (ranges[k]! <= start && end <= ranges[k + 1]!) return true;
  return false;
}

function compact(s: string): string {
  return normaliseTerm(s).replace(/[\s@]/g, '');
}

const identityCache = new WeakMap<ModerationContext, { officialIds: Set<string>; tokens: string[] }>();

function officialIdentity(context: ModerationContext): { officialIds: Set<string>; tokens: string[] } {
  let identity = identityCache.get(context);
  if (!identity) {
    identity = {
      officialIds: new Set([...context.allow.lineIds, ...context.official.handles].map(compact)),
      // Folded like the IDs they are compared with (coop → cop in the match view).
      tokens: context.official.tokens
        .filter((t) => /^[a-z-]+$/.test(t))
        .map((t) => compact(t.replace(/-/g, '')))
        .filter((t) => t.length > 0),
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
  let names: number[] | undefined;
  for (const m of match.text.matchAll(ID_AFTER_LINE)) {
    const id = (m[1] ?? '').replace(/\s/g, '');
    if (id.length < 4 || officialIds.has(id) || /^(?:de|no|wo|ni|ha|ga|to|desu)$/.test(id)) continue;
    if (/^(?:www|http|https|com|kousiki|official)/.test(id)) continue;
    const start = m.index + m[0].length - (m[1] ?? '').length;
    names ??= urlAndFileRanges(light);
    const keyword = toOriginal(match, m.index, start);
    if (insideAny(names, keyword.start, keyword.start + 1)) continue; // linetool.exe, line_mod.apk
    const range = toOriginal(match, start, m.index + m[0].length);
    features.add('line-id', range.start, range.end);
  }
}
