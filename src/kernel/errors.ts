// Typed errors with stable ids. Every error a user can meet has a Japanese and an English message;
// `field` names the input at fault so forms and API clients can point at it.

export type Lang = 'ja' | 'en';
export interface Message {
  ja: string;
  en: string;
}

export const errorCatalog = {
  validation: { status: 400, ja: '入力内容を確認してください。', en: 'Please check your input.' },
  unauthenticated: { status: 401, ja: 'ログインしてください。', en: 'Please log in.' },
  forbidden: { status: 403, ja: 'この操作は許可されていません。', en: 'You are not allowed to do this.' },
  csrf: {
    status: 403,
    ja: 'フォームの有効期限が切れました。ページを再読み込みしてください。',
    en: 'This form has expired. Please reload the page.',
  },
  not_found: { status: 404, ja: '見つかりません。', en: 'Not found.' },
  conflict: { status: 409, ja: '他の操作と競合しました。', en: 'This conflicts with another change.' },
  consent_required: {
    status: 403,
    ja: '利用規約への同意が必要です。',
    en: 'You need to agree to the terms first.',
  },
  locked: {
    status: 423,
    ja: 'ログインに続けて失敗したため、しばらくロックされています。',
    en: 'Too many failed logins; the account is locked for a while.',
  },
  rule_violation: { status: 422, ja: '規則によりこの操作はできません。', en: 'A rule does not allow this.' },
  internal: {
    status: 500,
    ja: 'システムエラーが発生しました。時間をおいて再度お試しください。',
    en: 'Something went wrong. Please try again later.',
  },
} as const satisfies Record<string, { status: number } & Message>;

export type ErrorCode = keyof typeof errorCatalog;

export interface FieldIssue {
  field: string;
  message: Message;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly userMessage: Message;
  readonly issues: FieldIssue[];
  readonly ruleId: string | undefined;

  constructor(code: ErrorCode, options: { message?: Message; issues?: FieldIssue[]; ruleId?: string } = {}) {
    const entry = errorCatalog[code];
    const userMessage = options.message ?? { ja: entry.ja, en: entry.en };
    super(`${code}: ${userMessage.en}`);
    this.name = 'AppError';
    this.code = code;
    this.status = entry.status;
    this.userMessage = userMessage;
    this.issues = options.issues ?? [];
    this.ruleId = options.ruleId;
  }

  /** The body an API client receives: never a stack trace. */
  toJSON(lang: Lang = 'ja') {
    return {
      error: {
        code: this.code,
        message: this.userMessage[lang],
        ...(this.ruleId ? { rule: this.ruleId } : {}),
        ...(this.issues.length
          ? { issues: this.issues.map((i) => ({ field: i.field, message: i.message[lang] })) }
          : {}),
      },
    };
  }
}

export const invalid = (field: string, message: Message) =>
  new AppError('validation', { message, issues: [{ field, message }] });

export const notFound = (what?: Message) => new AppError('not_found', what ? { message: what } : {});

export const ruleViolation = (ruleId: string, message: Message, field?: string) =>
  new AppError('rule_violation', { message, ruleId, issues: field ? [{ field, message }] : [] });
