import type { Locale } from '@gongkai/schema';

/**
 * A moment as the people reading the survey keep time: Beijing time (Asia/Shanghai), said so, whatever
 * the zone of the machine that ran it (servers often run on UTC).
 */
export function localTime(date: Date, locale: Locale): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const stamp = `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
  return locale === 'en' ? `${stamp} Beijing time (UTC+8)` : `${stamp}（北京时间）`;
}
