import { LocalDate } from '@js-joda/core';
import { toCommand } from './disburse.request';

const LOAN = 'd3743642-087d-4f6e-a0f4-58f54bfe68f2';

describe('a disbursement as the domain takes it (POST /loans/{id}/disbursement)', () => {
  it('the day the offer is paid out', () => {
    expect(toCommand({ disbursedOn: '2022-03-20' }, LOAN)).toEqual({
      type: 'DisburseLoan',
      loanId: LOAN,
      disbursedOn: LocalDate.parse('2022-03-20'),
    });
  });
});
