import { LocalDate } from '@js-joda/core';
import { isLenderRelation } from '../parties/lender-relation';
import {
  APPLICATION_FIELDS,
  DEFAULT_PRODUCT_INTAKE,
  PRODUCT_CODES,
  ProductCode,
  ProductIntake,
  ProductVersion,
  REPAYMENT_FREQUENCIES,
  REPAYMENT_METHODS,
  isProductCode,
} from './product';
import { WINWIN_LENDER_LIMITS, type WinwinRules } from './winwin-rules';
import type { CofinancingRules } from './cofinancing-rules';
import type { StartleningRules } from './startlening-rules';
import { Rate } from '../money/rate';
import {
  DEFAULT_DUE_DATE_CONVENTION,
  DUE_DATE_CONVENTIONS,
  type DueDateConvention,
} from '../time/due-date-shift';

/**
 * The catalogue's configuration is inconsistent. A programming or
 * configuration error found at start-up, not a client's 400.
 */
export class ProductCatalogueError extends Error {
  readonly code = 'product-catalogue' as const;

  constructor(readonly problems: readonly string[]) {
    super(`Invalid product catalogue: ${problems.join('; ')}`);
    this.name = 'ProductCatalogueError';
  }
}

/**
 * The products and their versions over time. Versions of one product must be
 * given in order of validFrom and must not overlap; each version's validUntil
 * is the next one's validFrom unless it was set explicitly (earlier).
 */
export class ProductCatalogue {
  private readonly byProduct = new Map<ProductCode, readonly ProductVersion[]>();
  private readonly byId = new Map<string, ProductVersion>();

  constructor(versions: readonly ProductVersion[]) {
    const problems = versions.flatMap(checkVersion);
    const seen = new Set<string>();
    for (const v of versions) {
      if (seen.has(v.version)) problems.push(`version id ${v.version} is used twice`);
      seen.add(v.version);
    }

    for (const code of PRODUCT_CODES) {
      const own = versions.filter((v) => v.productCode === code);
      const resolved: ProductVersion[] = [];
      own.forEach((current, i) => {
        const next = own[i + 1];
        if (next && !current.validFrom.isBefore(next.validFrom)) {
          problems.push(
            `${code}: versions must be sorted by validFrom without two starting the same day (${current.version} from ${current.validFrom.toString()}, then ${next.version} from ${next.validFrom.toString()})`,
          );
        }
        if (next && current.validUntil && current.validUntil.isAfter(next.validFrom)) {
          problems.push(
            `${code}: ${current.version} (until ${current.validUntil.toString()}) overlaps ${next.version} (from ${next.validFrom.toString()})`,
          );
        }
        const validUntil = current.validUntil ?? next?.validFrom;
        resolved.push(freezeVersion({ ...current, ...(validUntil ? { validUntil } : {}) }));
      });
      const intakes = new Set(own.map((v) => intakeKey(v.intake ?? DEFAULT_PRODUCT_INTAKE)));
      if (intakes.size > 1) {
        problems.push(
          `${code}: all versions must have the same intake (contract date and application fields)`,
        );
      }
      if (resolved.length > 0) this.byProduct.set(code, Object.freeze(resolved));
    }

    if (problems.length > 0) throw new ProductCatalogueError(problems);
    for (const list of this.byProduct.values()) for (const v of list) this.byId.set(v.version, v);
  }

  /** Products that have at least one version, in PRODUCT_CODES order. */
  products(): ProductCode[] {
    return [...this.byProduct.keys()];
  }

  /** All versions of a product, oldest first; empty when it is not offered. */
  versions(code: ProductCode): readonly ProductVersion[] {
    return this.byProduct.get(code) ?? [];
  }

  /** The version in force on that day: validFrom ≤ date < validUntil. */
  versionOn(code: ProductCode, date: LocalDate): ProductVersion | undefined {
    return this.versions(code).find(
      (v) =>
        !date.isBefore(v.validFrom) && (v.validUntil === undefined || date.isBefore(v.validUntil)),
    );
  }

  /** A version by its id, e.g. the one a loan recorded at application. */
  version(versionId: string): ProductVersion | undefined {
    return this.byId.get(versionId);
  }

  /** What the version's schedules do with a due date on a non-working day (absent version: the default). */
  dueDateConvention(versionId: string): DueDateConvention {
    return this.version(versionId)?.dueDateConvention ?? DEFAULT_DUE_DATE_CONVENTION;
  }

