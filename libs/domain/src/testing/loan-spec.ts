/**
 * What every spec of the loan decider sets up: the decider under given/when/then, the context
 * its decisions consult (the default catalogue, a fixed clock), histories built by the decider
 * itself, and the shorthands the specs write amounts, dates and refusals with. Test-only.
 */
import { LocalDate } from '@js-joda/core';
import type { LoanCommand } from '../loan/commands';
import type { DecisionContext, WinwinExposure } from '../loan/context';
import { loanDecider } from '../loan/decider';
import type { RuleViolationError } from '../loan/errors';
import type { LoanEvent } from '../loan/events';
import { foldLoan, type LoanState } from '../loan/state';
import { Money } from '../money';
import { type DefaultCatalogueOptions, defaultCatalogue } from '../products';
import { fixedClock } from '../time';
import { DeciderSpecification } from './decider-specification';

export type LoanSpecification = DeciderSpecification<
  LoanCommand,
  LoanEvent,
  LoanState,
  DecisionContext
>;

/** The specs' now: 2026-11-21, after every business date they record. */
export const SPEC_CLOCK = fixedClock('2026-11-21T10:00:00Z');

/** No win-win loan registered yet for the borrower or the lender (a win-win approval reads it). */
export const NOTHING_REGISTERED: WinwinExposure = {
  borrowerRegistered: Money.zero(),
  lenderRegistered: Money.zero(),
};

/** A decision's context: the default catalogue (built with `options`) and SPEC_CLOCK, then `extra`. */
export function specContext(
  extra: Partial<DecisionContext> = {},
  options: DefaultCatalogueOptions = {},
): DecisionContext {
  return { catalogue: defaultCatalogue(options), clock: SPEC_CLOCK, ...extra };
}

/** The loan decider under given/when/then, each decision in a new specContext(extra, options). */
export function loanSpec(
  extra: Partial<DecisionContext> = {},
  options: DefaultCatalogueOptions = {},
): LoanSpecification {
  return new DeciderSpecification(loanDecider, () => specContext(extra, options));
}

/**
 * The decider's own events for `commands` on top of `given`: how the specs build a loan's
 * history from commands rather than writing events by hand.
 */
export function recordedHistory(
  given: LoanEvent[],
  commands: LoanCommand[],
  ctx: DecisionContext,
): LoanEvent[] {
  const events = [...given];
  let state = foldLoan(given);
  for (const command of commands) {
    const produced = loanDecider.decide(command, state, ctx);
    events.push(...produced);
    state = foldLoan(produced, state);
  }
  return events;
}

export const date = (s: string) => LocalDate.parse(s);
export const eur = (s: string) => Money.parse(s);
/** The rules a refusal names, in order. */
export const rules = (e: RuleViolationError) => e.violations.map((v) => v.rule);
export const messages = (e: RuleViolationError) => e.violations.map((v) => v.message);

/** The borrower most specs lend to: a company in Flanders. */
export const bakery = {
  enterpriseNumber: '0403.170.701',
  name: 'Bakkerij Peeters',
  province: 'Antwerpen',
};
