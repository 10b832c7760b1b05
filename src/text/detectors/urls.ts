import { type DetectorInput, type FeatureSet, toOriginal } from '../features.ts';
import { isOfficialDomain } from './contacts.ts';

/** Top-level domains a link is recognised by; the fast scanner looks for them after a dot. */
export const URL_ENDINGS = [
  'com',
  'net',
  'org',
  'jp',
  'io',
  'ly',
  'gl',
  'me',
  'co',
  'info',
  'biz',
  'xyz',
  'example',
  'gd',
  'to',
  'cc',
  'tv',
  'app',
  'dev',
  'site',
  'online',
  'top',
  'shop',
  'link',
  'club',
];
/** Executables, installers, scripts and macro documents (SNS-DELETE-11 on their own). */
export const DANGEROUS_EXTENSIONS = [
  'apk',
  'exe',
  'scr',
  'bat',
  'cmd',
  'msi',
  'dmg',
  'pkg',
  'jar',
  'vbs',
  'vbe',
  'jse',
  'wsf',
  'ps1',
  'hta',
  'lnk',
  'crx',
  'xpi',
  'mobileconfig',
  'xlsm',
  'docm',
  'pptm',
  'xlam',
  'iso',
  'img',
];
// Full URLs (also defanged hxxp), and bare host/path forms such as s.example/aB3x9 or bit.ly/x.
const URL_RE = new RegExp(
  `(?:h(?:tt|xx)ps?:\\/\\/)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${URL_ENDINGS.join('|')})(?::\\d+)?(?:\\/[^\\s<>"'）)」』、。]*)?`,
  'g',
);
const DANGEROUS_FILE = new RegExp(`\\.(?:${DANGEROUS_EXTENSIONS.join('|')})(?![a-z0-9])`);
const EVERY_DANGEROUS_FILE = new RegExp(DANGEROUS_FILE.source, 'g');
/** Archives: a download, though not a dangerous file by themselves. */
export const ARCHIVE_EXTENSIONS = ['zip', 'rar', '7z', 'lzh', 'cab', 'tar', 'gz'];
const ARCHIVE_FILE = new RegExp(`\\.(?:${ARCHIVE_EXTENSIONS.join('|')})(?![a-z0-9])`);
const SHORTENERS = new Set([
  'bit.ly',
  't.co',
  'tinyurl.com',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'cutt.ly',
  'rebrand.ly',
  'x.gd',
  'amzn.to',
  'lin.ee',
  'qr.paypay.ne.jp',
]);
const ADULT_HOST = /(?:^|[.-])(?:adult|xxx|porn|av|sex|ero|hentai|18kin)(?:[.-]|$)/;
const GOVERNMENT_HOST = /\.(?:go|lg)\.jp$/;

function isShortener(host: string, path: string): boolean {
  if (SHORTENERS.has(host)) return true;
  // Reserved-example short links (s.example/…): one short label and an opaque path.
  const labels = host.split('.');
  return labels.length === 2 && (labels[0]?.length ?? 9) <= 3 && /^\/[A-Za-z0-9_-]{3,12}$/.test(path);
}

/**
 * URLs and file names: official and government links are fine; download links to executables,
 * installers and archives are SNS-DELETE-11; shorteners and adult hosts are signals for other rules.
 */
export function detectUrls(input: DetectorInput, features: FeatureSet): void {
  if (!/[.．。]/.test(input.original)) return;
  const { light, context } = input;
  const text = light.text;
  for (const m of text.matchAll(URL_RE)) {
    const raw = m[0];
    if (/@/.test(text.slice(Math.max(0, m.index - 40), m.index)) && /^[a-z0-9.-]+$/.test(raw)) {
      const before = text.slice(0, m.index);
      if (/[a-z0-9._%+-]+@$/.test(before)) continue; // the domain part of an e-mail address
    }
    const stripped = raw.replace(/^h(?:tt|xx)ps?:\/\//, '');
    const slash = stripped.indexOf('/');
    const host = (slash < 0 ? stripped : stripped.slice(0, slash)).replace(/:\d+$/, '');
    const path = slash < 0 ? '' : stripped.slice(slash);
    if (!host.includes('.') || /^\d+(\.\d+)*$/.test(host)) continue;
    const range = toOriginal(light, m.index, m.index + raw.length);
    const official = isOfficialDomain(host, context.allow.domains);
    features.add('url', range.start, range.end);
    if (official) {
      features.add('url:official', range.start, range.end);
      continue;
    }
    if (GOVERNMENT_HOST.test(host)) {
      features.add('url:government', range.start, range.end);
      continue;
    }
    features.add('url:external', range.start, range.end);
    if (isShortener(host, path)) features.add('url:shortener', range.start, range.end);
    if (ADULT_HOST.test(host)) features.add('url:adult', range.start, range.end);
    if (DANGEROUS_FILE.test(path) || ARCHIVE_FILE.test(path))
      features.add('url:download', range.start, range.end);
    if (/[?&](?:ref|aff|affiliate|utm_campaign|invite)=/.test(path))
      features.add('url:affiliate', range.start, range.end);
    const token = context.official.tokens.find((t) => /^[a-z-]+$/.test(t) && host.includes(t));
    if (token) features.add('lookalike', range.start, range.end);
  }
  // A dangerous file named without a link (相談内容.docm, viewer.scr).
  for (const m of text.matchAll(EVERY_DANGEROUS_FILE)) {
    const range = toOriginal(light, m.index, m.index + m[0].length);
    features.add('url:download', range.start, range.end);
  }
}
