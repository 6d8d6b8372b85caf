import { Instant, LocalDate } from '@js-joda/core';

/**
 * Where the domain gets "now" from. Deciders receive a Clock in their context
 * instead of calling Date.now(), so that tests can fix time.
 */
export interface Clock {
  /** The instant, for `recordedAt` (a fresh Date each call: Dates are mutable). */
  now(): Date;
  /** The business day in Belgium (Europe/Brussels) at that instant. */
  today(): LocalDate;
}

/** Business days are Belgian days: Europe/Brussels. */
export const BUSINESS_TIME_ZONE = 'Europe/Brussels';

// @js-joda/timezone is not installed, so js-joda cannot apply zone rules
// itself. Node's built-in Intl (ICU) carries the tz database, so it converts
// an instant to the Brussels calendar day exactly, summer time included; no
// UTC approximation is needed. Only date fields are read: no floats, no money.
const brusselsDay = new Intl.DateTimeFormat('en-US', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Brussels at an instant (23:30 UTC on 31 January is 1 February). */
export function businessDateAt(instant: Date | Instant): LocalDate {
  const date = instant instanceof Date ? instant : new Date(instant.toEpochMilli());
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid instant');
  const parts = brusselsDay.formatToParts(date);
  const field = (type: 'year' | 'month' | 'day'): number => {
    const part = parts.find((p) => p.type === type);
    if (!part) throw new Error(`Intl gave no ${type} for ${date.toISOString()}`);
    return Number.parseInt(part.value, 10);
  };
  return LocalDate.of(field('year'), field('month'), field('day'));
}

/** The real clock, for the applications. Domain code only ever sees a Clock it is given. */
export const systemClock: Clock = Object.freeze({
  now: (): Date => new Date(),
  today: (): LocalDate => businessDateAt(new Date()),
});

/**
 * A clock stopped at one instant, for tests: fixedClock('2021-02-01T09:00:00Z').
 * today() is the Brussels day at that instant.
 */
export function fixedClock(instant: string | Date | Instant): Clock {
  const millis =
    typeof instant === 'string'
      ? Instant.parse(instant).toEpochMilli() // strict ISO-8601 instant, "Z" or offset required
      : instant instanceof Date
        ? instant.getTime()
        : instant.toEpochMilli();
  if (Number.isNaN(millis)) throw new RangeError('Invalid instant');
  const day = businessDateAt(new Date(millis));
  return Object.freeze({ now: () => new Date(millis), today: () => day });
}
