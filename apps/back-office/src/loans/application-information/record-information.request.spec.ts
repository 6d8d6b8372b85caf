import { LocalDate } from '@js-joda/core';
import { toCommand } from './record-information.request';

const ids = { loanId: 'd3743642-087d-4f6e-a0f4-58f54bfe68f2', recordedBy: 'clerk-anna' };

describe('information items as the domain takes them (POST /loans/{id}/application-information)', () => {
  it('keeps only the fields each item was given, recorded by the user who sent them', () => {
    expect(
      toCommand(
        {
          recordedOn: '2022-03-18',
          items: [
            { item: 'financial-results-and-plan', status: 'provided', note: 'accounts 2021' },
            { item: 'guarantor-identity', guaranteeId: 'g1', status: 'already-known' },
          ],
        },
        ids,
      ),
    ).toEqual({
      type: 'RecordApplicationInformation',
      ...ids,
      recordedOn: LocalDate.parse('2022-03-18'),
      items: [
        { item: 'financial-results-and-plan', status: 'provided', note: 'accounts 2021' },
        { item: 'guarantor-identity', guaranteeId: 'g1', status: 'already-known' },
      ],
    });
  });
});
