import type { Context } from 'hono';
import { html } from 'hono/html';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { AppError } from '../kernel/errors.ts';
import { fromZodError } from '../kernel/validation.ts';
import type { AppEnv } from './env.ts';
import { renderPage } from './pages/layout.ts';

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return fromZodError(error);
  if (error instanceof HTTPException && error.status === 404) return new AppError('not_found');
  if (error instanceof HTTPException && error.status === 400) return new AppError('validation');
  return new AppError('internal');
}

const wantsJson = (c: Context<AppEnv>) =>
  c.req.path.startsWith('/api/') || (c.req.header('accept') ?? '').includes('application/json');

/** Maps every error to a clear ja/en answer; the stack goes to the log, never to the user. */
export function handleError(error: unknown, c: Context<AppEnv>) {
  const appError = toAppError(error);
  const lang = c.get('lang') ?? 'ja';
  if (appError.code === 'internal') {
    (c.get('log') ?? console).error({ err: error, requestId: c.get('requestId') }, 'unhandled error');
  }
  if (wantsJson(c)) {
    return c.json(appError.toJSON(lang), appError.status as 400);
  }
  const title = appError.userMessage[lang];
  const body = html`<div class="notice error" role="alert"><p>${title}</p>
    ${appError.issues.length ? html`<ul>${appError.issues.map((i) => html`<li>${i.message[lang]}</li>`)}</ul>` : ''}
    <p class="muted">${lang === 'ja' ? '受付番号' : 'Reference'}: ${c.get('requestId') ?? '-'}</p></div>
    <p><a href="/">${lang === 'ja' ? 'トップページへ' : 'Back to the start'}</a></p>`;
  return renderPage(c, { title, body, status: appError.status as 400 });
}
