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

/** Milliseconds the zone is ahead of UTC at `ms`, straight from Intl (the slow part). */
function readOffset(ms: number, zone: string): number {
  const p: Record<string, string> = {};
  for (const part of formatter(zone).formatToParts(ms)) p[part.type] = part.value;
  const asIfUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return asIfUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

const QUARTER_HOUR = 15 * 60_000;
const offsets = new Map<string, Map<number, number>>();

/**
 * The zone's offset at `ms`, cached per quarter hour of UTC. Offsets change a few times a year at
 * most; a quarter whose two ends disagree holds a change and is read exactly every time.
 */
function offsetAt(ms: number, zone: string): number {
  let byQuarter = offsets.get(zone);
  if (!byQuarter) {
    byQuarter = new Map();
    offsets.set(zone, byQuarter);
  }
  const quarter = Math.floor(ms / QUARTER_HOUR);
  let offset = byQuarter.get(quarter);
  if (offset === undefined) {
    const start = readOffset(quarter * QUARTER_HOUR, zone);
    const end = readOffset((quarter + 1) * QUARTER_HOUR - 1000, zone);
    offset = start === end ? start : Number.NaN;
    if (byQuarter.size > 100_000) byQuarter.clear();
    byQuarter.set(quarter, offset);
  }
  return Number.isNaN(offset) ? readOffset(ms, zone) : offset;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function toWallTime(instant: Date, zone = DEFAULT_ZONE): WallTime {
  const local = new Date(instant.getTime() + offsetAt(instant.getTime(), zone));
  const date = `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`;
  return {
    date,
    time: `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}`,
    weekday: local.getUTCDay(),
  };
}

/** The instant at which the wall clock in `zone` shows `date` `time`. */
export function fromWallTime(date: string, time: string, zone = DEFAULT_ZONE): Date {
  const guess = new Date(`${date}T${time.length === 5 ? `${time}:00` : time}Z`);
  // The zone's offset at the guess (the wall time read as UTC) moves it to the instant.
  return new Date(guess.getTime() - offsetAt(guess.getTime(), zone));
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
