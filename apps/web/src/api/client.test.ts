import { describe, expect, it } from 'vitest';
import { IdempotencyKeys, ifMatch } from './client';

describe('Idempotency-Key per thing the user means to do', () => {
  const keys = () => {
    let n = 0;
    return new IdempotencyKeys(() => `key-${++n}`);
  };

  it('sends the same key with the same body (a double click, a retry after a lost answer)', () => {
    const k = keys();
    expect(k.keyFor({ paidOn: '2022-04-20', amount: '483.32' })).toBe('key-1');
    expect(k.keyFor({ paidOn: '2022-04-20', amount: '483.32' })).toBe('key-1');
  });

  it('makes a new key when the body changes, and after the command was recorded', () => {
    const k = keys();
    expect(k.keyFor({ amount: '1.00' })).toBe('key-1');
    expect(k.keyFor({ amount: '2.00' })).toBe('key-2');
    k.done();
    expect(k.keyFor({ amount: '2.00' })).toBe('key-3');
  });

  it('quotes the version for If-Match', () => {
    expect(ifMatch(7)).toBe('"7"');
  });
});
