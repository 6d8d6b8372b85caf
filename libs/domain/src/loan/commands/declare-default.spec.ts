import { rules } from '../../testing/loan-spec';
import { RuleViolationError } from '../errors';
import * as guaranteed from '../../testing/guaranteed-loan';

describe('declaring a default (DeclareDefault)', () => {
  const { loanId, spec, recorded, active, pay, declareDefault } = guaranteed;

  // Nothing paid: instalments due 2018-04-20, 05-20, 06-20, 07-20 (interest 125.00, 123.21,
  // 121.41, 119.60; principal 358.32, 360.11, 361.91, 363.72).
  it('given the oldest unpaid instalment due 2018-04-20, when declared for arrears on 2018-07-20 (exactly 3 months), then arrears-not-over-three-months', () => {
    spec
      .given(active)
      .when(declareDefault('2018-07-20', 'arrears'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['arrears-not-over-three-months']);
        expect(e.violations[0].message).toContain('91 days late');
      });
  });

  it('given the same loan, when declared for arrears on 2018-07-21, then LoanDefaulted with the arrears and 92 days past due', () => {
    spec
      .given(active)
      .when(declareDefault('2018-07-21', 'arrears'))
      .then([
        {
          type: 'LoanDefaulted',
          effectiveOn: '2018-07-21',
          data: {
            loanId,
            defaultedOn: '2018-07-21',
            cause: 'arrears',
            outstandingPrincipal: '25000.00',
            arrearsInterest: '489.22',
            arrearsPrincipal: '1444.06',
            daysPastDue: 92,
          },
        },
      ]);
  });

  it('given every instalment paid, when declared for arrears, then the loan has no arrears', () => {
    spec
      .given(recorded(active, [pay('2018-04-20', '483.32')]))
      .when(declareDefault('2018-05-01', 'arrears'))
      .thenThrows(RuleViolationError, (e) =>
        expect(e.violations[0].message).toContain('has no arrears on 2018-05-01'),
      );
  });

  it('given instalment 1 paid, when declared for bankruptcy, then no arrears are needed and the outstanding principal is kept', () => {
    spec
      .given(recorded(active, [pay('2018-04-20', '483.32')]))
      .when(declareDefault('2018-05-01', 'bankruptcy'))
      .thenEvents(([e]) =>
        expect(e.data).toEqual({
          loanId,
          defaultedOn: '2018-05-01',
          cause: 'bankruptcy',
          outstandingPrincipal: '24641.68',
          arrearsInterest: '0.00',
          arrearsPrincipal: '0.00',
          daysPastDue: 0,
        }),
      );
  });

  it('then a default before the last payment, before the disbursement or after today is refused', () => {
    spec
      .given(recorded(active, [pay('2018-04-20', '483.32')]))
      .when(declareDefault('2018-04-19'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['default-before-last-payment']),
      );
    spec
      .given(active)
      .when(declareDefault('2018-03-19'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['default-before-disbursement']),
      );
    spec
      .given(active)
      .when(declareDefault('2026-11-22'))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['date-in-future']));
  });
});
