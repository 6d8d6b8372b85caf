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
import { WINWIN_LENDER_LIMITS, type WinwinRules } from './winwin';

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

  /**
   * What an application for the product must carry and which date picks its
   * version; DEFAULT_PRODUCT_INTAKE for a product without versions.
   */
  /** Whether the product's approved offers lapse when not disbursed in time. */
  offerLapses(code: ProductCode): boolean {
    return this.intake(code).offerLapses ?? true;
  }

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
  if (v.intake) checkIntake(p, id, v.intake);
  if (v.productCode === 'winwinlening' && !v.rules?.winwin)
    p.push(`${id}: a win-win version needs rules.winwin`);
  if (v.productCode !== 'winwinlening' && v.rules?.winwin)
    p.push(`${id}: rules.winwin belong to winwinlening versions only`);
  if (v.rules?.winwin) checkWinwin(p, id, v, v.rules.winwin);
  return p;
}

function checkIntake(p: string[], id: string, intake: ProductIntake): void {
  if (intake.contractDate !== 'approvedOn' && intake.contractDate !== 'signedOn')
    p.push(`${id}: intake.contractDate has unknown value ${String(intake.contractDate)}`);
  for (const f of intake.requiredFields)
    if (!(APPLICATION_FIELDS as readonly string[]).includes(f))
      p.push(`${id}: intake.requiredFields has unknown field ${f}`);
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
