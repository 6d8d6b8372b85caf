import { date, eur, rules } from '../../testing/loan-spec';
import { RuleViolationError } from '../errors';
import { foldLoan } from '../state';
import * as guaranteed from '../../testing/guaranteed-loan';

describe('calling a guarantee (CallGuarantee)', () => {
  const { loanId, spec, recorded, defaulted, call } = guaranteed;

  it('given a defaulted loan, when the surety is called for 1,000.00, then GuaranteeCalled and 4,000.00 remains', () => {
    spec
      .given(defaulted)
      .when(call({ amount: eur('1000.00') }))
      .then([
        {
          type: 'GuaranteeCalled',
          effectiveOn: '2018-06-01',
          data: { loanId, guaranteeId: 'g1', calledOn: '2018-06-01', amount: '1000.00' },
        },
      ]);
    const g1 = foldLoan(recorded(defaulted, [call({ amount: eur('1000.00') })])).guarantees[0];
    expect([g1.called.toString(), g1.remaining.toString()]).toEqual(['1000.00', '4000.00']);
  });

  it('given 4,000.00 remaining, when called without an amount, then the 4,000.00; 4,000.01 is call-above-guarantee', () => {
    const given = recorded(defaulted, [call({ amount: eur('1000.00') })]);
    spec
      .given(given)
      .when(call())
      .thenEvents(([e]) => expect(e.data).toMatchObject({ amount: '4000.00' }));
    spec
      .given(given)
      .when(call({ amount: eur('4000.01') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['call-above-guarantee']));
  });

  it('then a call before the default is refused', () => {
    spec
      .given(defaulted)
      .when(call({ calledOn: date('2018-04-30') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['call-before-default']));
  });
});
