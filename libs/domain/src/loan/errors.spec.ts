import { decidedAt, LoanStateConflictError, RuleViolationError } from './errors';

describe('decidedAt: a decision on a stream read at a version', () => {
  it('given a decision that succeeds then its result is returned as it is', () => {
    expect(decidedAt(7, () => ['event'])).toEqual(['event']);
  });

  it('given a state conflict then it carries the version the stream was read at, nothing else changed', () => {
    let thrown: unknown;
    try {
      decidedAt(7, () => {
        throw new LoanStateConflictError('disbursed', 'ApproveLoan', 'not possible now');
      });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(LoanStateConflictError);
    expect(thrown).toMatchObject({
      currentState: 'disbursed',
      commandType: 'ApproveLoan',
      message: 'not possible now',
      currentVersion: 7,
    });
  });

  it('given any other error then it passes through untouched', () => {
    const violation = new RuleViolationError([
      { rule: 'amount-above-maximum', message: 'too much', field: 'amount' },
    ]);
    expect(() =>
      decidedAt(3, () => {
        throw violation;
      }),
    ).toThrow(violation);
  });
});
