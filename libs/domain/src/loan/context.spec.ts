import { date, eur } from '../testing/loan-spec';
import { combinedLoanIdFor, combinedLoanOf } from './context';
import type { LoanEvent } from './events';
import { foldLoan, initialLoanState } from './state';
import * as cofinancing from '../testing/cofinancing-loan';

describe('the combined loan the application service reads (DOMAIN.md 3.3)', () => {
  const {
    loanId,
    startLoanId,
    borrower,
    apply,
    approve,
    appliedFor,
    combinedApplication,
    startLoan,
  } = cofinancing;

  it('combinedLoanIdFor names the loan to read at application and at approval only', () => {
    const appliedCombined = foldLoan([
      appliedFor(combinedApplication(), { combinedLoan: startLoan() }),
    ]);
    expect(combinedLoanIdFor(combinedApplication(), initialLoanState)).toBe(startLoanId);
    expect(combinedLoanIdFor(apply(), initialLoanState)).toBeUndefined();
    expect(combinedLoanIdFor(approve(), appliedCombined)).toBe(startLoanId);
    expect(
      combinedLoanIdFor(
        { type: 'DisburseLoan', loanId, disbursedOn: date('2021-04-01') },
        appliedCombined,
      ),
    ).toBeUndefined();
  });

  it("combinedLoanOf sums up a start loan's state: the offer's amount once approved", () => {
    expect(combinedLoanOf(startLoanId, initialLoanState)).toEqual({
      loanId: startLoanId,
      found: false,
    });
    const startApplied: LoanEvent = {
      type: 'LoanApplied',
      effectiveOn: '2021-03-01',
      data: {
        loanId: startLoanId,
        productCode: 'startlening',
        productVersion: 'startlening-2018-01',
        borrower: { ...borrower, naturalPerson: true },
        amount: '100000.00',
        termMonths: 84,
        purpose: 'start',
        appliedOn: '2021-03-01',
        ownContribution: '25000.00',
        selfEmployment: { mainOccupation: true },
        startAttest: { number: 'SA-1', validUntil: '2021-06-30' },
        registeredBy: 'clerk-anna',
      },
    };
    expect(combinedLoanOf(startLoanId, foldLoan([startApplied]))).toEqual({
      loanId: startLoanId,
      found: true,
      productCode: 'startlening',
      status: 'applied',
      naturalPerson: true,
      appliedOn: date('2021-03-01'),
      amount: eur('100000.00'),
      ownContribution: eur('25000.00'),
      startAttest: { number: 'SA-1', validUntil: date('2021-06-30') },
    });
    const startApproved: LoanEvent = {
      type: 'LoanApproved',
      effectiveOn: '2021-03-10',
      data: {
        loanId: startLoanId,
        approvedOn: '2021-03-10',
        productVersion: 'startlening-2018-01',
        offer: {
          amount: '90000.00',
          annualRate: '0.03',
          termMonths: 84,
          repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 12 },
          offerValidUntil: '2021-04-09',
        },
        approvedBy: ['officer-bart'],
      },
    };
    expect(combinedLoanOf(startLoanId, foldLoan([startApplied, startApproved]))).toMatchObject({
      status: 'approved',
      amount: eur('90000.00'),
    });
  });
});
