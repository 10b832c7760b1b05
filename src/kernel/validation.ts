import type { z } from 'zod';
import { AppError, type FieldIssue, type Message } from './errors.ts';

// zod issues turned into field messages in both languages. Field labels come from the caller
// (e.g. { jobSeekerNumber: { ja: '求職番号', en: 'job-seeker number' } }); without one the key is used.
export type FieldLabels = Record<string, Message>;

function describe(issue: z.core.$ZodIssue, label: Message): Message {
  if (issue.message && !issue.message.startsWith('Invalid') && !issue.message.startsWith('Too ')) {
    // A schema may carry its own bilingual message as 'ja|en'.
    const [ja, en] = issue.message.split('|');
    if (ja && en) return { ja, en };
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === ''
        ? { ja: `${label.ja}を入力してください。`, en: `Please enter ${label.en}.` }
        : { ja: `${label.ja}の形式が正しくありません。`, en: `${label.en} has the wrong format.` };
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? { ja: `${label.ja}を入力してください。`, en: `Please enter ${label.en}.` }
        : {
            ja: `${label.ja}は${issue.minimum}${issue.origin === 'string' ? '文字' : ''}以上にしてください。`,
            en: `${label.en} must be at least ${issue.minimum}${issue.origin === 'string' ? ' characters' : ''}.`,
          };
    case 'too_big':
      return {
        ja: `${label.ja}は${issue.maximum}${issue.origin === 'string' ? '文字' : ''}以内にしてください。`,
        en: `${label.en} must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters' : ''}.`,
      };
    case 'invalid_value':
      return { ja: `${label.ja}の値が正しくありません。`, en: `${label.en} has an invalid value.` };
    default:
      return { ja: `${label.ja}の形式が正しくありません。`, en: `${label.en} has the wrong format.` };
  }
}

export function fromZodError(error: z.ZodError, labels: FieldLabels = {}): AppError {
  const issues: FieldIssue[] = error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || 'body';
    const label = labels[field] ?? { ja: field, en: field };
    return { field, message: describe(issue, label) };
  });
  const first = issues[0]?.message;
  return new AppError('validation', { issues, ...(first ? { message: first } : {}) });
}

/** Parses input against a schema or throws an AppError naming every field at fault. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
  labels?: FieldLabels,
): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZodError(result.error, labels);
  return result.data;
}
