import { randomUUID } from 'node:crypto';
import { LocalDate } from '@js-joda/core';
import {
  decide,
  defaultCatalogue,
  fixedClock,
  foldLoan,
  initialLoanState,
  ledgerOf,
  Money,
  type HolidayCalendar,
  type LoanCommand,
  type LoanEvent,
  type LoanState,
  type ProductCatalogue,
} from '@loanbook/domain';
import type { EventStore } from '@loanbook/event-store';

export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type LoanStep = DistributiveOmit<LoanCommand, 'loanId'>;

/**
 * A loan's commands, decided one by one by the domain's decider on the state its events lead
 * to: how the integration tests make the histories the back office would record.
 */
export class LoanWalk {
  state: LoanState = initialLoanState;
  readonly events: LoanEvent[] = [];

  constructor(
    readonly loanId: string,
    /** The decisions' "today", unless a step gives its own. */
    private readonly today: string,
    private readonly catalogue: ProductCatalogue = defaultCatalogue(),
    /** The lender's calendar, as the back office gives it; absent: due dates do not move. */
    private readonly holidays?: HolidayCalendar,
  ) {}

  do(step: LoanStep, today = this.today): this {
    const events = decide({ ...step, loanId: this.loanId } as LoanCommand, this.state, {
      catalogue: this.catalogue,
      clock: fixedClock(`${today}T10:00:00Z`),
      winwinExposure: { borrowerRegistered: Money.zero(), lenderRegistered: Money.zero() },
      ...(this.holidays ? { holidays: this.holidays } : {}),
    });
    this.state = foldLoan(events, this.state);
    this.events.push(...events);
    return this;
  }

  /** Pays each instalment due from `first` to `last` (ISO dates), in full, on its due date. */
  payOnTime(first: string, last: string): this {
    for (const i of ledgerOf(this.state).instalments) {
      if (i.dueOn.isBefore(LocalDate.parse(first)) || i.dueOn.isAfter(LocalDate.parse(last))) {
        continue;
      }
      this.do({ type: 'RepayInstalment', paidOn: i.dueOn, amount: i.unpaid });
    }
    return this;
  }

  /** Appends the walk's events to the loan's stream, as recorded at `recordedAt`. */
  async appendTo(store: Pick<EventStore, 'appendToStream'>, recordedAt: string): Promise<void> {
    await store.appendToStream(
      `loan-${this.loanId}`,
      this.events.map((e) => ({
        eventId: randomUUID(),
        type: e.type,
        data: e.data as unknown as Record<string, unknown>,
        metadata: { effectiveOn: e.effectiveOn, recordedAt, schemaVersion: 2 },
      })),
      { expectedVersion: 0 },
    );
  }
}
