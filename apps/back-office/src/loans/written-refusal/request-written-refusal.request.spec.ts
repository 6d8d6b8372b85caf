import { LocalDate } from '@js-joda/core';
import { toCommand } from './request-written-refusal.request';

const LOAN = 'd3743642-087d-4f6e-a0f4-58f54bfe68f2';

describe('a written refusal request as the domain takes it (POST /loans/{id}/written-refusal)', () => {
  it('the day the enterprise asked', () => {
    expect(toCommand({ requestedOn: '2022-05-02' }, LOAN)).toEqual({
      type: 'RequestWrittenRefusal',
      loanId: LOAN,
      requestedOn: LocalDate.parse('2022-05-02'),
    });
  });
});