  /** Whether the product's approved offers lapse when not disbursed in time. */
  offerLapses(code: ProductCode): boolean {
    return this.intake(code).offerLapses ?? true;
  }

  /**
   * What an application for the product must carry and which date picks its
   * version; DEFAULT_PRODUCT_INTAKE for a product without versions.
   */
  intake(code: ProductCode): ProductIntake {
    return this.versions(code)[0]?.intake ?? DEFAULT_PRODUCT_INTAKE;
  }

  /** Whether the catalogue has the product at all, or, given a date, a version in force that day. */
  isOffered(code: ProductCode, on?: LocalDate): boolean {
    return on === undefined ? this.byProduct.has(code) : this.versionOn(code, on) !== undefined;
  }
}

function checkVersion(v: ProductVersion): string[] {
  const p: string[] = [];
  const id = v.version || '(version without id)';
  const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;

  if (!isProductCode(v.productCode)) p.push(`${id}: unknown product code ${String(v.productCode)}`);
  if (!v.version) p.push('a version has no id');
  if (!v.name) p.push(`${id}: name is empty`);
  if (!v.lender) p.push(`${id}: lender is empty`);
  if (v.validUntil && !v.validUntil.isAfter(v.validFrom)) {
    p.push(
      `${id}: validUntil ${v.validUntil.toString()} is not after validFrom ${v.validFrom.toString()}`,
    );
  }
  if (!v.minAmount.isPositive()) p.push(`${id}: minAmount must be positive`);
  if (v.minAmount.gt(v.maxAmount))
    p.push(
      `${id}: minAmount ${v.minAmount.toString()} is above maxAmount ${v.maxAmount.toString()}`,
    );
  if (!isCount(v.minTermMonths) || v.minTermMonths < 1)
    p.push(`${id}: minTermMonths must be a whole number ≥ 1`);
  if (!isCount(v.maxTermMonths) || v.maxTermMonths < v.minTermMonths)
    p.push(`${id}: maxTermMonths must be a whole number ≥ minTermMonths`);
  if (v.termStepMonths !== undefined) {
    if (!isCount(v.termStepMonths) || v.termStepMonths < 1)
      p.push(`${id}: termStepMonths must be a whole number ≥ 1`);
    else if ((v.maxTermMonths - v.minTermMonths) % v.termStepMonths !== 0) {
      p.push(
        `${id}: maxTermMonths is not reachable from minTermMonths in steps of ${v.termStepMonths}`,
      );
    }
  }
  if (v.rate.kind === 'agreed' && v.rate.min && v.rate.max && v.rate.min.gt(v.rate.max)) {
    p.push(`${id}: agreed rate minimum is above its maximum`);
  }
  checkChoices(p, id, 'repaymentMethods', v.repaymentMethods, REPAYMENT_METHODS);
  checkChoices(p, id, 'repaymentFrequencies', v.repaymentFrequencies, REPAYMENT_FREQUENCIES);
  if (!v.repaymentMethods.includes(v.defaultRepayment.method))
    p.push(`${id}: the default repayment method is not offered`);
  if (!v.repaymentFrequencies.includes(v.defaultRepayment.frequency))
    p.push(`${id}: the default repayment frequency is not offered`);
  if (!isCount(v.offerValidityDays) || v.offerValidityDays < 1)
    p.push(`${id}: offerValidityDays must be a whole number ≥ 1`);
  if (!isCount(v.maxCapitalHolidayMonths) || v.maxCapitalHolidayMonths >= v.maxTermMonths) {
    p.push(`${id}: maxCapitalHolidayMonths must be a whole number below maxTermMonths`);
  }
  checkCapitalHoliday(p, id, v);
  if (
    v.dueDateConvention !== undefined &&
    !(DUE_DATE_CONVENTIONS as readonly string[]).includes(v.dueDateConvention)
  ) {
    p.push(`${id}: dueDateConvention must be one of ${DUE_DATE_CONVENTIONS.join(', ')}`);
  }
  if (v.rate.kind === 'reference-rate') {
    const { decimals, floor, margin } = v.rate;
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6)
      p.push(`${id}: the reference rate's decimals must be a whole number from 0 to 6`);
    else if (floor.toDecimal().decimalPlaces() > decimals)
      p.push(`${id}: the reference rate's floor has more than ${decimals} decimals`);
    if (margin.gte(Rate.parse('0.5'))) p.push(`${id}: the reference rate's margin is implausible`);
  }
  if (v.intake) checkIntake(p, id, v.intake);
  for (const [ruleSet, product] of [
    ['winwin', 'winwinlening'],
    ['cofinancing', 'cofinanciering'],
    ['startlening', 'startlening'],
  ] as const) {
    if (v.productCode === product && !v.rules?.[ruleSet])
      p.push(`${id}: a ${product} version needs rules.${ruleSet}`);
    if (v.productCode !== product && v.rules?.[ruleSet])
      p.push(`${id}: rules.${ruleSet} belong to ${product} versions only`);
  }
  if (v.rules?.winwin) checkWinwin(p, id, v, v.rules.winwin);
  if (v.rules?.cofinancing) checkCofinancing(p, id, v.rules.cofinancing);
  if (v.rules?.startlening) checkStartlening(p, id, v, v.rules.startlening);
  return p;
}

