import { LocalDate, YearMonth } from '@js-joda/core';
import { brusselsWallClock, formatDate, formatInstant, formatMonth, monthName } from './dates';

describe('formatDate', () => {
  const nl = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus'];
  const nlEnd = ['september', 'oktober', 'november', 'december'];
  const fr = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août'];
  const frEnd = ['septembre', 'octobre', 'novembre', 'décembre'];
  const en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'];
  const enEnd = ['September', 'October', 'November', 'December'];
  const months = [...nl, ...nlEnd].map((name, i) => [
    i + 1,
    name,
    [...fr, ...frEnd][i],
    [...en, ...enEnd][i],
  ]);

  it.each(months)(
    'given month %i, when a day of it is formatted, then "%s" / "%s" / "%s"',
    (month, dutch, french, english) => {
      const date = LocalDate.of(2018, month as number, 5);
      expect(formatDate(date, 'nl')).toBe(`5 ${dutch} 2018`);
      expect(formatDate(date, 'fr')).toBe(`5 ${french} 2018`);
      expect(formatDate(date, 'en')).toBe(`5 ${english} 2018`);
      expect(monthName(month as number, 'fr')).toBe(french);
    },
  );

  it('given the last of May 2021 as ISO text, then it reads as the locale writes it', () => {
    expect(formatDate('2021-05-31', 'nl')).toBe('31 mei 2021');
    expect(formatDate('2021-05-31', 'fr')).toBe('31 mai 2021');
    expect(formatDate('2021-05-31', 'en')).toBe('31 May 2021');
  });

  it('given the first of a month, then French writes it as an ordinal', () => {
    expect(formatDate('2021-01-01', 'fr')).toBe('1er janvier 2021');
    expect(formatDate('2021-01-01', 'nl')).toBe('1 januari 2021');
    expect(formatDate('2021-01-11', 'fr')).toBe('11 janvier 2021');
  });

  it('given the edges of the API’s date range, then the year stays as it is', () => {
    expect(formatDate('1900-01-01', 'en')).toBe('1 January 1900');
    expect(formatDate('2199-12-31', 'nl')).toBe('31 december 2199');
  });

  it('given a day that does not exist, then it is refused', () => {
    expect(() => formatDate('2018-02-30', 'nl')).toThrow(/does not exist/);
    expect(() => monthName(13, 'nl')).toThrow(RangeError);
  });
});

describe('formatMonth', () => {
  it('given a month, then its name and year, short for a chart axis', () => {
    expect(formatMonth('2021-05', 'nl')).toBe('mei 2021');
    expect(formatMonth(YearMonth.of(2021, 5), 'fr')).toBe('mai 2021');
    expect(formatMonth('2021-12', 'en')).toBe('December 2021');
    expect(formatMonth('2021-09', 'nl', { short: true })).toBe('sep 2021');
    expect(formatMonth('2021-09', 'fr', { short: true })).toBe('sept. 2021');
    expect(formatMonth('2021-09', 'en', { short: true })).toBe('Sept 2021');
    expect(() => formatMonth('2021-13', 'nl')).toThrow();
  });
});

describe('formatInstant', () => {
  it('given a summer instant in UTC, then it reads on Brussels’ clock (UTC+2)', () => {
    const at = '2021-06-01T08:15:42.123Z';
    expect(formatInstant(at, 'nl')).toBe('1 juni 2021 om 10:15:42 CEST');
    expect(formatInstant(at, 'fr')).toBe('1er juin 2021 à 10:15:42 UTC+2');
    expect(formatInstant(at, 'en')).toBe('1 June 2021 at 10:15:42 CEST');
  });

  it('given a winter instant just before midnight UTC, then it is the next day in Brussels', () => {
    expect(formatInstant('2021-12-31T23:30:00Z', 'nl')).toBe('1 januari 2022 om 00:30:00 CET');
    expect(brusselsWallClock('2021-12-31T23:30:00Z').toISOString()).toBe(
      '2022-01-01T00:30:00.000Z',
    );
    expect(brusselsWallClock('2021-06-01T08:15:42.123Z').toISOString()).toBe(
      '2021-06-01T10:15:42.000Z',
    );
  });

  it('given text that is not an instant, then it is refused', () => {
    expect(() => formatInstant('yesterday', 'en')).toThrow(RangeError);
  });
});
