import { html } from 'hono/html';
import type { AppError, FieldIssue, Lang } from '../../kernel/errors.ts';
import type { Html } from './layout.ts';

// Accessible form pieces: every input has a label, hints and errors are tied to it with
// aria-describedby, and a failed submit shows a summary whose links move focus to the fields.

export interface FieldOptions {
  name: string;
  label: string;
  value?: string | null;
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'time' | 'datetime-local' | 'number' | 'search';
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  inputmode?: 'numeric' | 'tel' | 'email' | 'text';
  issues?: FieldIssue[];
  lang: Lang;
}

const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

function issueFor(issues: FieldIssue[] | undefined, name: string) {
  return issues?.find((i) => i.field === name);
}

function described(name: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function textField(o: FieldOptions): Html {
  const id = fieldId(o.name);
  const issue = issueFor(o.issues, o.name);
  return html`<div class="field">
  <label for="${id}">${o.label}${o.required ? html` <span class="muted">${o.lang === 'ja' ? '（必須）' : '(required)'}</span>` : ''}</label>
  ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ''}
  ${issue ? html`<p class="error" id="${id}-error">${issue.message[o.lang]}</p>` : ''}
  <input id="${id}" name="${o.name}" type="${o.type ?? 'text'}" value="${o.value ?? ''}"${o.required ? html` required` : ''}${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}${o.inputmode ? html` inputmode="${o.inputmode}"` : ''}${described(o.name, Boolean(o.hint), Boolean(issue)) ? html` aria-describedby="${described(o.name, Boolean(o.hint), Boolean(issue))}"` : ''}${issue ? html` aria-invalid="true"` : ''}>
</div>`;
}

export function textArea(o: Omit<FieldOptions, 'type' | 'inputmode'> & { rows?: number }): Html {
  const id = fieldId(o.name);
  const issue = issueFor(o.issues, o.name);
  const describedBy = described(o.name, Boolean(o.hint), Boolean(issue));
  return html`<div class="field">
  <label for="${id}">${o.label}${o.required ? html` <span class="muted">${o.lang === 'ja' ? '（必須）' : '(required)'}</span>` : ''}</label>
  ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ''}
  ${issue ? html`<p class="error" id="${id}-error">${issue.message[o.lang]}</p>` : ''}
  <textarea id="${id}" name="${o.name}" rows="${o.rows ?? 8}"${o.required ? html` required` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${issue ? html` aria-invalid="true"` : ''}>${o.value ?? ''}</textarea>
</div>`;
}

export function selectField(
  o: Omit<FieldOptions, 'type' | 'inputmode'> & { options: { value: string; label: string }[] },
): Html {
  const id = fieldId(o.name);
  const issue = issueFor(o.issues, o.name);
  const describedBy = described(o.name, Boolean(o.hint), Boolean(issue));
  return html`<div class="field">
  <label for="${id}">${o.label}</label>
  ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ''}
  ${issue ? html`<p class="error" id="${id}-error">${issue.message[o.lang]}</p>` : ''}
  <select id="${id}" name="${o.name}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}${issue ? html` aria-invalid="true"` : ''}>
    ${o.options.map((opt) => html`<option value="${opt.value}"${opt.value === o.value ? html` selected` : ''}>${opt.label}</option>`)}
  </select>
</div>`;
}

export function checkboxGroup(o: {
  name: string;
  legend: string;
  options: { value: string; label: string; checked?: boolean }[];
  issues?: FieldIssue[];
  lang: Lang;
}): Html {
  const id = fieldId(o.name);
  const issue = issueFor(o.issues, o.name);
  return html`<fieldset class="field checks" id="${id}"${issue ? html` aria-describedby="${id}-error"` : ''}>
  <legend>${o.legend}</legend>
  ${issue ? html`<p class="error" id="${id}-error">${issue.message[o.lang]}</p>` : ''}
  ${o.options.map(
    (opt, i) =>
      html`<label for="${id}-${i}"><input type="checkbox" id="${id}-${i}" name="${o.name}" value="${opt.value}"${opt.checked ? html` checked` : ''}> <span>${opt.label}</span></label>`,
  )}
</fieldset>`;
}

/** The summary at the top of a form that failed; each entry links to its field. */
export function errorSummary(error: AppError | null | undefined, lang: Lang): Html {
  if (!error) return html``;
  const title = lang === 'ja' ? '入力内容に問題があります' : 'There is a problem';
  return html`<div class="error-summary" role="alert" tabindex="-1">
  <h2>${title}</h2>
  ${
    error.issues.length
      ? html`<ul>${error.issues.map((i) => html`<li><a href="#${fieldId(i.field)}">${i.message[lang]}</a></li>`)}</ul>`
      : html`<p>${error.userMessage[lang]}</p>`
  }
</div>`;
}

/** Form bodies arrive as strings or string arrays; this keeps every key, arrays for repeated ones. */
export function formToObject(
  body: Record<string, string | File | (string | File)[]>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    const key2 = key.endsWith('[]') ? key.slice(0, -2) : key;
    out[key2] = Array.isArray(value)
      ? value.filter((v) => typeof v === 'string')
      : typeof value === 'string'
        ? value
        : undefined;
  }
  return out;
}
