import { LocalDate } from '@js-joda/core';
import { Money } from '@loanbook/domain';
import { ValidationProblem } from '../../http/problem';
import { toCommand as toCall } from './call.request';
import { GuaranteeIdPipe } from './guarantee-id';
import { guaranteesOf } from './guarantee.request';
import { toCommand as toRefusal } from './refuse-release.request';
import { toCommand as toRelease } from './release.request';

const ids = { loanId: 'd3743642-087d-4f6e-a0f4-58f54bfe68f2', guaranteeId: 'g2' };

describe('guarantee commands as the domain takes them', () => {
  it('a release: all it still covers unless an amount is given', () => {
    expect(toRelease({ releasedOn: '2023-04-01' }, ids)).toEqual({
      type: 'ReleaseGuarantee',
      ...ids,
      releasedOn: LocalDate.parse('2023-04-01'),
      amount: undefined,
    });
    expect(toRelease({ releasedOn: '2023-04-01', amount: '4000.00' }, ids).amount).toEqual(
      Money.parse('4000.00'),
    );
  });

  it('a refused release: its reasons, explanation and the amount asked for', () => {
    expect(
      toRefusal(
        {
          refusedOn: '2019-02-01',
          reasons: ['open-commitments-covered'],
          explanation: 'The surety still covers the arrears.',
          amountRequested: '5000.00',
        },
        ids,
      ),
    ).toEqual({
      type: 'RefuseGuaranteeRelease',
      ...ids,
      refusedOn: LocalDate.parse('2019-02-01'),
      reasons: ['open-commitments-covered'],
      explanation: 'The surety still covers the arrears.',
      amountRequested: Money.parse('5000.00'),
    });
  });

  it('a call: the day and the amount called', () => {
    expect(toCall({ calledOn: '2022-03-01', amount: '5000.00' }, ids)).toEqual({
      type: 'CallGuarantee',
      ...ids,
      calledOn: LocalDate.parse('2022-03-01'),
      amount: Money.parse('5000.00'),
    });
  });

  it('securities given with an application or an offer: their amounts parsed', () => {
    expect(guaranteesOf(undefined)).toBeUndefined();
    expect(guaranteesOf([{ kind: 'personal', guarantor: 'Jan Peeters', amount: '0.01' }])).toEqual([
      { kind: 'personal', guarantor: 'Jan Peeters', amount: Money.parse('0.01') },
    ]);
  });

  it.each(['g0', 'G1', 'g12345', 'g1 ', '1'])(
    'refuses the guarantee id %p (400 guarantee-id)',
    (id) => {
      expect(() => new GuaranteeIdPipe().transform(id)).toThrow(ValidationProblem);
    },
  );

  it.each(['g1', 'g20', 'g9999'])('takes the guarantee id %p', (id) => {
    expect(new GuaranteeIdPipe().transform(id)).toBe(id);
  });
});
