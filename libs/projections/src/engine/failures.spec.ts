import { EventStoreUnavailableError } from '@loanbook/event-store';
import { describeError, isTransient } from './failures';

describe('projection failures', () => {
  it('retries the database being away as it is, and looks for the event on any other error', () => {
    expect(isTransient(new EventStoreUnavailableError('PostgreSQL event store unavailable'))).toBe(
      true,
    );
    for (const code of ['08006', '40001', '40P01', '53100', '57P01', '55P03'])
      expect(isTransient(Object.assign(new Error('x'), { code }))).toBe(true);
    for (const code of ['22003', '23505', '42P01', '57014'])
      expect(isTransient(Object.assign(new Error('x'), { code }))).toBe(false);
    expect(isTransient(new TypeError('cannot read properties of undefined'))).toBe(false);
    expect(isTransient(undefined)).toBe(false);
  });

  it("keeps the message, the database's detail and the SQLSTATE, bounded", () => {
    const overflow = Object.assign(new Error('numeric field overflow'), {
      code: '22003',
      detail: 'A field with precision 14, scale 2 must round to an absolute value less than 10^12.',
    });
    expect(describeError(overflow)).toEqual({
      message:
        'numeric field overflow (A field with precision 14, scale 2 must round to an absolute value less than 10^12.)',
      code: '22003',
    });
    expect(describeError('plain')).toEqual({ message: 'plain', code: null });
    expect(describeError(Object.assign(new Error('e'), { code: 'ECONNRESET' })).code).toBeNull();
    expect(describeError(new Error('x'.repeat(5000))).message).toHaveLength(2001);
  });
});