function checkCapitalHoliday(p: string[], id: string, v: ProductVersion): void {
  const choices = v.capitalHolidayChoices;
  const byDefault = v.defaultRepayment.capitalHolidayMonths ?? 0;
  if (choices) {
    if (choices.length === 0) p.push(`${id}: capitalHolidayChoices is empty`);
    choices.forEach((c, i) => {
      if (!Number.isInteger(c) || c < 0)
        p.push(`${id}: capitalHolidayChoices has ${c}, not a whole number of months`);
      if (i > 0 && c <= choices[i - 1])
        p.push(`${id}: capitalHolidayChoices must be ascending without repeats`);
    });
    if (choices.length > 0 && choices[choices.length - 1] !== v.maxCapitalHolidayMonths)
      p.push(`${id}: maxCapitalHolidayMonths must be the longest of capitalHolidayChoices`);
    if (!choices.includes(byDefault))
      p.push(`${id}: the default capital holiday of ${byDefault} months is not offered`);
  } else if (
    !Number.isInteger(byDefault) ||
    byDefault < 0 ||
    byDefault > v.maxCapitalHolidayMonths
  ) {
    p.push(`${id}: the default capital holiday of ${byDefault} months is not offered`);
  }
}

function checkCofinancing(p: string[], id: string, c: CofinancingRules): void {
  if (!Number.isInteger(c.maxOwnContributionMultiple) || c.maxOwnContributionMultiple < 1)
    p.push(`${id}: cofinancing.maxOwnContributionMultiple must be a whole number ≥ 1`);
  for (const [name, share] of [
    ['maxInvestmentShare', c.maxInvestmentShare],
    ['minCofinancingShare', c.minCofinancingShare],
    ['minOwnContributionShare', c.minOwnContributionShare],
    ['combination.minOwnEffortShare', c.combination.minOwnEffortShare],
  ] as const) {
    if (share.isZero()) p.push(`${id}: cofinancing.${name} must be above 0`);
  }
  if (
    !Number.isInteger(c.maxCofinancierTermShortfallMonths) ||
    c.maxCofinancierTermShortfallMonths < 0
  )
    p.push(`${id}: cofinancing.maxCofinancierTermShortfallMonths must be a whole number ≥ 0`);
  if (!c.combination.maxTotal.isPositive())
    p.push(`${id}: cofinancing.combination.maxTotal must be positive`);
}

function checkStartlening(p: string[], id: string, v: ProductVersion, s: StartleningRules): void {
  if (!Number.isInteger(s.maxSelfEmployedYears) || s.maxSelfEmployedYears < 0)
    p.push(`${id}: startlening.maxSelfEmployedYears must be a whole number ≥ 0`);
  if (!Number.isInteger(s.maxOwnContributionMultiple) || s.maxOwnContributionMultiple < 1)
    p.push(`${id}: startlening.maxOwnContributionMultiple must be a whole number ≥ 1`);
  const offered = v.capitalHolidayChoices
    ? v.capitalHolidayChoices.includes(s.extendedHoliday.months)
    : s.extendedHoliday.months <= v.maxCapitalHolidayMonths;
  if (!offered)
    p.push(
      `${id}: the extended capital holiday of ${s.extendedHoliday.months} months is not offered`,
    );
  if (v.rate.kind !== 'fixed') p.push(`${id}: the Startlening has a fixed rate`);
}

