export interface SanitisedInput {
  text: string;
  truncated: boolean;
  errors: string[];
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Makes any input safe to analyse: non-strings become empty with an error, broken UTF-16 (what
 * invalid UTF-8 decodes to) is replaced by U+FFFD, control characters are reported (the normaliser skips them), and a text over
 * the limit is cut at a character boundary and flagged.
 */
export function sanitiseInput(value: unknown, maxLength: number): SanitisedInput {
  const errors: string[] = [];
  if (typeof value !== 'string') {
    return { text: '', truncated: false, errors: ['text is not a string'] };
  }
  let text = value;
  if (text.includes('\ufffd') || LONE_SURROGATE.test(text)) {
    errors.push('text contains invalid characters (replaced with U+FFFD)');
    text = text.replace(LONE_SURROGATE, '\ufffd');
  }
  LONE_SURROGATE.lastIndex = 0;
  // Control characters stay in place so that evidence offsets still point at the user's text;
  // the normaliser ignores them.
  if (hasControlCharacters(text)) errors.push('text contains control characters (ignored)');
  let truncated = false;
  if (text.length > maxLength) {
    let cut = maxLength;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    text = text.slice(0, cut);
    truncated = true;
    errors.push(`text longer than ${maxLength} characters: only the first ${cut} were read`);
  }
  return { text, truncated, errors };
}

/** A control character the input check reports (tab and line breaks are ordinary text). */
export function isReportedControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isReportedControl(text.charCodeAt(i))) return true;
  return false;
}
