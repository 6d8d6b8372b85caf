import { LocalDate } from '@js-joda/core';

// Apart from working-days.ts: the configuration reads it without loading the holiday tables.
/** Reads the extra holidays setting: dates YYYY-MM-DD separated by commas (empty: none). */
export function parseExtraHolidays(text: string, setting = 'BANK_HOLIDAYS'): LocalDate[] {
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const bad: string[] = [];
  const dates: LocalDate[] = [];
  for (const entry of entries) {
    try {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(entry)) throw new Error('shape');
      dates.push(LocalDate.parse(entry));
    } catch {
      bad.push(JSON.stringify(entry));
    }
  }
  if (bad.length > 0) {
    throw new Error(
      `${setting} must be dates YYYY-MM-DD separated by commas; not dates: ${bad.join(', ')}`,
    );
  }
  return dates;
}
