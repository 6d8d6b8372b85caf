import { LocalDate } from '@js-joda/core';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import { ProductCatalogue, ProductCatalogueError } from './catalogue';
import type { LenderRelation } from '../parties/lender-relation';
import { ProductVersion } from './product';
import { WINWIN_RATE_BANDS, type WinwinLenderLimit, type WinwinRateBand } from './winwin-rules';
import {
  HEFBOOM,
  PMV_COFINANCING_DESK,
  PMV_START_LOAN_DESK,
  PMV_WINWIN_REGISTRAR,
} from './lenders';

export interface DefaultCatalogueOptions {
  /**
   * First day of the Impulskrediet's 6.75 % rate. DOMAIN.md §3.1: 6 % from
   * 1 January 2016, 7 % from 1 February 2021, and 6.75 % "before that date",
   * but when 6.75 % began is not known. So no date is invented here: without
   * this option 6 % runs until 31 January 2021; with it, a 6.75 % version runs
   * from this date (after 1 January 2016, before 1 February 2021) until then.
   */
  readonly impulskrediet675From?: LocalDate;
  /**
   * How the win-win limit per lender is counted (DOMAIN.md §3.2 is not sure):
   * 'total' (default, the stricter reading): the lender's registered win-win
   * loans together; 'per-loan': each loan on its own.
   */
  readonly winwinLenderLimit?: WinwinLenderLimit;
  /** Replaces the yearly win-win rate table (WINWIN_RATE_BANDS), e.g. to add a year's legal rate. */
  readonly winwinRateBands?: readonly WinwinRateBand[];
  /**
   * The KMO-cofinanciering's margins over IRS by the day they took effect, oldest first; each
   * starts a version. Default COFINANCING_MARGINS (0.53 % from 2018-01-01). A new margin PMV
   * announces is added here, never by changing the 2018 one.
   */
  readonly cofinancingMargins?: readonly CofinancingMargin[];
  /** First day the Startlening is offered. Default 2018-01-01 (see STARTLENING_START). */
  readonly startleningFrom?: LocalDate;
}

export interface CofinancingMargin {
  readonly validFrom: LocalDate;
  readonly margin: Rate;
}

/**
 * Seed 003 gives the margin "de dato 2018" without a day: the margin of the year 2018, so the
 * first version starts on 2018-01-01 (no co-financing is priced before it: the seed is the only
 * source, and it dates the margin). When the margin changes, a new entry starts a new version.
 */
export const COFINANCING_MARGINS: readonly CofinancingMargin[] = Object.freeze([
  Object.freeze({ validFrom: LocalDate.of(2018, 1, 1), margin: Rate.parse('0.0053') }),
]);

/**
 * The Startlening's terms come from public sources without a start date; seed 003 (of 2018)
 * already names it for cumulation, so it is offered from the same day as the co-financing.
 */
export const STARTLENING_START = LocalDate.of(2018, 1, 1);

const IMPULSKREDIET_START = LocalDate.of(2016, 1, 1);
const IMPULSKREDIET_SEVEN_PERCENT = LocalDate.of(2021, 2, 1);

const IMPULSKREDIET_NOTES: readonly string[] = [
  'For entrepreneurs without access to bank credit: natural persons or companies in Flanders, in main or secondary occupation.',
  'At disbursement the borrower is registered as self-employed with an enterprise number; no collective debt settlement; any earlier bankruptcy closed and discharged.',
  'Finances investments and working capital, never the refinancing of existing debt.',
  'Two years of free coaching follow the grant.',
];

/** Terms shared by every Impulskrediet version (DOMAIN.md §3.1, seed 000); only the rate changed. */
function impulskrediet(version: string, validFrom: LocalDate, annualRate: string): ProductVersion {
  return {
    productCode: 'impulskrediet',
    version,
    validFrom,
    name: 'Impulskrediet',
    lender: 'Hefboom',
    lenderIdentity: HEFBOOM,
    minAmount: Money.parse('2500.00'),
    maxAmount: Money.parse('25000.00'),
    minTermMonths: 1,
    maxTermMonths: 60,
    rate: { kind: 'fixed', annualRate: Rate.parse(annualRate) },
    repaymentMethods: ['annuity'],
    repaymentFrequencies: ['monthly'],
    defaultRepayment: { method: 'annuity', frequency: 'monthly' },
    // Not in the sources: 30 days is the lender's own policy for how long an
    // offer holds, a default that configuration may change.
    offerValidityDays: 30,
    maxCapitalHolidayMonths: 0,
    notes: IMPULSKREDIET_NOTES,
    // The sources name no fee of Hefboom's own: the code of conduct's maximum (six months'
    // interest on the capital repaid early; always a small credit) is charged.
    earlyRepayment: { partial: true, fee: 'legal-maximum', standardMethod: 'exact' },
  };
}

