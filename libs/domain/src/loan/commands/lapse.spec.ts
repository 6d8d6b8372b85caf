import { rules } from '../../testing/loan-spec';
import { RuleViolationError } from '../errors';
import { foldLoan } from '../state';
import * as activeLoan from '../../testing/active-loan';

describe('the offer lapses (LapseOffer)', () => {
  const { loanId, specAt, spec, applied, approved } = activeLoan;

  const offer = [applied(), approved()]; // valid until 2018-04-14

  it('given an offer valid until 2018-04-14, when the lapse is asked on that day, then offer-still-valid', () => {
    specAt('2018-04-14T10:00:00Z')
      .given(offer)
      .when({ type: 'LapseOffer', loanId })
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['offer-still-valid']);
        expect(e.violations[0].message).toContain('2018-04-14');
      });
  });

  it('given the same offer, when the lapse is asked the day after (in Brussels), then OfferLapsed on that day', () => {
    // 22:30 UTC on 14 April is 00:30 on 15 April in Brussels: the business day has turned.
    specAt('2018-04-14T22:30:00Z')
      .given(offer)
      .when({ type: 'LapseOffer', loanId })
      .then([
        {
          type: 'OfferLapsed',
          effectiveOn: '2018-04-15',
          data: { loanId, lapsedOn: '2018-04-15', offerValidUntil: '2018-04-14' },
        },
      ]);
  });

  it('given the same offer, when the lapse is recorded years late, then it is dated the day after the validity', () => {
    spec
      .given(offer)
      .when({ type: 'LapseOffer', loanId })
      .thenEvents(([e]) => {
        expect(e).toMatchObject({ type: 'OfferLapsed', effectiveOn: '2018-04-15' });
        expect(foldLoan([...offer, e]).lapse?.lapsedOn.toString()).toBe('2018-04-15');
      });
  });
});
