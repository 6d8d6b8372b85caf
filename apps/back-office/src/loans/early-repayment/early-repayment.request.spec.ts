import { LocalDate } from '@js-joda/core';
import { Money } from '@loanbook/domain';
import { toQuoteRequest } from './quote.request';
import { toCommand } from './repay-early.request';

const LOAN = 'd3743642-087d-4f6e-a0f4-58f54bfe68f2';

describe('an early repayment as the domain takes it', () => {
  it('a partial one: the capital repaid early', () => {
    expect(toCommand({ repaidOn: '2018-10-05', amount: '10000.00' }, LOAN)).toEqual({
      type: 'RepayEarly',
      loanId: LOAN,
      repaidOn: LocalDate.parse('2018-10-05'),
      amount: Money.parse('10000.00'),
      full: undefined,
    });
  });

  it('a full one: no amount', () => {
    expect(toCommand({ repaidOn: '2018-10-05', full: true }, LOAN)).toMatchObject({
      amount: undefined,
      full: true,
    });
  });

  it("the quote's query string: full as text, the curve left to the query service", () => {
    expect(toQuoteRequest({ on: '2030-01-20', full: 'true' })).toEqual({
      repaidOn: LocalDate.parse('2030-01-20'),
      amount: undefined,
      full: true,
    });
    expect(toQuoteRequest({ on: '2030-01-20', amount: '500.00', full: 'false' })).toEqual({
      repaidOn: LocalDate.parse('2030-01-20'),
      amount: Money.parse('500.00'),
      full: false,
    });
  });
});