// The win-win loan (DOMAIN.md §3.2, seed 001). The sources give no start
// date (the scheme is older): the catalogue starts with the first year of the
// rate table, the earliest contracts whose rate can be checked. The versions
// change with the limits (7 October 2020) and with the government guarantee
// (40 % for contracts from 15 March 2020 to 31 December 2021, 30 % otherwise).
const WINWIN_START = LocalDate.of(2017, 1, 1);
const WINWIN_GUARANTEE_40 = LocalDate.of(2020, 3, 15);
const WINWIN_2020_REFORM = LocalDate.of(2020, 10, 7);
const WINWIN_GUARANTEE_BACK_TO_30 = LocalDate.of(2022, 1, 1);

const WINWIN_EXCLUDED_FROM_REFORM: readonly LenderRelation[] = [
  'spouse-or-cohabitant',
  'director-or-manager',
  'shareholder-over-5-percent',
];

const WINWIN_NOTES: readonly string[] = [
  'A private person living in the Flemish Region, lending outside his own business, lends to an SME in Flanders; the registrar (PMV) records the loan and the government backs part of it.',
  'The rate is fixed, agreed in the deed, at least half and at most the legal interest rate of the year the contract starts.',
  'Early repayment only of the whole remaining principal at once.',
  "The lender's yearly tax credit is 2.5 % of the outstanding principal (half of it in the first and in the last year).",
];

interface WinwinRegime {
  version: string;
  validFrom: LocalDate;
  maxPerLender: string;
  maxPerBorrower: string;
  minTermMonths: number;
  maxTermMonths: number;
  excludedRelations: readonly LenderRelation[];
  governmentGuaranteeShare: string;
}

function winwin(regime: WinwinRegime, options: DefaultCatalogueOptions): ProductVersion {
  const maxPerLender = Money.parse(regime.maxPerLender);
  return {
    productCode: 'winwinlening',
    version: regime.version,
    validFrom: regime.validFrom,
    name: 'Win-winlening',
    lender: 'a private lender (registered with PMV)',
    lenderIdentity: PMV_WINWIN_REGISTRAR,
    // The sources give no minimum: any amount of at least EUR 1.00 (a loan of
    // a few cents makes no sense; a positive minimum is required).
    minAmount: Money.parse('1.00'),
    // One loan is at most one lender's limit; reported as amount-above-lender-limit.
    maxAmount: maxPerLender,
    minTermMonths: regime.minTermMonths,
    maxTermMonths: regime.maxTermMonths,
    termStepMonths: 12,
    // Agreed in the deed; the band of the contract's year is in rules.winwin.rateBands.
    rate: { kind: 'agreed' },
    repaymentMethods: ['annuity', 'linear', 'bullet'],
    repaymentFrequencies: ['monthly', 'quarterly', 'semiannual', 'annual'],
    defaultRepayment: { method: 'annuity', frequency: 'monthly' },
    // The registration is final; 30 days like the Impulskrediet (not significant).
    offerValidityDays: 30,
    // The sources say nothing of a capital holiday; 'bullet' is the one payment at the end.
    maxCapitalHolidayMonths: 0,
    notes: WINWIN_NOTES,
    // DOMAIN.md 3.2: only the whole remaining principal at once. A private lender is not a
    // credit institution bound by the code of conduct's fee; the sources name no fee.
    earlyRepayment: { partial: false, fee: 'none', standardMethod: 'exact' },
    intake: {
      contractDate: 'signedOn',
      requiredFields: ['signedOn', 'lender', 'annualRate'],
      missingFieldRule: 'winwin-field-required',
      // The registration records a loan already contracted: nothing lapses.
      offerLapses: false,
    },
    rules: {
      winwin: {
        maxPerLender,
        lenderLimit: options.winwinLenderLimit ?? 'total',
        maxPerBorrower: Money.parse(regime.maxPerBorrower),
        excludedRelations: regime.excludedRelations,
        rateBands: options.winwinRateBands ?? WINWIN_RATE_BANDS,
        deedDeadlineMonths: 3,
        governmentGuaranteeShare: Rate.parse(regime.governmentGuaranteeShare),
      },
    },
  };
}

