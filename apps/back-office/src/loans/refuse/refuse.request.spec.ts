import { LocalDate } from '@js-joda/core';
import { toCommand } from './refuse.request';

const LOAN = 'd3743642-087d-4f6e-a0f4-58f54bfe68f2';

describe('a refusal as the domain takes it (POST /loans/{id}/refusal)', () => {
  it('its coded reasons and the explanation, trimmed', () => {
    expect(
      toCommand(
        {
          refusedOn: '2022-03-20',
          reasons: ['known-payment-arrears'],
          explanation: ' two suppliers ',
        },
        LOAN,
      ),
    ).toEqual({
      type: 'RefuseLoan',
      loanId: LOAN,
      refusedOn: LocalDate.parse('2022-03-20'),
      reasons: ['known-payment-arrears'],
      explanation: 'two suppliers',
    });
  });
});
