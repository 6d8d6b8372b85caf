import type { LocalDate } from '@js-joda/core';
import {
  DEFAULT_EARLY_REPAYMENT_POLICY,
  DEFAULT_OFFER_VALIDITY_MAX_DAYS,
  formatBusinessDate,
  productSheet,
  type LenderIdentity,
  type ProductCatalogue,
  type ProductCode,
  type ProductRate,
  type ProductRules,
  type ProductVersion,
  type SheetLanguage,
} from '@loanbook/domain';

/**
 * A product as GET /products shows it: the terms of the version in force on a day, every
 * version with its period, and the product sheet handed over at application (DOMAIN.md 4.1).
 * Money and rates as decimal strings, dates as YYYY-MM-DD, never JSON numbers for money.
 */
export function toProductView(
  catalogue: ProductCatalogue,
  code: ProductCode,
  on: LocalDate,
  language: SheetLanguage,
) {
  const versions = catalogue.versions(code);
  const inForce = catalogue.versionOn(code, on);
  const latest = inForce ?? versions[versions.length - 1];
  const intake = catalogue.intake(code);
  return {
    productCode: code,
    name: latest.name,
    on: formatBusinessDate(on),
    offered: inForce !== undefined,
    lender: lenderView(latest.lenderIdentity, latest.lender),
    application: {
      contractDate: intake.contractDate,
      requiredFields: [...intake.requiredFields],
      optionalFields: [...(intake.optionalFields ?? [])],
      offerLapses: catalogue.offerLapses(code),
    },
    inForce: inForce ? termsView(inForce) : null,
    versions: versions.map((v) => ({
      version: v.version,
      validFrom: formatBusinessDate(v.validFrom),
      validUntil: v.validUntil ? formatBusinessDate(v.validUntil) : null,
      inForce: v === inForce,
      rate: rateView(v.rate),
    })),
    productSheet: inForce ? productSheet(inForce, language) : null,
  };
}

export type ProductView = ReturnType<typeof toProductView>;

function termsView(v: ProductVersion) {
  const early = v.earlyRepayment ?? DEFAULT_EARLY_REPAYMENT_POLICY;
  return {
    version: v.version,
    validFrom: formatBusinessDate(v.validFrom),
    /** Exclusive: the first day no longer in force. */
    validUntil: v.validUntil ? formatBusinessDate(v.validUntil) : null,
    amount: { min: v.minAmount.toString(), max: v.maxAmount.toString() },
    term: {
      minMonths: v.minTermMonths,
      maxMonths: v.maxTermMonths,
      stepMonths: v.termStepMonths ?? 1,
    },
    rate: rateView(v.rate),
    repayment: {
      methods: [...v.repaymentMethods],
      frequencies: [...v.repaymentFrequencies],
      default: {
        method: v.defaultRepayment.method,
        frequency: v.defaultRepayment.frequency,
        capitalHolidayMonths: v.defaultRepayment.capitalHolidayMonths ?? 0,
      },
    },
    capitalHoliday: {
      maxMonths: v.maxCapitalHolidayMonths,
      /** null: any whole number of months up to maxMonths. */
      choices: v.capitalHolidayChoices ? [...v.capitalHolidayChoices] : null,
    },
    offerValidityDays: v.offerValidityDays,
    offerValidityMaxDays: v.offerValidityMaxDays ?? DEFAULT_OFFER_VALIDITY_MAX_DAYS,
    earlyRepayment: {
      partial: early.partial,
      fee: early.fee,
      standardMethod: early.standardMethod,
    },
    rules: rulesView(v.rules),
    notes: [...(v.notes ?? [])],
  };
}

function rateView(rate: ProductRate) {
  switch (rate.kind) {
    case 'fixed':
      return { kind: rate.kind, annualRate: rate.annualRate.toString() };
    case 'agreed':
      return {
        kind: rate.kind,
        min: rate.min?.toString() ?? null,
        max: rate.max?.toString() ?? null,
      };
    case 'reference-rate':
      return {
        kind: rate.kind,
        basis:
          'IRS for the loan term (linear interpolation on the curve in force on the approval date)',
        margin: rate.margin.toString(),
        floor: rate.floor.toString(),
        decimals: rate.decimals,
        fixedForTerm: true,
      };
  }
}

function rulesView(rules: ProductRules | undefined) {
  const view: Record<string, unknown> = {};
  if (rules?.winwin) {
    const w = rules.winwin;
    view.winwin = {
      maxPerLender: w.maxPerLender.toString(),
      lenderLimit: w.lenderLimit,
      maxPerBorrower: w.maxPerBorrower.toString(),
      excludedRelations: [...w.excludedRelations],
      rateBands: w.rateBands.map((b) => ({
        year: b.year,
        min: b.min.toString(),
        max: b.max.toString(),
      })),
      deedDeadlineMonths: w.deedDeadlineMonths,
      governmentGuaranteeShare: w.governmentGuaranteeShare.toString(),
    };
  }
  if (rules?.cofinancing) {
    const c = rules.cofinancing;
    view.cofinancing = {
      maxOwnContributionMultiple: c.maxOwnContributionMultiple,
      maxInvestmentShare: c.maxInvestmentShare.toString(),
      minCofinancingShare: c.minCofinancingShare.toString(),
      minOwnContributionShare: c.minOwnContributionShare.toString(),
      maxCofinancierTermShortfallMonths: c.maxCofinancierTermShortfallMonths,
      naturalPersonMainOccupation: c.naturalPersonMainOccupation,
      combination: {
        productCode: c.combination.productCode,
        maxTotal: c.combination.maxTotal.toString(),
        minOwnEffortShare: c.combination.minOwnEffortShare.toString(),
        naturalPersonWithAttest: c.combination.naturalPersonWithAttest,
      },
    };
  }
  if (rules?.startlening) {
    const s = rules.startlening;
    view.startlening = {
      maxSelfEmployedYears: s.maxSelfEmployedYears,
      maxOwnContributionMultiple: s.maxOwnContributionMultiple,
      extendedHoliday: {
        months: s.extendedHoliday.months,
        annualRate: s.extendedHoliday.annualRate.toString(),
        justificationRequired: s.extendedHoliday.justificationRequired,
      },
    };
  }
  return view;
}

function lenderView(identity: LenderIdentity | undefined, name: string) {
  return {
    name: identity?.name ?? name,
    role: identity?.role ?? 'lender',
    address: identity?.address ?? null,
    phone: identity?.phone ?? null,
    email: identity?.email ?? null,
    website: identity?.website ?? null,
    toComplete: [...(identity?.toComplete ?? ['address', 'phone', 'email', 'website'])],
  };
}
