import { LocalDate } from '@js-joda/core';
import { toCommand } from './withdraw.request';

const LOAN = 'd3743642-087d-4f6e-a0f4-58f54bfe68f2';

describe('a withdrawal as the domain takes it (POST /loans/{id}/withdrawal)', () => {
  it('the day and the reason, trimmed; no reason is none', () => {
    expect(toCommand({ withdrawnOn: '2022-03-25', reason: ' other financing ' }, LOAN)).toEqual({
      type: 'WithdrawApplication',
      loanId: LOAN,
      withdrawnOn: LocalDate.parse('2022-03-25'),
      reason: 'other financing',
    });
    expect(toCommand({ withdrawnOn: '2022-03-25' }, LOAN).reason).toBeUndefined();
  });
});
