import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/moderation-corpus.ts';
import { loadDemoTenant } from './context.ts';
import { detectAlteredOfficialContent } from './detectors/official-content.ts';
import { CommentInput, FeatureSet } from './features.ts';
import { normalise } from './normalise.ts';
import { OfficialGrams } from './official-grams.ts';

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
  return OfficialGrams.of(posts).mayBeNearCopy(codes, codes.length);
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
});
