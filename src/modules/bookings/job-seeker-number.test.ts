import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { HYPHEN_LIKE, normaliseJobSeekerNumber } from './job-seeker-number.ts';

const digit = fc.integer({ min: 0, max: 9 });
const digits = (min: number, max: number) =>
  fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(''));
const validNumber = fc.tuple(digits(5, 5), digits(4, 8)).map(([office, serial]) => `${office}-${serial}`);

/** Writes a valid number the way a phone keyboard might: each digit half- or full-width, any dash. */
const anyWriting = (canonical: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: canonical.length, maxLength: canonical.length }),
      fc.constantFrom(...HYPHEN_LIKE),
      fc.constantFrom('', ' ', '\u3000'),
    )
    .map(([wide, hyphen, pad]) => {
      const body = Array.from(canonical, (ch, i) =>
        ch === '-' ? hyphen : wide[i] ? String.fromCodePoint(0xff10 + Number(ch)) : ch,
      ).join('');
      return `${pad}${body}${pad}`;
    });

describe('BOOK-NUMBER: job-seeker number normalisation', () => {
  test('BOOK-NUMBER: any mix of widths and hyphen characters of a valid number normalises to it', () => {
    fc.assert(
      fc.property(
        validNumber.chain((n) => fc.tuple(fc.constant(n), anyWriting(n))),
        ([canonical, written]) => normaliseJobSeekerNumber(written) === canonical,
      ),
      { numRuns: 2000 },
    );
  });

  test('BOOK-NUMBER: two writings of the same number give the same value', () => {
    fc.assert(
      fc.property(
        validNumber.chain((n) => fc.tuple(anyWriting(n), anyWriting(n))),
        ([a, b]) => normaliseJobSeekerNumber(a) === normaliseJobSeekerNumber(b),
      ),
    );
  });

  test('BOOK-NUMBER: strings that do not have the shape are refused', () => {
    const junk = fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => {
      const half = s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
      const dashed = Array.from(half, (ch) => ((HYPHEN_LIKE as readonly string[]).includes(ch) ? '-' : ch));
      return !/^[0-9]{5}-[0-9]{4,8}$/.test(dashed.join('').trim());
    });
    fc.assert(
      fc.property(junk, (s) => normaliseJobSeekerNumber(s) === null),
      { numRuns: 2000 },
    );
  });

  test.each([
    ['1301012345678', 'no hyphen'],
    ['1301-12345678', 'office code of 4 digits'],
    ['13010-123', 'serial of 3 digits'],
    ['13010-123456789', 'serial of 9 digits'],
    ['13010 - 1234', 'spaces around the hyphen'],
    ['①3010-1234', 'circled digit'],
    ['13010--1234', 'two hyphens'],
    ['١٣٠١٠-١٢٣٤', 'Arabic-Indic digits'],
    ['', 'empty'],
  ])('BOOK-NUMBER: %s is refused (%s)', (input) => {
    expect(normaliseJobSeekerNumber(input)).toBeNull();
  });

  test('BOOK-NUMBER: the examples people type are accepted', () => {
    expect(normaliseJobSeekerNumber('１３０１０ー１２３４５６７８')).toBe('13010-12345678');
    expect(normaliseJobSeekerNumber('13010－1234')).toBe('13010-1234');
    expect(normaliseJobSeekerNumber(' 33010‐00012345 ')).toBe('33010-00012345');
  });
});
