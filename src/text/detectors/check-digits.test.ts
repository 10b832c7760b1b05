import { expect, test } from 'vitest';
import { isValidMyNumber, luhnValid } from './check-digits.ts';

test('SNS-DELETE-09: Luhn accepts a valid test card number and rejects a changed digit', () => {
  expect(luhnValid('4111111111111111')).toBe(true);
  expect(luhnValid('4111111111111112')).toBe(false);
});

test('SNS-DELETE-09: My Number check digit follows the weighted mod-11 rule', () => {
  // 12345678901 → weights 6,5,4,3,2,7,6,5,4,3,2 from the left; sum mod 11 decides the check digit.
  const body = '12345678901';
  const valid = [...'0123456789'].find((d) => isValidMyNumber(body + d));
  expect(valid).toBeDefined();
  const wrong = String((Number(valid) + 1) % 10);
  expect(isValidMyNumber(body + wrong)).toBe(false);
  expect(isValidMyNumber('12345')).toBe(false);
});
