import { date, rules } from '../../testing/loan-spec';
import { RuleViolationError } from '../errors';
import { foldLoan } from '../state';
import * as guaranteed from '../../testing/guaranteed-loan';

describe('recoveries (RecordRecovery)', () => {
  const { loanId, spec, recorded, defaulted, recover } = guaranteed;

  it('given 25,000.00 outstanding at the default, when 10,000.00 is recovered, then RecoveryRecorded with 15,000.00 outstanding', () => {
    spec
      .given(defaulted)
      .when(recover('10000.00'))
      .then([
        {
          type: 'RecoveryRecorded',
          effectiveOn: '2018-09-01',
          data: {
            loanId,
            receivedOn: '2018-09-01',
            amount: '10000.00',
            source: 'liquidation',
            outstandingPrincipal: '15000.00',
          },
        },
      ]);
  });

  it('given 15,000.00 left to recover, when 15,000.01 is recovered, then recovery-above-outstanding; 15,000.00 leaves 0.00', () => {
    const given = recorded(defaulted, [recover('10000.00')]);
    spec
      .given(given)
      .when(recover('15000.01'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['recovery-above-outstanding']);
        expect(e.violations[0].message).toContain('15,000.00');
      });
    spec
      .given(given)
      .when(recover('15000.00'))
      .thenEvents(([e]) => expect(e.data).toMatchObject({ outstandingPrincipal: '0.00' }));
    spec
      .given(defaulted)
      .when(recover('25000.01'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['recovery-above-outstanding']),
      );
  });

  it('then a recovery before the default or of 0.00 is refused', () => {
    spec
      .given(defaulted)
      .when(recover('0.00', { receivedOn: date('2018-04-30') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['recovery-before-default', 'amount-not-positive']),
      );
  });

  it('given a written-off loan, when money still comes in, then it is recorded within what was not yet recovered, the outstanding staying 0.00', () => {
    const writtenOff = recorded(defaulted, [
      recover('10000.00'),
      { type: 'WriteOffLoan', loanId, writtenOffOn: date('2019-01-10'), reason: 'closed' },
    ]);
    const state = foldLoan(writtenOff);
    expect(state.status).toBe('written-off');
    expect(state.outstandingPrincipal.toString()).toBe('0.00');
    expect(state.writeOff?.amount.toString()).toBe('15000.00');
    spec
      .given(writtenOff)
      .when(recover('1000.00', { receivedOn: date('2020-02-01'), source: 'guarantor' }))
      .thenEvents(([e]) => expect(e.data).toMatchObject({ outstandingPrincipal: '0.00' }));
    spec
      .given(writtenOff)
      .when(recover('15000.01', { receivedOn: date('2020-02-01') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['recovery-above-outstanding']),
      );
  });
});
