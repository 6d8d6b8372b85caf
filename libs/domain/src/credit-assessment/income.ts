import type { LocalDate } from '@js-joda/core';
import type { Dec } from '../money/decimal';
import { Money } from '../money/money';
import type { IncomeKind } from './codes';
import { days, fraction, months, shareOf } from './figures';
import type { IncomeItem } from './input';
import type { CreditAssessmentRules } from './rules';

/** One income item as counted. */
export interface AssessedIncome {
  readonly kind: IncomeKind;
  readonly description?: string;
  /** The item's monthly net amount; for the self-employed, the average profit a month. */
  readonly monthlyNet: Money;
  /** 0 to 1: the share of monthlyNet counted. */
  readonly weight: Dec;
  /** monthlyNet × weight, half up to the cent; 0.00 for a loss. */
  readonly counted: Money;
  /** Why this weight: the conditions and how they were met, "no conditions" for a plain kind. */
  readonly reason: string;
}

export interface IncomeContext {
  readonly rules: CreditAssessmentRules;
  /** signingDate + termMonths: what alimony received must last until. */
  readonly termEndsOn: LocalDate;
  /** The household owns its home (tenure owner): the foreign national's shorter condition. */
  readonly ownsHome: boolean;
}

export const INCOME_KIND_TEXT: Readonly<Record<IncomeKind, string>> = {
  salary: 'salary',
  'thirteenth-month': '13th month',
  'year-end-bonus': 'year-end bonus',
  'sheltered-employment': 'sheltered employment (WSW)',
  'wao-benefit': 'disability benefit WAO',
  'wga-benefit': 'disability benefit WGA',
  'wajong-benefit': 'disability benefit Wajong',
  'iva-benefit': 'disability benefit IVA',
  'zero-hour-contract': 'zero-hour contract',
  'on-call': 'on-call work',
  'personal-care-budget': 'personal care budget (PGB)',
  'unemployment-benefit': 'unemployment benefit',
  'social-assistance': 'social assistance',
  'shift-allowance': 'shift allowance',
  'overtime-allowance': 'overtime allowance',
  commission: 'commission',
  'alimony-received': 'alimony received',
  'self-employed': 'self-employed profit',
  defence: 'defence',
  'temporary-contract': 'temporary contract',
  'agency-work': 'agency work',
  'sick-pay': 'sick pay',
};

interface Weighing {
  readonly weight: Dec;
  readonly reason: string;
}

const NOT_COUNTED = fraction('0');

export function assessIncome(item: IncomeItem, ctx: IncomeContext): AssessedIncome {
  const monthlyNet = item.kind === 'self-employed' ? averageProfit(item, ctx) : item.monthlyNet;
  let { weight, reason } = kindWeight(item, ctx);

  if ('inProbation' in item && item.inProbation) {
    weight = fraction(ctx.rules.incomeWeights.probation);
    reason = weight.isZero() ? 'in a probation period: not counted' : 'in a probation period';
  }
  if (item.foreignNational) {
    const f = foreignNational(item.foreignNational, ctx);
    if (!f.met) weight = NOT_COUNTED;
    reason = `${reason}; ${f.reason}`;
  }
  // A self-employed loss lowers no other income: it counts as none.
  const counted = monthlyNet.isNegative() ? Money.zero() : shareOf(monthlyNet, weight);
  if (monthlyNet.isNegative()) reason = `${reason}; a loss counts as no income`;
  return Object.freeze({
    kind: item.kind,
    ...(item.description ? { description: item.description } : {}),
    monthlyNet,
    weight,
    counted,
    reason,
  });
}

