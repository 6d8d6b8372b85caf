import { date, rules } from '../../testing/loan-spec';
import { RuleViolationError } from '../errors';
import * as guaranteed from '../../testing/guaranteed-loan';

describe('write-off (WriteOffLoan)', () => {
  const { loanId, spec, recorded, defaulted, recover } = guaranteed;

  it('given 15,000.00 outstanding after a recovery, when written off, then LoanWrittenOff of 15,000.00', () => {
    spec
      .given(recorded(defaulted, [recover('10000.00')]))
      .when({
        type: 'WriteOffLoan',
        loanId,
        writtenOffOn: date('2019-01-10'),
        reason: '  liquidation closed  ',
      })
      .then([
        {
          type: 'LoanWrittenOff',
          effectiveOn: '2019-01-10',
          data: {
            loanId,
            writtenOffOn: '2019-01-10',
            amount: '15000.00',
            reason: 'liquidation closed',
          },
        },
      ]);
  });

  it('then a write-off dated before the default is refused', () => {
    spec
      .given(defaulted)
      .when({ type: 'WriteOffLoan', loanId, writtenOffOn: date('2018-04-30'), reason: 'closed' })
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['write-off-before-default']),
      );
  });
});
