import { invalid } from '../../kernel/errors.ts';

// Weekly hours as people write them in the console: one range a line, "月 09:00-12:00" or "Mon 9:00-12:00".
const DAYS: Record<string, number> = {
  日: 0,
  月: 1,
  火: 2,
  水: 3,
  木: 4,
  金: 5,
  土: 6,
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};
const NAMES_JA = ['日', '月', '火', '水', '木', '金', '土'];

const pad = (time: string) => (time.length === 4 ? `0${time}` : time);

export function parseHoursText(text: string): { weekday: number; startsAt: string; endsAt: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().normalize('NFKC'))
    .filter(Boolean)
    .map((line, index) => {
      const match = /^(\S+?)\s*(\d{1,2}:\d\d)\s*[-~〜–]\s*(\d{1,2}:\d\d)$/.exec(line);
      const weekday = match
        ? (DAYS[match[1]!.toLowerCase().slice(0, 3)] ?? DAYS[match[1]!.slice(0, 1)])
        : undefined;
      if (!match || weekday === undefined) {
        throw invalid('hours', {
          ja: `${index + 1}行目を「曜日 開始-終了」（例: 月 09:00-12:00）の形で書いてください。`,
          en: `Write line ${index + 1} as "day start-end" (e.g. Mon 09:00-12:00).`,
        });
      }
      return { weekday, startsAt: pad(match[2]!), endsAt: pad(match[3]!) };
    });
}

export function hoursText(rows: { weekday: number; starts_at: string; ends_at: string }[]): string {
  return rows
    .map((r) => `${NAMES_JA[r.weekday]} ${r.starts_at.slice(0, 5)}-${r.ends_at.slice(0, 5)}`)
    .join('\n');
}
