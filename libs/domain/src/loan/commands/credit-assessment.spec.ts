import { decide } from '../decide';
import { LoanStateConflictError } from '../errors';
import { foldLoan } from '../state';
import * as obligations from '../../testing/obligations-loan';

describe('assessing the household (RecordCreditAssessment, DOMAIN.md 3.5)', () => {
  const { ctx, spec, applied, refused, household } = obligations;

  it('given an application, when the household is assessed, then the maximum and its figures are recorded, the details as JSON', () => {
    const [event] = decide(household(), foldLoan(applied), ctx());
    expect(event).toMatchObject({
      type: 'CreditAssessmentRecorded',
      data: {
        enterpriseNumber: '0403.170.701',
        requestedAmount: '20000.00',
        monthlyCapacity: '338.20',
        maximumCredit: '16910.00',
        withinMaximum: false,
        knockOuts: [],
      },
    });
    const details = JSON.parse((event.data as { assessment: string }).assessment);
    expect(details.result.maximumCredit).toBe('16910.00');
    expect(details.input.incomes[0]).toEqual({ kind: 'salary', monthlyNet: '2400.00' });
  });

  it('given a decided application, when a household is assessed, then 409', () => {
    spec.given(refused).when(household()).thenThrows(LoanStateConflictError);
  });
});
