import type { ModerationContext } from '../context.ts';
import { type DetectorInput, type FeatureSet, toOriginal } from '../features.ts';
import { type Normalised, normalise, normaliseTerm } from '../normalise.ts';
import { editDistance } from './similarity.ts';
import { ARCHIVE_EXTENSIONS, DANGEROUS_EXTENSIONS, URL_ENDINGS } from './urls.ts';

// "LINE" in its evasive spellings after normalisation (ﾗｲﾝ → らいん, L!NE → line, Ｌ Ｉ Ｎ Ｅ → line).
const LINE_WORD =
  /(?:(?<![a-z])line|(?<!おん|がいど|でっど|ぱいぷ|ほっと|へっど|すかい)らいん|(?<![a-z])id(?![a-z]))/;
const HANDLE = /@[a-z0-9_.]{3,30}/g;
/** Every match of ID_AFTER_LINE starts with one of these; the fast scanner looks for them too. */
export const LINE_KEYWORDS = ['line', 'らいん', 'id'];
// In the folded view an ID may have lost its "_" (hoshi_ex → hoshi ex) or been spaced out.
const ID_AFTER_LINE =
  /(?:(?<![a-z])line|(?<!おん|がいど|でっど|ぱいぷ|ほっと|へっど|すかい)らいん|(?<![a-z])id(?![a-z]))([^a-z0-9@]{0,4}@?)([a-z][a-z0-9 ]{3,30})/g;
// A separator that points at an ID (LINE: abc, ID＝abc, ラインは abc, LINE→abc, @abc).
const ID_POINTER = /[:：=＝→>はの@]/;
// Right after the official handle: it is called a fake, or said to be hijacked.
const OFFICIAL_DENIED =
  /^\s*(?:は|って|が|も)?\s*(?:偽物|偽アカ|偽者|にせもの|ニセモノ|なりすまし|乗っ取られ|fake)/;
// What an ID has that English words do not.
const ID_CHAR = /[0-9_.-]/;

// A URL or a file name in the light view (linetool.exe, line_mod.apk, shop.example/line): "line" inside
// one is part of a name, not the LINE keyword before an ID.
const NAME_WITH_DOT = new RegExp(
  `[a-z0-9_~/%?=&#+-]*[a-z0-9_-]\\.(?:${[...URL_ENDINGS, ...DANGEROUS_EXTENSIONS, ...ARCHIVE_EXTENSIONS].join('|')})(?![a-z0-9])[a-z0-9_.~:/%?=&#+-]*`,
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

interface OfficialIdentity {
  officialIds: Set<string>;
  /** The official handles as written (NFKC, lower case, no @): the folded forms above merge doubled letters. */
  officialHandles: string[];
  tokens: string[];
}

const identityCache = new WeakMap<ModerationContext, OfficialIdentity>();

function lightHandle(s: string): string {
  return normalise(s, 'light').text.replace(/[\s@]/g, '');
}

/**
 * A handle one edit (a changed, added, dropped or doubled letter, or two swapped letters) away from an
 * official handle: @hellowork_mihon_exx, @jobcafe_xe.
 */
function nearOfficial(id: string, handles: string[]): boolean {
  for (const h of handles) {
    if (h.length < 5 || id === h) continue;
    if (editDistance(id, h, 2) <= 1) return true;
    if (id.length === h.length) {
      const diff: number[] = [];
      for (let k = 0; k < id.length && diff.length <= 2; k++) if (id[k] !== h[k]) diff.push(k);
      if (
        diff.length === 2 &&
        diff[1] === diff[0]! + 1 &&
        id[diff[0]!] === h[diff[1]!] &&
        id[diff[1]!] === h[diff[0]!]
      )
        return true;
    }
  }
  return false;
}

function officialIdentity(context: ModerationContext): OfficialIdentity {
  let identity = identityCache.get(context);
  if (!identity) {
    identity = {
      officialIds: new Set([...context.allow.lineIds, ...context.official.handles].map(compact)),
      officialHandles: context.official.handles.map(lightHandle).filter((h) => h.length > 0),
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
  const { officialIds, officialHandles, tokens } = officialIdentity(context);
  const mentionsLine = LINE_WORD.test(match.text);
  for (const m of light.text.matchAll(HANDLE)) {
    const before = light.text[m.index - 1];
    if (before !== undefined && /[a-z0-9._%+-]/.test(before)) continue; // e-mail address
    const id = compact(m[0]);
    const written = m[0].slice(1);
    const range = toOriginal(light, m.index, m.index + m[0].length);
    // Folded equal but written differently (a doubled letter: @jobcafe_exx) is a look-alike, not the official one.
    const foldedTwin =
      officialIds.has(id) && officialHandles.length > 0 && !officialHandles.includes(written);
    if (officialIds.has(id) && !foldedTwin) {
      features.add('handle:official', range.start, range.end);
      // "@jobcafe_ex は偽物です": the account itself called a fake or hijacked (with a look-alike offered
      // as the real one, a false claim and an impersonation).
      if (OFFICIAL_DENIED.test(light.text.slice(m.index + m[0].length, m.index + m[0].length + 12)))
        features.add('handle:official-denied', range.start, range.end);
      continue;
    }
    features.add('handle', range.start, range.end);
    if (foldedTwin || tokens.some((t) => id.includes(t)) || nearOfficial(written, officialHandles))
      features.add('lookalike', range.start, range.end);
    if (mentionsLine) features.add('line-id', range.start, range.end);
  }
  if (features.has('handle') || features.has('handle:official')) return;
  let names: number[] | undefined;
  for (const m of match.text.matchAll(ID_AFTER_LINE)) {
    const captured = m[2] ?? '';
    const id = captured.replace(/\s/g, '');
    if (id.length < 4 || officialIds.has(id) || /^(?:de|no|wo|ni|ha|ga|to|desu)$/.test(id)) continue;
    if (/^(?:www|http|https|com|kousiki|official)/.test(id)) continue;
    const start = m.index + m[0].length - captured.length;
    // An English sentence running on after the keyword ("my ID card was lost", "line manager is rude"):
    // words of several letters, no pointer before them and nothing an ID has (digit, _, ., -).
    const words = captured.trim().split(/\s+/);
    if (words.length > 1 && words.some((w) => w.length > 1) && !ID_POINTER.test(m[1] ?? '')) {
      const written = toOriginal(match, start, m.index + m[0].length);
      if (!ID_CHAR.test(input.original.slice(written.start, written.end))) continue;
    }
    names ??= urlAndFileRanges(light);
    const keyword = toOriginal(match, m.index, start);
    if (insideAny(names, keyword.start, keyword.start + 1)) continue; // linetool.exe, line_mod.apk
    const range = toOriginal(match, start, m.index + m[0].length);
    features.add('line-id', range.start, range.end);
  }
}
