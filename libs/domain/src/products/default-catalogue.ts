import { LocalDate } from '@js-joda/core';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import { ProductCatalogue, ProductCatalogueError } from './catalogue';
import { ProductVersion } from './product';

export interface DefaultCatalogueOptions {
  /**
   * First day of the Impulskrediet's 6.75 % rate. DOMAIN.md §3.1: 6 % from
   * 1 January 2016, 7 % from 1 February 2021, and 6.75 % "before that date",
   * but when 6.75 % began is not known. So no date is invented here: without
   * this option 6 % runs until 31 January 2021; with it, a 6.75 % version runs
   * from this date (after 1 January 2016, before 1 February 2021) until then.
   */
  readonly impulskrediet675From?: LocalDate;
}

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
  };
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
    // winwinlening, cofinanciering and startlening are known codes but not
    // offered yet: their rules (DOMAIN.md §3.2–3.4) come with later work.
  ];
}

/** The catalogue the back office starts with: today only the Impulskrediet. */
export function defaultCatalogue(options: DefaultCatalogueOptions = {}): ProductCatalogue {
  return new ProductCatalogue(defaultProductVersions(options));
}

/** 'YYYY-MM' like the other version ids, or the full date when it is not the 1st. */
function versionSuffix(date: LocalDate): string {
  const iso = date.toString();
  return date.dayOfMonth() === 1 ? iso.slice(0, 7) : iso;
}
