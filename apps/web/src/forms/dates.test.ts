import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, parseBelgianDate } from './dates';

describe('a date as a Belgian user types it', () => {
  it('reads the day first, with slashes, dashes or dots, and the ISO form', () => {
    expect(parseBelgianDate('31/05/2021')).toBe('2021-05-31');
    expect(parseBelgianDate(' 1-3-2022 ')).toBe('2022-03-01');
    expect(parseBelgianDate('15.03.2022')).toBe('2022-03-15');
    expect(parseBelgianDate('2022-03-15')).toBe('2022-03-15');
  });

  it('refuses days that do not exist and text that is not yet a date', () => {
    for (const text of ['31/02/2022', '29/02/2023', '00/01/2022', '1/13/2022', '1/3/22', '', 'x']) {
      expect(parseBelgianDate(text)).toBeNull();
    }
    expect(parseBelgianDate('29/02/2024')).toBe('2024-02-29');
  });

  it('reads back every day it is shown as (DD/MM/YYYY)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-');
          expect(parseBelgianDate(`${d}/${m}/${y}`)).toBe(iso);
        },
      ),
    );
  });
});

describe('a calendar day moved by days', () => {
  it('crosses months, years and leap days, either way', () => {
    expect(addDays('2022-03-15', -6)).toBe('2022-03-09');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    // The Brussels clock change (27 March 2022) shifts no day.
    expect(addDays('2022-03-26', 2)).toBe('2022-03-28');
  });
});
