// Wall-clock arithmetic in a named zone (Asia/Tokyo unless a tenant sets another), without relying
// on the process's own TZ. Dates are 'YYYY-MM-DD' strings; times 'HH:MM'.

export const DEFAULT_ZONE = 'Asia/Tokyo';

export interface WallTime {
  date: string;
  time: string;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

function parts(instant: Date, zone: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(instant)) out[p.type] = p.value;
  return out;
}

export function toWallTime(instant: Date, zone = DEFAULT_ZONE): WallTime {
  const p = parts(instant, zone);
  const date = `${p.year}-${p.month}-${p.day}`;
  return { date, time: `${p.hour}:${p.minute}`, weekday: weekdayOf(date) };
}

/** The instant at which the wall clock in `zone` shows `date` `time`. */
export function fromWallTime(date: string, time: string, zone = DEFAULT_ZONE): Date {
  const guess = new Date(`${date}T${time.length === 5 ? `${time}:00` : time}Z`);
  // Offset of the zone at that moment, found by formatting the guess and comparing.
  const p = parts(guess, zone);
  const asIfUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return new Date(guess.getTime() - (asIfUtc - guess.getTime()));
}

export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026年12月1日(火) 10:00' or 'Tue 1 Dec 2026 10:00'. */
export function formatWallTime(instant: Date, lang: 'ja' | 'en', zone = DEFAULT_ZONE): string {
  const w = toWallTime(instant, zone);
  const [y, m, d] = w.date.split('-').map(Number);
  if (lang === 'ja') return `${y}年${m}月${d}日(${WEEKDAYS_JA[w.weekday]}) ${w.time}`;
  return `${WEEKDAYS_EN[w.weekday]} ${d} ${MONTHS_EN[m! - 1]} ${y} ${w.time}`;
}
