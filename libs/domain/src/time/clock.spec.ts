import { Instant, LocalDate } from '@js-joda/core';
import { businessDateAt, fixedClock, systemClock } from './index';

describe('fixedClock', () => {
  it('given an instant then now() is that instant and today() its Brussels day', () => {
    const clock = fixedClock('2021-02-01T09:00:00Z');
    expect(clock.now().toISOString()).toBe('2021-02-01T09:00:00.000Z');
    expect(clock.today().equals(LocalDate.of(2021, 2, 1))).toBe(true);
  });

  it('given 23:30 UTC on 31 January (winter, UTC+1) then the business day is already 1 February', () => {
    expect(fixedClock('2021-01-31T23:30:00Z').today().toString()).toBe('2021-02-01');
    expect(fixedClock('2021-01-31T22:59:59Z').today().toString()).toBe('2021-01-31');
  });

  it('given 22:30 UTC on 30 June (summer, UTC+2) then the business day is 1 July', () => {
    expect(fixedClock('2021-06-30T22:30:00Z').today().toString()).toBe('2021-07-01');
    expect(fixedClock('2021-06-30T21:59:59Z').today().toString()).toBe('2021-06-30');
  });

  it('accepts a Date or a js-joda Instant', () => {
    expect(fixedClock(new Date('2020-10-07T12:00:00Z')).today().toString()).toBe('2020-10-07');
    expect(fixedClock(Instant.parse('2020-10-07T12:00:00Z')).now().toISOString()).toBe(
      '2020-10-07T12:00:00.000Z',
    );
  });

  it('never moves, and a caller mutating the Date it got does not move it either', () => {
    const clock = fixedClock('2021-02-01T09:00:00Z');
    clock.now().setFullYear(1999);
    expect(clock.now().toISOString()).toBe('2021-02-01T09:00:00.000Z');
  });

  it('given text that is not an instant then it throws', () => {
    expect(() => fixedClock('2021-02-01')).toThrow();
    expect(() => fixedClock(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('businessDateAt', () => {
  it('switches day at Brussels midnight around the summer-time changes', () => {
    // 28 March 2021: clocks go from 02:00 to 03:00 local; that midnight is still UTC+1.
    expect(businessDateAt(Instant.parse('2021-03-27T23:00:00Z')).toString()).toBe('2021-03-28');
    expect(businessDateAt(Instant.parse('2021-03-27T22:59:59Z')).toString()).toBe('2021-03-27');
    // 31 October 2021: back to UTC+1 at 03:00 local; that midnight was UTC+2.
    expect(businessDateAt(new Date('2021-10-30T22:00:00Z')).toString()).toBe('2021-10-31');
    expect(businessDateAt(new Date('2021-10-30T21:59:59Z')).toString()).toBe('2021-10-30');
  });
});

describe('systemClock', () => {
  it('gives a today() consistent with now()', () => {
    const before = businessDateAt(systemClock.now());
    const today = systemClock.today();
    const after = businessDateAt(systemClock.now());
    expect(!today.isBefore(before) && !today.isAfter(after)).toBe(true);
  });
});
