/**
 * Startlening (DOMAIN.md 3.4): for starters (at most 4 years of self-employment in main
 * occupation), at most the lower of EUR 100,000 and 4 × the own contribution, 3 to 10 years, 3 %
 * fixed with a capital holiday of 1 year, or 3.25 % with 2 years and a written justification.
 * A starter's application of 80,000.00 on 20,000.00 (2021-03-01) and its approval. Test-only.
 */
import type { ApplyForLoan, ApproveLoan, LoanCommand } from '../loan/commands';
import { decide } from '../loan/decide';
import { RuleViolationError } from '../loan/errors';
import type { LoanEvent } from '../loan/events';
import { initialLoanState } from '../loan/state';
import { type DefaultCatalogueOptions, defaultCatalogue } from '../products';
import { SPEC_CLOCK, date, eur, loanSpec } from './loan-spec';

export const loanId = '5c4b3a29-1807-4f6e-9d5c-4b3a29180706';
export const clock = SPEC_CLOCK;

export const specWith = (options: DefaultCatalogueOptions = {}) => loanSpec({}, options);
export const spec = specWith();

export const starter = {
  enterpriseNumber: '0403.170.701',
  name: 'Lotte Claes',
  province: 'Oost-Vlaanderen',
  naturalPerson: true,
};

/** 80,000.00 on an own contribution of 20,000.00, self-employed since 2019-01-01, filed 2021-03-01. */
export const apply = (over: Partial<ApplyForLoan> = {}): ApplyForLoan => ({
  type: 'ApplyForLoan',
  loanId,
  productCode: 'startlening',
  borrower: starter,
  amount: eur('80000.00'),
  termMonths: 84,
  purpose: 'bicycle repair shop',
  appliedOn: date('2021-03-01'),
  ownContribution: eur('20000.00'),
  selfEmployment: { since: date('2019-01-01'), mainOccupation: true },
  startAttest: { number: 'SA-2021-00417', validUntil: date('2021-06-30') },
  registeredBy: 'clerk-anna',
  ...over,
});
export const approve = (over: Partial<ApproveLoan> = {}): ApproveLoan => ({
  type: 'ApproveLoan',
  loanId,
  approvedOn: date('2021-03-15'),
  officer: { id: 'officer-bart' },
  ...over,
});

export const [applied] = decide(apply(), initialLoanState, {
  catalogue: defaultCatalogue(),
  clock,
});
export const accepted = (command: LoanCommand) =>
  spec
    .given([])
    .when(command)
    .thenEvents((ev) => expect(ev.map((e) => e.type)).toEqual(['LoanApplied']));
export const refused = (command: LoanCommand, check: (e: RuleViolationError) => void) =>
  spec.given([]).when(command).thenThrows(RuleViolationError, check);
export const offerOf = (events: LoanEvent[]) => {
  const e = events.find((x) => x.type === 'LoanApproved');
  if (!e || e.type !== 'LoanApproved') throw new Error('no LoanApproved');
  return e.data.offer;
};
