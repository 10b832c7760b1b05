import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/moderation-corpus.ts';
import { loadDemoTenant } from './context.ts';
import { detectAlteredOfficialContent } from './detectors/official-content.ts';
import { FastPath } from './fast-path.ts';
import { CommentInput, FeatureSet } from './features.ts';
import { CompiledLexicon, loadLexiconFiles } from './lexicon.ts';
import { normalise } from './normalise.ts';
import { OfficialGrams } from './official-grams.ts';
import { loadRuleFile } from './rules.ts';

const tenant = loadDemoTenant('jobcafe');
const posts = tenant.officialPosts;

function detectorFlags(text: string): boolean {
  const features = new FeatureSet();
  detectAlteredOfficialContent(new CommentInput(text, normalise(text, 'match'), tenant), features);
  return features.has('near-duplicate-altered');
}

function mayBeNearCopy(text: string): boolean {
  const view = normalise(text, 'match').text;
  const codes = Uint16Array.from({ length: view.length }, (_, i) => view.charCodeAt(i));
  const grams = OfficialGrams.of(posts);
  return grams.mayBeNearCopy(grams.countMet(codes, codes.length), codes, codes.length);
}

describe('the fast path’s near-copy prefilter (SNS-DELETE-13)', () => {
  test('the demo tenant has official posts to copy', () => {
    expect(posts.length).toBeGreaterThan(0);
  });

  test('SNS-DELETE-13: never rules out a comment the detector flags (fast-check: posts cut, renumbered, padded)', () => {
    const edited = fc
      .tuple(
        fc.constantFrom(...posts),
        fc.nat(40),
        fc.nat(40),
        fc.constantFrom('', '【お知らせ】', '拡散して！', '先週の説明会に参加しました。'),
        fc.constantFrom('', '1', '15', '2026', '3000'),
        fc.constantFrom('', '予約はいつから取れますか？', ' ジョブカフェ見本'),
      )
      .map(([post, cutStart, cutEnd, before, number, after]) => {
        const body = post.slice(
          Math.min(cutStart, post.length / 3),
          Math.max(post.length - cutEnd, post.length / 2),
        );
        return `${before}${body.replace(/\d+/, (d) => number || d)}${after}`;
      });
    let flagged = 0;
    fc.assert(
      fc.property(edited, (text) => {
        if (detectorFlags(text)) {
          flagged++;
          expect(mayBeNearCopy(text), text).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    // The edits make real near-copies, not only texts the detector ignores.
    expect(flagged).toBeGreaterThan(100);
  });

  test('SNS-DELETE-13: lets ordinary comments through without waking the detector', () => {
    const ordinary = generateCorpus(500).comments.map((c) => c.text);
    const woken = ordinary.filter(mayBeNearCopy);
    expect(woken.length).toBeLessThan(ordinary.length * 0.02);
    for (const text of woken) expect(detectorFlags(text)).toBe(false);
  });

  test('SNS-DELETE-13: the scan kernel counts the posts’ 3-grams in the view as the prefilter does', () => {
    const scanner = new FastPath(new CompiledLexicon(loadLexiconFiles()), loadRuleFile().rules, null).scanner;
    const grams = OfficialGrams.of(posts);
    const texts = [...generateCorpus(300).comments.map((c) => c.text), ...posts, `【お知らせ】${posts[0]}`];
    let compared = 0;
    for (const withBits of [true, false])
      for (const text of texts) {
        scanner.useNearBits(withBits ? grams.bits : null);
        if (!scanner.scan(text)) continue;
        const view = normalise(text, 'match').text;
        const codes = Uint16Array.from({ length: view.length }, (_, i) => view.charCodeAt(i));
        expect(scanner.nearHits, text).toBe(withBits ? grams.countMet(codes, codes.length) : 0);
        compared++;
      }
    expect(compared).toBeGreaterThan(500);
  });
});
