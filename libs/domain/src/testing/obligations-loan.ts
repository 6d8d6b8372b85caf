/**
 * The code of conduct's obligations at application and refusal (DOMAIN.md 4.1, 4.4, 3.5): an
 * Impulskrediet application of 20,000.00 (2018-03-15) with a surety and a pledge, its refusal,
 * and the commands that record information, a written refusal request and a household's
 * assessment. Test-only.
 */
import type { ApplyForLoan, LoanCommand, RecordApplicationInformation } from '../loan/commands';
import type { LoanEvent } from '../loan/events';
import { SPEC_CLOCK, date, eur, loanSpec, recordedHistory, specContext } from './loan-spec';

export const loanId = '7d1e3f5a-2b4c-4d6e-8f0a-1b2c3d4e5f60';
export const clock = SPEC_CLOCK;
export const ctx = () => specContext();
export const spec = loanSpec();

export function recorded(given: LoanEvent[], commands: LoanCommand[]): LoanEvent[] {
  return recordedHistory(given, commands, ctx());
}

export const apply: ApplyForLoan = {
  type: 'ApplyForLoan',
  loanId,
  productCode: 'impulskrediet',
  borrower: { enterpriseNumber: '0403.170.701', name: 'Bakkerij Peeters', province: 'Antwerpen' },
  amount: eur('20000.00'),
  termMonths: 48,
  purpose: 'a delivery van',
  appliedOn: date('2018-03-15'),
  registeredBy: 'clerk-anna',
  guarantees: [
    { kind: 'personal', guarantor: 'Jan Peeters', amount: eur('5000.00') },
    { kind: 'real', guarantor: 'pledge on the van', amount: eur('15000.00') },
  ],
};
export const applied = recorded([], [apply]);
export const refused = recorded(applied, [
  {
    type: 'RefuseLoan',
    loanId,
    refusedOn: date('2018-04-02'),
    reasons: ['known-payment-arrears', 'insufficient-securities-or-equity'],
    explanation: 'arrears with the supplier; no equity',
  },
]);
export const request = (requestedOn: string): LoanCommand => ({
  type: 'RequestWrittenRefusal',
  loanId,
  requestedOn: date(requestedOn),
});

export const information = (
  items: RecordApplicationInformation['items'],
  recordedOn = '2018-03-20',
): LoanCommand => ({
  type: 'RecordApplicationInformation',
  loanId,
  recordedOn: date(recordedOn),
  recordedBy: 'clerk-anna',
  items,
});

export const household = (over: Record<string, unknown> = {}): LoanCommand => ({
  type: 'RecordCreditAssessment',
  loanId,
  assessedOn: date('2018-03-20'),
  assessedBy: 'clerk-anna',
  input: {
    householdType: 'single',
    housing: { tenure: 'renter', rent: eur('650.00') },
    applicantBirthDate: date('1985-06-01'),
    signingDate: date('2018-04-01'),
    termMonths: 48,
    incomes: [{ kind: 'salary', monthlyNet: eur('2400.00') }],
    obligations: [],
    wageGarnishment: false,
    divorceInProgress: false,
    ...over,
  } as never,
});
export const approve = (amount: string, justification?: string): LoanCommand => ({
  type: 'ApproveLoan',
  loanId,
  approvedOn: date('2018-04-01'),
  amount: eur(amount),
  officer: { id: 'officer-bart' },
  ...(justification !== undefined ? { responsibleMaximumOverride: { justification } } : {}),
});
