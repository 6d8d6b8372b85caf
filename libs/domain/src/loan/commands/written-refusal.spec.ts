import { date, rules } from '../../testing/loan-spec';
import { LoanStateConflictError, RuleViolationError } from '../errors';
import * as obligations from '../../testing/obligations-loan';

describe('the written refusal statement (DOMAIN.md 4.4)', () => {
  const { loanId, clock, spec, recorded, apply, applied, refused, request } = obligations;

  it('given a refusal, when the enterprise asks on the last day of the 6 months after its application, then the request is recorded with that deadline', () => {
    spec
      .given(refused)
      .when(request('2018-09-15'))
      .then([
        {
          type: 'WrittenRefusalRequested',
          effectiveOn: '2018-09-15',
          data: { loanId, requestedOn: '2018-09-15', requestDeadline: '2018-09-15' },
        },
      ]);
  });

  it('given a refusal, when the enterprise asks one day after the 6 months, then 422 written-refusal-too-late naming both dates', () => {
    spec
      .given(refused)
      .when(request('2018-09-16'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['written-refusal-too-late']);
        expect(e.violations[0].message).toBe(
          'the enterprise asked on 2018-09-16, more than 6 months after its application of 2018-03-15: a written refusal statement is due only when asked by 2018-09-15',
        );
      });
  });

  it('given an application of 31 August, when asked on the last day of February (6 months on, clamped), then it is in time; a day later it is not', () => {
    const lateSummer = recorded(
      [],
      [
        { ...apply, appliedOn: date('2018-08-31') },
        {
          type: 'RefuseLoan',
          loanId,
          refusedOn: date('2018-09-10'),
          reasons: ['outside-lender-policy'],
        },
      ],
    );
    spec
      .given(lateSummer)
      .when(request('2019-02-28'))
      .thenEvents((events) => expect(events[0].type).toBe('WrittenRefusalRequested'));
    spec
      .given(lateSummer)
      .when(request('2019-03-01'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['written-refusal-too-late']),
      );
  });

  it('given a refusal, when the request is dated before the refusal, then 422; on the refusal day it is recorded', () => {
    spec
      .given(refused)
      .when(request('2018-04-01'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['written-refusal-before-refusal']),
      );
    spec
      .given(refused)
      .when(request('2018-04-02'))
      .thenEvents((events) => expect(events).toHaveLength(1));
  });

  it('given a request recorded already, when asked again, then 409: the statement exists', () => {
    spec
      .given(recorded(refused, [request('2018-05-01')]))
      .when(request('2018-05-02'))
      .thenThrows(LoanStateConflictError, (e) =>
        expect(e.message).toContain('requested on 2018-05-01 already'),
      );
  });

  it('given an application not refused, when a written refusal is asked, then 409', () => {
    spec.given(applied).when(request('2018-04-01')).thenThrows(LoanStateConflictError);
  });

  it('given a refusal, when the request lies after today, then 422 date-in-future', () => {
    const today = clock.today();
    const recent = recorded(
      [],
      [
        { ...apply, appliedOn: today.minusDays(10) },
        {
          type: 'RefuseLoan',
          loanId,
          refusedOn: today.minusDays(5),
          reasons: ['outside-lender-policy'],
        },
      ],
    );
    spec
      .given(recent)
      .when({ type: 'RequestWrittenRefusal', loanId, requestedOn: today.plusDays(1) })
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['date-in-future']));
  });
});