function checkIntake(p: string[], id: string, intake: ProductIntake): void {
  if (intake.contractDate !== 'approvedOn' && intake.contractDate !== 'signedOn')
    p.push(`${id}: intake.contractDate has unknown value ${String(intake.contractDate)}`);
  for (const f of [...intake.requiredFields, ...(intake.optionalFields ?? [])])
    if (!(APPLICATION_FIELDS as readonly string[]).includes(f))
      p.push(`${id}: intake has unknown field ${f}`);
  for (const f of intake.optionalFields ?? [])
    if (intake.requiredFields.includes(f))
      p.push(`${id}: intake field ${f} is both required and optional`);
  if (intake.contractDate === 'signedOn' && !intake.requiredFields.includes('signedOn'))
    p.push(`${id}: a product whose contract date is signedOn must require signedOn`);
  if (!intake.missingFieldRule) p.push(`${id}: intake.missingFieldRule is empty`);
}

function checkWinwin(p: string[], id: string, v: ProductVersion, w: WinwinRules): void {
  if (!w.maxPerLender.isPositive()) p.push(`${id}: winwin.maxPerLender must be positive`);
  if (w.maxPerBorrower.lt(w.maxPerLender))
    p.push(`${id}: winwin.maxPerBorrower is below winwin.maxPerLender`);
  if (!v.maxAmount.equals(w.maxPerLender))
    p.push(
      `${id}: maxAmount must equal winwin.maxPerLender (one loan is at most one lender's limit)`,
    );
  if (!WINWIN_LENDER_LIMITS.includes(w.lenderLimit))
    p.push(`${id}: winwin.lenderLimit has unknown value ${String(w.lenderLimit)}`);
  for (const r of w.excludedRelations)
    if (!isLenderRelation(r)) p.push(`${id}: winwin.excludedRelations has unknown relation ${r}`);
  const years = new Set<number>();
  for (const b of w.rateBands) {
    if (!Number.isInteger(b.year)) p.push(`${id}: a win-win rate band has year ${b.year}`);
    if (years.has(b.year)) p.push(`${id}: the win-win rate band of ${b.year} is given twice`);
    years.add(b.year);
    if (b.min.gt(b.max))
      p.push(`${id}: the win-win rate band of ${b.year} has its minimum above its maximum`);
  }
  if (!Number.isInteger(w.deedDeadlineMonths) || w.deedDeadlineMonths < 1)
    p.push(`${id}: winwin.deedDeadlineMonths must be a whole number ≥ 1`);
}

function intakeKey(intake: ProductIntake): string {
  return JSON.stringify([
    intake.contractDate,
    [...intake.requiredFields],
    [...(intake.optionalFields ?? [])],
    intake.missingFieldRule,
    intake.offerLapses ?? true,
  ]);
}

function checkChoices(
  p: string[],
  id: string,
  field: string,
  chosen: readonly string[],
  allowed: readonly string[],
): void {
  if (chosen.length === 0) p.push(`${id}: ${field} is empty`);
  for (const c of chosen)
    if (!allowed.includes(c)) p.push(`${id}: ${field} has unknown value ${c}`);
  if (new Set(chosen).size !== chosen.length) p.push(`${id}: ${field} lists a value twice`);
}

/** Versions are shared by every loan decision: make them unchangeable. */
function freezeVersion(v: ProductVersion): ProductVersion {
  return Object.freeze({
    ...v,
    repaymentMethods: Object.freeze([...v.repaymentMethods]),
    repaymentFrequencies: Object.freeze([...v.repaymentFrequencies]),
    defaultRepayment: Object.freeze({ ...v.defaultRepayment }),
    rate: Object.freeze({ ...v.rate }),
    ...(v.capitalHolidayChoices
      ? { capitalHolidayChoices: Object.freeze([...v.capitalHolidayChoices]) }
      : {}),
    ...(v.lenderIdentity ? { lenderIdentity: frozenCopy(v.lenderIdentity) } : {}),
    ...(v.notes ? { notes: Object.freeze([...v.notes]) } : {}),
    ...(v.rules ? { rules: frozenCopy(v.rules) } : {}),
    ...(v.intake ? { intake: frozenCopy(v.intake) } : {}),
  });
}

/**
 * A frozen copy of plain objects and arrays, all the way down. Other objects
 * (Money, Rate, LocalDate) are immutable already and are kept as they are.
 */
function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = frozenCopy(v);
    return Object.freeze(copy) as T;
  }
  return value;
}
