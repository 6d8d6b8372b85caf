import { assertWritableStreamId, StreamNames } from './stream-names';

describe('stream names', () => {
  it('prefixes the streams it stores and strips the prefix of those it owns', () => {
    const names = new StreamNames('run-42/');
    expect(names.stored('loan-1')).toBe('run-42/loan-1');
    expect(names.owned('run-42/loan-1')).toBe('loan-1');
    expect(names.claim('ABC')).toBe('run-42/loanbook-event-id-abc');
  });

  it('does not own other prefixes, system streams or id claims', () => {
    const names = new StreamNames('run-42/');
    expect(names.owned('run-43/loan-1')).toBeUndefined();
    expect(names.owned('loan-1')).toBeUndefined();
    expect(names.owned(names.claim('abc'))).toBeUndefined();
    const unprefixed = new StreamNames('');
    expect(unprefixed.owned('loan-1')).toBe('loan-1');
    expect(unprefixed.owned('$settings')).toBeUndefined();
    expect(unprefixed.owned('$$loan-1')).toBeUndefined();
    expect(unprefixed.owned(unprefixed.claim('abc'))).toBeUndefined();
  });

  it('refuses a prefix that would make every stream a system stream', () => {
    expect(() => new StreamNames('$x')).toThrow(RangeError);
  });

  it('refuses stream ids reserved by KurrentDB or the store', () => {
    for (const bad of ['', '$ce-loan', 'loanbook-event-id-abc', undefined]) {
      expect(() => assertWritableStreamId(bad)).toThrow(RangeError);
    }
    expect(() => assertWritableStreamId('loan-1')).not.toThrow();
  });
});
