import { LocalDate } from '@js-joda/core';
import {
  PRODUCT_CODES,
  ProductCode,
  ProductVersion,
  REPAYMENT_FREQUENCIES,
  REPAYMENT_METHODS,
  isProductCode,
} from './product';

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
  return p;
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
    ...(v.rules ? { rules: Object.freeze({ ...v.rules }) } : {}),
  });
}
