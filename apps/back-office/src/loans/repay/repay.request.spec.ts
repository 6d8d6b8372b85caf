import { LocalDate } from '@js-joda/core';
import { Money } from '@loanbook/domain';
import { toCommand } from './repay.request';

const LOAN = 'd3743642-087d-4f6e-a0f4-58f54bfe68f2';

describe('a repayment as the domain takes it (POST /loans/{id}/repayments)', () => {
  it('the day the money came in and the amount, to the cent', () => {
    expect(toCommand({ paidOn: '2018-04-20', amount: '483.32' }, LOAN)).toEqual({
      type: 'RepayInstalment',
      loanId: LOAN,
      paidOn: LocalDate.parse('2018-04-20'),
      amount: Money.parse('483.32'),
    });
  });
});