function kindWeight(item: IncomeItem, { rules, termEndsOn }: IncomeContext): Weighing {
  const w = rules.incomeWeights;
  const is = (text: string, why: string): Weighing => ({ weight: fraction(text), reason: why });
  const not = (why: string): Weighing => ({ weight: NOT_COUNTED, reason: `${why}: not counted` });

  switch (item.kind) {
    case 'shift-allowance':
    case 'overtime-allowance':
      return item.structural ? is(w.structuralAllowance, 'structural') : not('not structural');
    case 'commission': {
      const needed = w.commission.structuralMonths;
      const shown = `structural over ${months(item.structuralMonths)} of the last ${needed}`;
      return item.structuralMonths >= needed
        ? is(w.commission.weight, shown)
        : not(`${shown}, ${needed} needed`);
    }
    case 'alimony-received': {
      if (item.endsOn === undefined) return is(w.alimonyReceived, 'no end date');
      const when = `ends on ${item.endsOn.toString()}, the term on ${termEndsOn.toString()}`;
      return item.endsOn.isBefore(termEndsOn)
        ? not(`${when}: it does not last the whole term`)
        : is(w.alimonyReceived, `lasts the whole term (${when})`);
    }
    case 'self-employed': {
      const needed = w.selfEmployed.profitYears;
      const given = item.yearlyProfits.length;
      if (given < needed)
        return not(`profit of ${years(given)} given, the average of the last ${needed} needed`);
      const of = `average profit of the last ${years(needed)}`;
      return item.documentedYears >= needed
        ? is(w.selfEmployed.weight, `${of}, documented`)
        : not(`${of}, ${item.documentedYears} of them documented`);
    }
    case 'defence':
      return is(w.defence[item.phase], `phase ${item.phase}`);
    case 'temporary-contract': {
      const t = w.temporaryContract;
      if (item.declarationOfIntent) return is(t.withDeclarationOfIntent, 'declaration of intent');
      const left = `${months(item.remainingContractMonths)} remaining, no declaration of intent`;
      return item.remainingContractMonths >= t.minRemainingMonths
        ? is(t.minimumOrMore, `${left} (${t.minRemainingMonths} or more)`)
        : is(t.belowMinimum, `${left} (under ${t.minRemainingMonths})`);
    }
    case 'agency-work': {
      const a = w.agencyWork;
      if (item.phase !== 'B') return is(a.phases[item.phase], `phase ${item.phase}`);
      if (item.declarationOfIntent)
        return is(a.phaseBWithProspects, 'phase B with a declaration of intent');
      const remaining = item.remainingContractMonths ?? 0;
      const left = `phase B, ${months(remaining)} remaining, no declaration of intent`;
      return remaining >= a.minRemainingMonths
        ? is(a.phaseBWithProspects, `${left} (${a.minRemainingMonths} or more)`)
        : is(a.phases.B, `${left} (under ${a.minRemainingMonths})`);
    }
    case 'sick-pay': {
      const s = w.sick;
      const sick = `sick for ${days(item.daysSick)}`;
      if (item.daysSick <= s.fewDaysMaxDays)
        return is(s.fewDays, `${sick} (a few days: at most ${s.fewDaysMaxDays})`);
      if (item.daysSick <= s.upToOneMonthMaxDays)
        return is(s.upToOneMonth, `${sick} (up to a month: at most ${s.upToOneMonthMaxDays})`);
      return is(s.longer, `${sick} (more than ${s.upToOneMonthMaxDays})`);
    }
    default: {
      const weight = fraction(w.plain[item.kind]);
      return { weight, reason: weight.isZero() ? 'not counted' : 'no conditions' };
    }
  }
}

/** The average yearly profit of the last profitYears years, a month, half up to the cent. */
function averageProfit(
  item: Extract<IncomeItem, { kind: 'self-employed' }>,
  { rules }: IncomeContext,
): Money {
  const last = item.yearlyProfits.slice(-rules.incomeWeights.selfEmployed.profitYears);
  if (last.length === 0) return Money.zero();
  return Money.fromDecimal(Money.sum(last).dividedBy(last.length * 12));
}

function foreignNational(
  f: { monthsWorkedHere: number; monthsCreditRegistered: number },
  { rules, ownsHome }: IncomeContext,
): { met: boolean; reason: string } {
  const need = ownsHome
    ? rules.foreignNational.withOwnedHome
    : rules.foreignNational.withoutOwnedHome;
  const met =
    f.monthsWorkedHere >= need.monthsWorkedHere &&
    f.monthsCreditRegistered >= need.monthsCreditRegistered;
  const facts =
    `foreign national, ${months(f.monthsWorkedHere)} worked here and ${months(f.monthsCreditRegistered)} of credit registered` +
    `, ${need.monthsWorkedHere} and ${need.monthsCreditRegistered} needed ${ownsHome ? 'with' : 'without'} an owned home`;
  return { met, reason: met ? facts : `${facts}: not counted` };
}

function years(n: number): string {
  return `${n} ${n === 1 ? 'year' : 'years'}`;
}