function winwinVersions(options: DefaultCatalogueOptions): ProductVersion[] {
  type Limits = Omit<WinwinRegime, 'version' | 'validFrom' | 'governmentGuaranteeShare'>;
  const before: Limits = {
    maxPerLender: '50000.00',
    maxPerBorrower: '200000.00',
    // Exactly 8 years.
    minTermMonths: 96,
    maxTermMonths: 96,
    // Before the reform the lender could not be an employee either (nor hold
    // any shares: a holding of 5 % or less has no relation code of its own).
    excludedRelations: ['employee', ...WINWIN_EXCLUDED_FROM_REFORM],
  };
  const after: Limits = {
    maxPerLender: '75000.00',
    maxPerBorrower: '300000.00',
    // 5 to 10 whole years.
    minTermMonths: 60,
    maxTermMonths: 120,
    excludedRelations: WINWIN_EXCLUDED_FROM_REFORM,
  };
  const regimes: WinwinRegime[] = [
    {
      version: 'winwinlening-2017-01',
      validFrom: WINWIN_START,
      ...before,
      governmentGuaranteeShare: '0.30',
    },
    {
      version: 'winwinlening-2020-03-15',
      validFrom: WINWIN_GUARANTEE_40,
      ...before,
      governmentGuaranteeShare: '0.40',
    },
    {
      version: 'winwinlening-2020-10-07',
      validFrom: WINWIN_2020_REFORM,
      ...after,
      governmentGuaranteeShare: '0.40',
    },
    {
      version: 'winwinlening-2022-01',
      validFrom: WINWIN_GUARANTEE_BACK_TO_30,
      ...after,
      governmentGuaranteeShare: '0.30',
    },
  ];
  return regimes.map((regime) => winwin(regime, options));
}

/** The versions of the default catalogue, for composing a catalogue with configured products. */
export function defaultProductVersions(options: DefaultCatalogueOptions = {}): ProductVersion[] {
  const from675 = options.impulskrediet675From;
  if (
    from675 &&
    !(from675.isAfter(IMPULSKREDIET_START) && from675.isBefore(IMPULSKREDIET_SEVEN_PERCENT))
  ) {
    throw new ProductCatalogueError([
      `impulskrediet675From ${from675.toString()} must lie after 2016-01-01 (6 %) and before 2021-02-01 (7 %)`,
    ]);
  }
  return [
    impulskrediet('impulskrediet-2016-01', IMPULSKREDIET_START, '0.06'),
    ...(from675
      ? [impulskrediet(`impulskrediet-${versionSuffix(from675)}`, from675, '0.0675')]
      : []),
    impulskrediet('impulskrediet-2021-02', IMPULSKREDIET_SEVEN_PERCENT, '0.07'),
    ...winwinVersions(options),
    ...cofinancingVersions(options),
    startlening(options.startleningFrom ?? STARTLENING_START),
  ];
}

/** The catalogue the back office starts with: all four products. */
export function defaultCatalogue(options: DefaultCatalogueOptions = {}): ProductCatalogue {
  return new ProductCatalogue(defaultProductVersions(options));
}

/** 'YYYY-MM' like the other version ids, or the full date when it is not the 1st. */
function versionSuffix(date: LocalDate): string {
  const iso = date.toString();
  return date.dayOfMonth() === 1 ? iso.slice(0, 7) : iso;
}

const COFINANCING_NOTES: readonly string[] = [
  'A subordinated loan that always goes with financing from a partner (a bank, a business angel of BAN Vlaanderen, an investment fund or a crowdfunding platform) with a cooperation agreement with PMV.',
  'For SMEs with an economic activity, and non-profits (vzw) with an economic activity within the SME limits; a natural person must be self-employed in main occupation.',
  'Finances professional tangible, intangible and financial investments, working capital included; the investment need is the whole project.',
  'Only subsidies definitively and irrevocably granted count as own contribution (VIPA promises included, future subsidies not); a win-win loan counts.',
  'May be combined at the same time with a Startlening in the name of a natural person holding a valid start-loan attest: together at most EUR 350,000, own effort at least 10 % of the investment total.',
];

