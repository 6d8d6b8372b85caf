import { date, rules } from '../../testing/loan-spec';
import { RuleViolationError } from '../errors';
import * as impulskrediet from '../../testing/impulskrediet-loan';

describe('refuse', () => {
  const { spec, refuse, applied, refused } = impulskrediet;

  it('given an application, when refused with reasons, then LoanRefused with the reasons once each', () => {
    spec
      .given([applied])
      .when(refuse({ reasons: ['known-payment-arrears', 'known-payment-arrears'] }))
      .then([refused]);
  });

  it('then a refusal without a reason, or with an unknown one, is refused', () => {
    spec
      .given([applied])
      .when(refuse({ reasons: [] }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['refusal-reason-required']));
    spec
      .given([applied])
      .when(refuse({ reasons: ['bad-weather' as never] }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['unknown-refusal-reason']));
  });

  it('then a refusal dated before the application is refused', () => {
    spec
      .given([applied])
      .when(refuse({ refusedOn: date('2018-01-01') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['refusal-before-application']),
      );
  });
});
