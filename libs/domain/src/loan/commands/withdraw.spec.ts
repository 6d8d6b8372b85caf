import { date, rules } from '../../testing/loan-spec';
import { RuleViolationError } from '../errors';
import * as impulskrediet from '../../testing/impulskrediet-loan';

describe('withdraw', () => {
  const { spec, withdraw, applied, approved, withdrawnFrom } = impulskrediet;

  it('given an application, when withdrawn, then ApplicationWithdrawn from applied', () => {
    spec
      .given([applied])
      .when(withdraw())
      .then([withdrawnFrom('applied')]);
  });

  it('given an offer, when withdrawn, then ApplicationWithdrawn from approved', () => {
    spec
      .given([applied, approved])
      .when(withdraw())
      .then([withdrawnFrom('approved')]);
  });

  it('given an offer, when withdrawn before its approval date, then refused', () => {
    spec
      .given([applied, approved])
      .when(withdraw({ withdrawnOn: date('2018-03-10') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['withdrawal-before-approval']),
      );
  });
});
