import { LocalDate } from '@js-joda/core';
import { parseExtraHolidays, WorkingDayCalendar } from './working-days';

const d = (text: string) => LocalDate.parse(text);
const calendar = new WorkingDayCalendar();

// The Belgian public holidays that fall on a weekday, 2025–2027 (Easter: 20 April 2025, 5 April
// 2026, 28 March 2027), each with the working day a due date on it moves to.
const holidays: [string, string, string][] = [
  ['Easter Monday 2025', '2025-04-21', '2025-04-22'],
  ['Ascension 2025', '2025-05-29', '2025-05-30'],
  ['Whit Monday 2025', '2025-06-09', '2025-06-10'],
  ['21 July 2025 (Monday)', '2025-07-21', '2025-07-22'],
  ['15 August 2025 (Friday)', '2025-08-15', '2025-08-18'],
  ['11 November 2025 (Tuesday)', '2025-11-11', '2025-11-12'],
  ['25 December 2025 (Thursday)', '2025-12-25', '2025-12-26'],
  ['Easter Monday 2026', '2026-04-06', '2026-04-07'],
  ['Ascension 2026', '2026-05-14', '2026-05-15'],
  ['Whit Monday 2026', '2026-05-25', '2026-05-26'],
  ['21 July 2026 (Tuesday)', '2026-07-21', '2026-07-22'],
  ['11 November 2026 (Wednesday)', '2026-11-11', '2026-11-12'],
  ['25 December 2026 (Friday)', '2026-12-25', '2026-12-28'],
  ['Easter Monday 2027', '2027-03-29', '2027-03-30'],
  ['Ascension 2027', '2027-05-06', '2027-05-07'],
  ['Whit Monday 2027', '2027-05-17', '2027-05-18'],
  ['21 July 2027 (Wednesday)', '2027-07-21', '2027-07-22'],
  ['1 November 2027 (Monday)', '2027-11-01', '2027-11-02'],
  ['11 November 2027 (Thursday)', '2027-11-11', '2027-11-12'],
];

describe('Belgian working days, 2025–2027', () => {
  it.each(holidays)(
    '%s (%s) is a holiday; the days either side are working days',
    (_name, date, next) => {
      const holiday = d(date);
      expect(calendar.isHoliday(holiday)).toBe(true);
      expect(calendar.isWorkingDay(holiday)).toBe(false);
      expect(calendar.nextWorkingDay(holiday)).toEqual(d(next));
      const before = holiday.minusDays(1);
      if (before.dayOfWeek().value() <= 5) {
        expect(calendar.isWorkingDay(before)).toBe(true);
        expect(calendar.nextWorkingDay(before)).toEqual(before);
      }
      expect(calendar.isWorkingDay(d(next))).toBe(true);
    },
  );

  it.each([
    // on a weekend: a holiday, and the next working day is the Monday (or after)
    ['15 August 2026 (Saturday)', '2026-08-15', '2026-08-17'],
    ['1 November 2026 (Sunday)', '2026-11-01', '2026-11-02'],
    ['1 November 2025 (Saturday)', '2025-11-01', '2025-11-03'],
    ['15 August 2027 (Sunday)', '2027-08-15', '2027-08-16'],
    ['25 December 2027 (Saturday)', '2027-12-25', '2027-12-27'],
  ])('%s (%s) is a holiday on a weekend; next working day %s', (_name, date, next) => {
    expect(calendar.isHoliday(d(date))).toBe(true);
    expect(calendar.nextWorkingDay(d(date))).toEqual(d(next));
  });

  it('the days after Easter Sunday, Ascension and Whit Monday', () => {
    // Good Friday and the day after Ascension are working days in Belgium.
    expect(calendar.isWorkingDay(d('2026-04-03'))).toBe(true);
    expect(calendar.isWorkingDay(d('2026-05-15'))).toBe(true);
    // Easter Sunday is a Sunday: the next working day skips Easter Monday too.
    expect(calendar.nextWorkingDay(d('2026-04-05'))).toEqual(d('2026-04-07'));
    expect(calendar.nextWorkingDay(d('2025-06-08'))).toEqual(d('2025-06-10'));
  });

  it('weekends move to the Monday; a weekday that is no holiday stays', () => {
    expect(calendar.nextWorkingDay(d('2026-03-07'))).toEqual(d('2026-03-09'));
    expect(calendar.nextWorkingDay(d('2026-03-08'))).toEqual(d('2026-03-09'));
    expect(calendar.nextWorkingDay(d('2026-03-06'))).toEqual(d('2026-03-06'));
    expect(calendar.isWorkingDay(d('2026-03-07'))).toBe(false);
    expect(calendar.isWorkingDay(d('2026-03-08'))).toBe(false);
  });

  it('lists exactly the ten Belgian public holidays of a year', () => {
    expect([...calendar.publicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-07-21',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });
});

describe('the extra holidays the lender adds', () => {
  it('are holidays too: 26 December 2025 and a bridge day', () => {
    const lender = new WorkingDayCalendar(parseExtraHolidays('2025-12-26, 2026-05-15'));
    expect(calendar.isWorkingDay(d('2025-12-26'))).toBe(true);
    expect(lender.isWorkingDay(d('2025-12-26'))).toBe(false);
    expect(lender.nextWorkingDay(d('2025-12-25'))).toEqual(d('2025-12-29'));
    expect(lender.nextWorkingDay(d('2026-05-14'))).toEqual(d('2026-05-18'));
  });

  it('are read from dates separated by commas; a bad one is named', () => {
    expect(parseExtraHolidays('')).toEqual([]);
    expect(() => parseExtraHolidays('2025-12-26,26/12/2025,2025-02-30')).toThrow(
      'BANK_HOLIDAYS must be dates YYYY-MM-DD separated by commas; not dates: "26/12/2025", "2025-02-30"',
    );
  });
});
