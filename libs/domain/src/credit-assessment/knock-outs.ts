import { ChronoUnit, type LocalDate } from '@js-joda/core';
import type { KnockOutCode } from './codes';
import { months, ordinal } from './figures';
import type { CreditAssessmentRules } from './rules';

export interface KnockOut {
  readonly code: KnockOutCode;
  /** Plain English for the clerk, naming the dates and figures. */
  readonly reason: string;
}

export interface AgeFacts {
  readonly applicantBirthDate: LocalDate;
  readonly signingDate: LocalDate;
  readonly termMonths: number;
}

/** The loan is taken to be repaid termMonths after signing (the day clamped, as in a schedule). */
export function termEndsOn(facts: Pick<AgeFacts, 'signingDate' | 'termMonths'>): LocalDate {
  return facts.signingDate.plusMonths(facts.termMonths);
}

/**
 * The age knock-outs. Birthdays are birthDate + n years (js-joda: a 29 February
 * birthday falls on 28 February in other years).
 * - too young: signing before the minAgeAtSigning-th birthday;
 * - too old: signing after the maxAgeAtSigning-th birthday ("at most 80": the
 *   80th birthday itself is the last day one may sign);
 * - the term must end before the repaidBeforeAge-th birthday: ending on it is too late.
 */
export function ageKnockOuts(facts: AgeFacts, rules: CreditAssessmentRules): KnockOut[] {
  const { applicantBirthDate: born, signingDate: signing } = facts;
  const k = rules.knockOuts;
  const out: KnockOut[] = [];
  const age = ChronoUnit.YEARS.between(born, signing);
  const at = `${age} years old at signing on ${signing.toString()} (born ${born.toString()})`;

  const minBirthday = born.plusYears(k.minAgeAtSigning);
  if (signing.isBefore(minBirthday))
    out.push({
      code: 'applicant-too-young',
      reason: `the applicant is ${at}; the minimum age is ${k.minAgeAtSigning}, reached on ${minBirthday.toString()}`,
    });

  const maxBirthday = born.plusYears(k.maxAgeAtSigning);
  if (signing.isAfter(maxBirthday))
    out.push({
      code: 'applicant-too-old',
      reason: `the applicant is ${at}; the maximum age at signing is ${k.maxAgeAtSigning}: the last day to sign was the ${ordinal(k.maxAgeAtSigning)} birthday, ${maxBirthday.toString()}`,
    });

  const lastBirthday = born.plusYears(k.repaidBeforeAge);
  const ends = termEndsOn(facts);
  if (!ends.isBefore(lastBirthday))
    out.push({
      code: 'repaid-after-85th-birthday',
      reason: `a term of ${months(facts.termMonths)} from ${signing.toString()} ends on ${ends.toString()}, not before the applicant's ${ordinal(k.repaidBeforeAge)} birthday on ${lastBirthday.toString()}`,
    });
  return out;
}

export function situationKnockOuts(flags: {
  readonly wageGarnishment: boolean;
  readonly divorceInProgress: boolean;
}): KnockOut[] {
  const out: KnockOut[] = [];
  if (flags.wageGarnishment)
    out.push({
      code: 'wage-garnishment',
      reason: "the applicant's wages are garnished: no credit while a wage garnishment runs",
    });
  if (flags.divorceInProgress)
    out.push({
      code: 'divorce-in-progress',
      reason: 'the applicant is in the middle of a divorce: no credit until the divorce is final',
    });
  return out;
}
