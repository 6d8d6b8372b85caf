import { LocalDate, YearMonth } from '@js-joda/core';
import { parseEnterpriseNumber } from '@loanbook/domain';
import { belgianPublicHolidays, easterSunday, isWorkingDay, workingDaysOf } from './calendar';
import { demoEnterpriseNumber } from './enterprise-numbers';
import { demoId, uuidV5 } from './ids';
import { Prng } from './prng';

describe('uuidV5', () => {
  it('matches the RFC name-based UUID (DNS namespace, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('derives the demo ids from their keys, the same every time', () => {
    expect(demoId('winwin/2021-01/5y/001')).toBe('3958218e-166e-5a72-9f6e-a631b805a37c');
    expect(demoId('a')).toBe(demoId('a'));
    expect(demoId('a')).not.toBe(demoId('b'));
  });
});

describe('demoEnterpriseNumber', () => {
  it('computes the mod-97 check digits', () => {
    expect(demoEnterpriseNumber(1_234_567)).toBe('0123.456.749');
    expect(demoEnterpriseNumber(0)).toBe('0000.000.097');
    expect(parseEnterpriseNumber(demoEnterpriseNumber(4_100_000))).toBe(
      demoEnterpriseNumber(4_100_000),
    );
  });
});

describe('calendar', () => {
  it('knows Easter and the Belgian public holidays', () => {
    expect(easterSunday(2016).toString()).toBe('2016-03-27');
    expect(easterSunday(2019).toString()).toBe('2019-04-21');
    expect(easterSunday(2021).toString()).toBe('2021-04-04');
    expect([...belgianPublicHolidays(2021)]).toEqual(
      expect.arrayContaining([
        '2021-04-05',
        '2021-05-13',
        '2021-05-24',
        '2021-07-21',
        '2021-11-11',
      ]),
    );
    expect(isWorkingDay(LocalDate.of(2021, 4, 5))).toBe(false);
    expect(isWorkingDay(LocalDate.of(2021, 4, 6))).toBe(true);
    expect(isWorkingDay(LocalDate.of(2021, 4, 10))).toBe(false);
    expect(workingDaysOf(YearMonth.of(2021, 4))).toHaveLength(21);
  });
});

describe('Prng', () => {
  it('gives the same sequence for the same key and stays in range', () => {
    const a = Prng.fromKey('x');
    const b = Prng.fromKey('x');
    const drawn = Array.from({ length: 1000 }, () => a.int(3, 7));
    expect(drawn).toEqual(Array.from({ length: 1000 }, () => b.int(3, 7)));
    expect(new Set(drawn)).toEqual(new Set([3, 4, 5, 6, 7]));
  });
});
