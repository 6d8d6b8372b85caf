/**
 * The win-win loan (DOMAIN.md 3.2): the application is the registration request (appliedOn: the
 * registrar received the deed), the approval is the registration. A deed of 60,000.00 signed on
 * 2021-03-01 and received on 2021-03-10, and its registration. Test-only.
 */
import type { ApplyForLoan, ApproveLoan } from '../loan/commands';
import type { WinwinExposure } from '../loan/context';
import { decide } from '../loan/decide';
import type { LoanEvent } from '../loan/events';
import { initialLoanState } from '../loan/state';
import { Rate } from '../money';
import { type DefaultCatalogueOptions, defaultCatalogue } from '../products';
import { NOTHING_REGISTERED, SPEC_CLOCK, date, eur, loanSpec } from './loan-spec';

export const loanId = '0b7e8c1e-5d0a-4f55-9a53-2d4f3c6a9e01';
export const clock = SPEC_CLOCK;

export const noneRegistered = NOTHING_REGISTERED;
export const exposure = (borrower: string, lender = '0.00'): WinwinExposure => ({
  borrowerRegistered: eur(borrower),
  lenderRegistered: eur(lender),
});

/** null: the context carries no exposure figures. */
export function specWith(
  winwinExposure: WinwinExposure | null = noneRegistered,
  options: DefaultCatalogueOptions = {},
) {
  return loanSpec(winwinExposure ? { winwinExposure } : {}, options);
}
export const spec = specWith();

export const borrower = {
  enterpriseNumber: '0403.170.701',
  name: 'Brouwerij De Klok',
  province: 'Limburg',
};
export const lender = {
  id: 'lender-17',
  name: 'An Janssens',
  relationToBorrower: 'friend' as const,
};

/** A deed signed on 2021-03-01 (the 2020-10-07 rules, the 2021 rate band), received on 2021-03-10. */
export const register = (over: Partial<ApplyForLoan> = {}): ApplyForLoan => ({
  type: 'ApplyForLoan',
  loanId,
  productCode: 'winwinlening',
  borrower,
  amount: eur('60000.00'),
  termMonths: 60,
  purpose: 'brewing kettle',
  appliedOn: date('2021-03-10'),
  signedOn: date('2021-03-01'),
  lender,
  annualRate: Rate.parse('0.01'),
  registeredBy: 'clerk-anna',
  ...over,
});
/** A deed of 40,000.00 signed on the given day and received 9 days later; 8 years before the reform. */
export const signed = (iso: string, over: Partial<ApplyForLoan> = {}): ApplyForLoan =>
  register({
    amount: eur('40000.00'),
    signedOn: date(iso),
    appliedOn: date(iso).plusDays(9),
    termMonths: date(iso).isBefore(date('2020-10-07')) ? 96 : 60,
    ...over,
  });
export const approve = (over: Partial<ApproveLoan> = {}): ApproveLoan => ({
  type: 'ApproveLoan',
  loanId,
  approvedOn: date('2021-03-15'),
  officer: { id: 'officer-bart' },
  ...over,
});

/** The LoanApplied event of an accepted application, for given(...). */
export function appliedFor(command: ApplyForLoan): LoanEvent {
  const [event] = decide(command, initialLoanState, { catalogue: defaultCatalogue(), clock });
  return event;
}

export const applied: LoanEvent = {
  type: 'LoanApplied',
  effectiveOn: '2021-03-10',
  data: {
    loanId,
    productCode: 'winwinlening',
    productVersion: 'winwinlening-2020-10-07',
    borrower,
    amount: '60000.00',
    termMonths: 60,
    purpose: 'brewing kettle',
    appliedOn: '2021-03-10',
    signedOn: '2021-03-01',
    lender,
    annualRate: '0.01',
    registeredBy: 'clerk-anna',
  },
};
export const registered: LoanEvent = {
  type: 'LoanApproved',
  effectiveOn: '2021-03-15',
  data: {
    loanId,
    approvedOn: '2021-03-15',
    productVersion: 'winwinlening-2020-10-07',
    offer: {
      amount: '60000.00',
      annualRate: '0.01',
      termMonths: 60,
      repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 0 },
      offerValidUntil: '2021-04-14',
    },
    approvedBy: ['officer-bart'],
  },
};