/** One KMO-cofinanciering version per margin (DOMAIN.md §3.3, seed 003). */
function cofinancingVersions(options: DefaultCatalogueOptions): ProductVersion[] {
  const margins = options.cofinancingMargins ?? COFINANCING_MARGINS;
  return margins.map(({ validFrom, margin }) => ({
    productCode: 'cofinanciering',
    version: `cofinanciering-${versionSuffix(validFrom)}`,
    validFrom,
    name: 'KMO-cofinanciering',
    lender: 'PMV',
    lenderIdentity: PMV_COFINANCING_DESK,
    // The sources give no minimum: any amount of at least EUR 1.00, the ratios do the rest.
    minAmount: Money.parse('1.00'),
    maxAmount: Money.parse('350000.00'),
    // "3 tot 10 jaar", not "whole years" (unlike the win-win loan): any whole month between.
    minTermMonths: 36,
    maxTermMonths: 120,
    rate: { kind: 'reference-rate', margin, floor: Rate.parse('0.03'), decimals: 4 },
    // Not in the sources: capital repaid after the holiday in constant instalments or constant
    // capital, monthly or quarterly. No bullet: the holiday is the subordinated loan's only
    // interest-only period, and a repayment at the end alone would make it meaningless.
    repaymentMethods: ['annuity', 'linear'],
    repaymentFrequencies: ['monthly', 'quarterly'],
    defaultRepayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 12 },
    // Not in the sources: the lender's own 30 days, like the other products.
    offerValidityDays: 30,
    // Seed 003 states the repayment terms as "periode van vrijstelling van kapitaalaflossing voor
    // 1 of 2 jaar": the holiday is the product's repayment modality, not an option beside
    // repaying from the start (the seed offers no such choice). So it is mandatory: 1 or 2 years.
    maxCapitalHolidayMonths: 24,
    capitalHolidayChoices: [12, 24],
    notes: COFINANCING_NOTES,
    // The sources name no fee of PMV's own: the code of conduct's maximum applies (six months'
    // interest on the capital repaid early; at most EUR 350,000, so always a small credit).
    earlyRepayment: { partial: true, fee: 'legal-maximum', standardMethod: 'exact' },
    intake: {
      contractDate: 'approvedOn',
      requiredFields: ['investmentNeed', 'ownContribution', 'coFinancing'],
      optionalFields: ['ownContributionItems', 'selfEmployment', 'combinedWithLoanId'],
      missingFieldRule: 'cofinancing-field-required',
    },
    rules: {
      cofinancing: {
        maxOwnContributionMultiple: 4,
        maxInvestmentShare: Rate.parse('0.50'),
        minCofinancingShare: Rate.parse('0.20'),
        minOwnContributionShare: Rate.parse('0.10'),
        maxCofinancierTermShortfallMonths: 24,
        naturalPersonMainOccupation: true,
        combination: {
          productCode: 'startlening',
          maxTotal: Money.parse('350000.00'),
          minOwnEffortShare: Rate.parse('0.10'),
          naturalPersonWithAttest: true,
        },
      },
    },
  }));
}

const STARTLENING_NOTES: readonly string[] = [
  'For starters with at most 4 years of self-employment in main occupation.',
  'At most the lower of EUR 100,000 and 4 times the own contribution.',
  'A capital holiday of 1 year, or of 2 years with a written justification at 3.25 %.',
];

/** The Startlening (DOMAIN.md §3.4, public sources). */
function startlening(validFrom: LocalDate): ProductVersion {
  return {
    productCode: 'startlening',
    version: `startlening-${versionSuffix(validFrom)}`,
    validFrom,
    name: 'Startlening',
    lender: 'PMV',
    lenderIdentity: PMV_START_LOAN_DESK,
    // The sources give no minimum.
    minAmount: Money.parse('1.00'),
    maxAmount: Money.parse('100000.00'),
    minTermMonths: 36,
    maxTermMonths: 120,
    // 3 %; 3.25 % with the 2-year holiday (rules.startlening.extendedHoliday).
    rate: { kind: 'fixed', annualRate: Rate.parse('0.03') },
    // As the co-financing (not in the sources): annuity or linear, monthly or quarterly.
    repaymentMethods: ['annuity', 'linear'],
    repaymentFrequencies: ['monthly', 'quarterly'],
    defaultRepayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 12 },
    offerValidityDays: 30,
    // "a capital holiday of 1 year, or 2 years with justification": the year is part of the
    // product, as with the co-financing; the second year is the exception.
    maxCapitalHolidayMonths: 24,
    capitalHolidayChoices: [12, 24],
    notes: STARTLENING_NOTES,
    earlyRepayment: { partial: true, fee: 'legal-maximum', standardMethod: 'exact' },
    intake: {
      contractDate: 'approvedOn',
      requiredFields: ['ownContribution', 'selfEmployment'],
      optionalFields: ['investmentNeed', 'ownContributionItems', 'startAttest'],
      missingFieldRule: 'startlening-field-required',
    },
    rules: {
      startlening: {
        maxSelfEmployedYears: 4,
        maxOwnContributionMultiple: 4,
        extendedHoliday: {
          months: 24,
          annualRate: Rate.parse('0.0325'),
          justificationRequired: true,
        },
      },
    },
  };
}
