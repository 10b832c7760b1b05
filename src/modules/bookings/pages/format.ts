import { toWallTime } from '../../../kernel/time/zoned.ts';

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '12月2日(水)' or 'Wed 2 Dec' for a 'YYYY-MM-DD' date. */
export function dayLabel(date: string, lang: 'ja' | 'en'): string {
  const [, m, d] = date.split('-').map(Number);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return lang === 'ja'
    ? `${m}月${d}日(${WEEKDAYS_JA[weekday]})`
    : `${WEEKDAYS_EN[weekday]} ${d} ${MONTHS_EN[m! - 1]}`;
}

/** 'HH:MM' in Japan time. */
export const clockTime = (instant: Date) => toWallTime(instant).time;
