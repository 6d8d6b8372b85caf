/**
 * KMO-cofinanciering (DOMAIN.md 3.3, seed 003): the ratios of an application, checked again at
 * approval; the pricing from the IRS curve in force on the approval date; the cumulation with a
 * Startlening applied for at the same time. DOMAIN.md's application (a day-care centre's new
 * wing), its approval, and the start loan it can be combined with. Test-only.
 */
import { type ReferenceCurve, referenceCurve } from '../fees';
import type { ApplyForLoan, ApproveLoan, LoanCommand } from '../loan/commands';
import type { CombinedLoan, DecisionContext } from '../loan/context';
import { decide } from '../loan/decide';
import { RuleViolationError } from '../loan/errors';
import type { LoanEvent } from '../loan/events';
import { initialLoanState } from '../loan/state';
import { MarketRate } from '../money';
import { defaultCatalogue } from '../products';
import { SPEC_CLOCK, date, eur, loanSpec } from './loan-spec';

export const loanId = '3d0f5a8e-6b7c-4c1d-9e2f-1a2b3c4d5e6f';
export const startLoanId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
export const clock = SPEC_CLOCK;
export const specWith = loanSpec;
export const spec = specWith();

export const borrower = {
  enterpriseNumber: '0403.170.701',
  name: 'Kinderopvang Zonneke',
  province: 'Antwerpen',
};

/**
 * DOMAIN.md's shape: investment need 400,000.00; own contribution 60,000.00 of which a win-win
 * loan of 20,000.00; a bank co-finances 160,000.00 over 7 years; PMV lends 140,000.00 over 7 years.
 */
export const apply = (over: Partial<ApplyForLoan> = {}): ApplyForLoan => ({
  type: 'ApplyForLoan',
  loanId,
  productCode: 'cofinanciering',
  borrower,
  amount: eur('140000.00'),
  termMonths: 84,
  purpose: 'new wing of the day-care centre',
  appliedOn: date('2021-03-01'),
  investmentNeed: eur('400000.00'),
  ownContribution: eur('60000.00'),
  ownContributionItems: [
    { kind: 'own-funds', amount: eur('40000.00') },
    { kind: 'winwin-loan', amount: eur('20000.00'), description: 'win-win loan of a friend' },
  ],
  coFinancing: {
    amount: eur('160000.00'),
    termMonths: 84,
    partner: { kind: 'bank', name: 'KBC Bank' },
  },
  registeredBy: 'clerk-anna',
  ...over,
});

/** IRS 7 years 0.412 % (and 5 and 10 years around it), recorded on 2021-03-10. */
export const curve2021: ReferenceCurve = referenceCurve({
  recordedOn: date('2021-03-10'),
  points: [
    { tenorMonths: 12, kind: 'euribor', rate: MarketRate.parse('-0.00485') },
    { tenorMonths: 60, kind: 'irs', rate: MarketRate.parse('0.0021') },
    { tenorMonths: 84, kind: 'irs', rate: MarketRate.parse('0.00412') },
    { tenorMonths: 120, kind: 'irs', rate: MarketRate.parse('0.0071') },
  ],
});

export const irsCurve = (recordedOn: string, points: Array<[number, string]>): ReferenceCurve =>
  referenceCurve({
    recordedOn: date(recordedOn),
    points: points.map(([tenorMonths, rate]) => ({
      tenorMonths,
      kind: tenorMonths <= 12 ? ('euribor' as const) : ('irs' as const),
      rate: MarketRate.parse(rate),
    })),
  });

export const approve = (over: Partial<ApproveLoan> = {}): ApproveLoan => ({
  type: 'ApproveLoan',
  loanId,
  approvedOn: date('2021-03-15'),
  referenceCurve: curve2021,
  officer: { id: 'officer-bart' },
  ...over,
});

export function appliedFor(command: ApplyForLoan, ctx: Partial<DecisionContext> = {}): LoanEvent {
  const [event] = decide(command, initialLoanState, {
    catalogue: defaultCatalogue(),
    clock,
    ...ctx,
  });
  return event;
}
export const applied = appliedFor(apply());

export const refusedWith = (
  command: LoanCommand,
  check: (e: RuleViolationError) => void,
  s = spec,
) => s.given([]).when(command).thenThrows(RuleViolationError, check);

export const approvalOf = (events: LoanEvent[]) => {
  const e = events.find((x) => x.type === 'LoanApproved');
  if (!e || e.type !== 'LoanApproved') throw new Error('no LoanApproved');
  return e.data;
};

/** Need 600,000.00; PMV 100,000.00 on an own part of 35,000.00; a bank 200,000.00. */
export const combinedApplication = (over: Partial<ApplyForLoan> = {}) =>
  apply({
    amount: eur('100000.00'),
    investmentNeed: eur('600000.00'),
    ownContribution: eur('35000.00'),
    ownContributionItems: undefined,
    coFinancing: {
      amount: eur('200000.00'),
      termMonths: 84,
      partner: { kind: 'bank', name: 'KBC Bank' },
    },
    combinedWithLoanId: startLoanId,
    ...over,
  });
/** A natural person's Startlening of 100,000.00 on 25,000.00, attest valid on 2021-03-01. */
export const startLoan = (
  over: Partial<Extract<CombinedLoan, { found: true }>> = {},
): CombinedLoan => ({
  loanId: startLoanId,
  found: true,
  productCode: 'startlening',
  status: 'applied',
  naturalPerson: true,
  appliedOn: date('2021-03-01'),
  amount: eur('100000.00'),
  ownContribution: eur('25000.00'),
  startAttest: { number: 'SA-2021-00417', validUntil: date('2021-03-01') },
  ...over,
});
export const withStart = (over: Partial<Extract<CombinedLoan, { found: true }>> = {}) =>
  specWith({ combinedLoan: startLoan(over) });
