/**
 * Guarantees (DOMAIN.md 4.1, 4.5), default (§2), recoveries and write-off: an Impulskrediet of
 * 25,000.00 with a surety (g1) and a mortgage (g2), a government guarantee asked by the offer
 * (g3), paid out on 2018-03-20 and defaulted on 2018-05-01; the commands on it. Test-only.
 */
import type {
  ApplyForLoan,
  CallGuarantee,
  DeclareDefault,
  LoanCommand,
  RecordRecovery,
  RefuseGuaranteeRelease,
  ReleaseGuarantee,
} from '../loan/commands';
import type { LoanEvent } from '../loan/events';
import type { DefaultCause } from '../loan/lifecycle-codes';
import {
  NOTHING_REGISTERED,
  bakery,
  date,
  eur,
  loanSpec,
  recordedHistory,
  specContext,
} from './loan-spec';

export const loanId = '2c4e6a80-1b3d-4f5a-8c7e-9d0f1a2b3c4d';
export const ctx = () => specContext({ winwinExposure: NOTHING_REGISTERED });
export const spec = loanSpec({ winwinExposure: NOTHING_REGISTERED });

/** The decider's own events for commands on top of a history. */
export function recorded(given: LoanEvent[], commands: LoanCommand[]): LoanEvent[] {
  return recordedHistory(given, commands, ctx());
}

export const borrower = bakery;

/** An Impulskrediet of 25,000.00 (6 %, 60 months, 483.32 a month from 2018-04-20) with a surety and a mortgage. */
export const apply = (over: Partial<ApplyForLoan> = {}): ApplyForLoan => ({
  type: 'ApplyForLoan',
  loanId,
  productCode: 'impulskrediet',
  borrower,
  amount: eur('25000.00'),
  termMonths: 60,
  purpose: 'oven and working capital',
  appliedOn: date('2018-03-01'),
  registeredBy: 'clerk-anna',
  guarantees: [
    { kind: 'personal', guarantor: 'Jan Peeters', amount: eur('5000.00') },
    { kind: 'real', guarantor: 'mortgage on Kerkstraat 1, Lier', amount: eur('20000.00') },
  ],
  ...over,
});
export const applied = recorded([], [apply()]);
export const approvedWithGovernmentGuarantee = recorded(applied, [
  {
    type: 'ApproveLoan',
    loanId,
    approvedOn: date('2018-03-15'),
    officer: { id: 'officer-bart' },
    guarantees: [{ kind: 'government', guarantor: 'PMV', amount: eur('10000.00') }],
  },
]);
export const active = recorded(approvedWithGovernmentGuarantee, [
  { type: 'DisburseLoan', loanId, disbursedOn: date('2018-03-20') },
]);
export const pay = (paidOn: string, amount: string): LoanCommand => ({
  type: 'RepayInstalment',
  loanId,
  paidOn: date(paidOn),
  amount: eur(amount),
});
export const declareDefault = (
  defaultedOn: string,
  cause: DefaultCause = 'bankruptcy',
  id = loanId,
): DeclareDefault => ({
  type: 'DeclareDefault',
  loanId: id,
  defaultedOn: date(defaultedOn),
  cause,
});
export const defaulted = recorded(active, [declareDefault('2018-05-01')]);

export const release = (over: Partial<ReleaseGuarantee> = {}): ReleaseGuarantee => ({
  type: 'ReleaseGuarantee',
  loanId,
  guaranteeId: 'g1',
  releasedOn: date('2019-06-01'),
  ...over,
});
export const refuseRelease = (
  over: Partial<RefuseGuaranteeRelease> = {},
): RefuseGuaranteeRelease => ({
  type: 'RefuseGuaranteeRelease',
  loanId,
  guaranteeId: 'g1',
  refusedOn: date('2019-06-01'),
  reasons: ['open-commitments-covered'],
  explanation: 'the surety still covers the overdraft',
  ...over,
});
export const call = (over: Partial<CallGuarantee> = {}): CallGuarantee => ({
  type: 'CallGuarantee',
  loanId,
  guaranteeId: 'g1',
  calledOn: date('2018-06-01'),
  ...over,
});
export const recover = (amount: string, over: Partial<RecordRecovery> = {}): RecordRecovery => ({
  type: 'RecordRecovery',
  loanId,
  receivedOn: date('2018-09-01'),
  amount: eur(amount),
  source: 'liquidation',
  ...over,
});
