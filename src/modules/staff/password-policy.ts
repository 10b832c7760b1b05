import { randomInt } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError, type Message } from '../../kernel/errors.ts';

// SNS-PASSWORD: at least 8 characters combining letters, digits and symbols, and not guessable
// (zxcvbn score ≥ 3, which also catches "Password1!" and the person's own name or address).
export const MIN_PASSWORD_LENGTH = 8;
/** zxcvbn's cost grows with length; nobody needs more. */
export const MAX_PASSWORD_LENGTH = 128;
export const MIN_ZXCVBN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
const strength = (password: string, userInputs: string[]) => {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator.check(password, userInputs).score;
};

export function passwordProblem(password: string, userInputs: string[] = []): Message | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return {
      ja: `パスワードは${MIN_PASSWORD_LENGTH}文字以上にしてください。`,
      en: `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`,
    };
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return {
      ja: `パスワードは${MAX_PASSWORD_LENGTH}文字以内にしてください。`,
      en: `The password must be at most ${MAX_PASSWORD_LENGTH} characters.`,
    };
  }
  const hasLetter = /\p{L}/u.test(password);
  const hasDigit = /\p{Nd}/u.test(password);
  const hasSymbol = /[^\p{L}\p{Nd}\s]/u.test(password);
  if (!hasLetter || !hasDigit || !hasSymbol) {
    return {
      ja: 'パスワードには英字・数字・記号をすべて含めてください。',
      en: 'The password must combine letters, digits and symbols.',
    };
  }
  const inputs = userInputs.flatMap((v) => [v, ...v.split(/[@.\s_-]+/)]).filter((v) => v.length >= 3);
  if (strength(password, inputs) < MIN_ZXCVBN_SCORE) {
    return {
      ja: '推測されやすいパスワードです。より長く、予測しにくいものにしてください。',
      en: 'This password is too easy to guess; make it longer and less predictable.',
    };
  }
  return null;
}

/** Throws a validation error on `field` unless the password meets SNS-PASSWORD. */
export function assertPasswordPolicy(password: string, userInputs: string[], field = 'password'): void {
  const message = passwordProblem(password, userInputs);
  if (message)
    throw new AppError('validation', { message, issues: [{ field, message }], ruleId: 'SNS-PASSWORD' });
}

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '#%+-=?@!$&*';

/** A random 20-character password from every class (for `madoguchi staff add` without --password). */
export function generatePassword(length = 20): string {
  const all = LOWER + UPPER + DIGITS + SYMBOLS;
  const pick = (set: string) => set[randomInt(set.length)]!;
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
