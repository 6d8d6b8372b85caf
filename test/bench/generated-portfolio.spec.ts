import { LocalDate } from '@js-joda/core';
import {
  arrearsOf,
  decide,
  evolve,
  foldLoan,
  initialLoanState,
  isRefusalReasonCode,
  ledgerOf,
  LOAN_EVENT_SCHEMA_VERSION,
  LOAN_LIFECYCLE_STATUSES,
  Money,
  type LoanEvent,
  type LoanState,
  type LoanStatus,
} from '@loanbook/domain';
import type { StreamAppend } from '@loanbook/event-store';
import { Prng } from '../../apps/cli/src/demo/prng';
import {
  generateLoans,
  generatePortfolio,
  OFFER_LAPSE_ACTOR,
  portfolioContext,
  PRODUCT_WEIGHTS,
  REFERENCE_CURVES_STREAM,
  toStreamAppend,
  type GeneratedLoan,
  type PaymentBehaviour,
} from '../../bench/support/generated-portfolio';

// The generated portfolio of bench/portfolio-report.ts: deterministic, the product mix and the
// outcomes it promises, and the instalment payments it writes without `decide` exactly as
// `decide` would write them.

const LOANS = 3000;
const context = portfolioContext({ loans: LOANS });
const { asOf, catalogue } = context.settings;
const loans = generateLoans(context, 0, LOANS);
const eventsOf = (loan: GeneratedLoan): LoanEvent[] => loan.commits.flatMap((c) => c.events);
const states = new Map(loans.map((l) => [l.loanId, foldLoan(eventsOf(l))]));
const stateOf = (loan: GeneratedLoan): LoanState => states.get(loan.loanId)!;
const ctx = { catalogue, clock: context.clock };

async function collect(options: Parameters<typeof generatePortfolio>[0]): Promise<StreamAppend[]> {
  const appends: StreamAppend[] = [];
  for await (const batch of generatePortfolio(options)) appends.push(...batch);
  return appends;
}

const count = <T>(items: readonly T[], pick: (item: T) => boolean) => items.filter(pick).length;

describe('the generated portfolio: determinism', () => {
  it('given the same seed, when generated again in other chunks, then every append is the same', async () => {
    const big = await collect({ loans: 250, chunkSize: 1000 });
    const small = await collect({ loans: 250, chunkSize: 7 });
    expect(JSON.stringify(small)).toBe(JSON.stringify(big));
    // The first 250 loans of the large portfolio are these 250.
    expect(big.slice(1).map((a) => a.streamId)).toEqual(
      loans.slice(0, 250).map((l) => `loan-${l.loanId}`),
    );
  });

  it('given another seed, when generated, then other loans', async () => {
    const mine = await collect({ loans: 20 });
    const other = await collect({ loans: 20, seed: 'another seed' });
    const ids = new Set(mine.map((a) => a.streamId));
    expect(other.filter((a) => a.streamId.startsWith('loan-') && ids.has(a.streamId))).toEqual([]);
  });
});

describe('the generated portfolio: products', () => {
  it('given 3,000 loans, then the products are mixed about 35/45/10/10', () => {
    const total = PRODUCT_WEIGHTS.reduce((n, [, w]) => n + w, 0);
    for (const [code, weight] of PRODUCT_WEIGHTS) {
      const share = (100 * count(loans, (l) => l.productCode === code)) / LOANS;
      expect(Math.abs(share - (100 * weight) / total)).toBeLessThan(3);
    }
  });

  it('every application is within its product version: amount, term, dates from 2016-01-01 to the as-of date', () => {
    const outside = loans.flatMap((loan) => {
      const applied = eventsOf(loan)[0];
      if (applied.type !== 'LoanApplied') return [`${loan.index}: no LoanApplied first`];
      const d = applied.data;
      const version = catalogue.version(d.productVersion)!;
      const amount = Money.parse(d.amount);
      const within =
        version.productCode === d.productCode &&
        amount.gte(version.minAmount) &&
        amount.lte(version.maxAmount) &&
        d.termMonths >= version.minTermMonths &&
        d.termMonths <= version.maxTermMonths &&
        d.appliedOn >= '2016-01-01' &&
        d.appliedOn <= asOf.toString();
      return within ? [] : [`${loan.index}: ${JSON.stringify(d)}`];
    });
    expect(outside).toEqual([]);
  });

  it('every event is dated on or before the as-of date', () => {
    const late = loans
      .flatMap(eventsOf)
      .filter((e) => e.effectiveOn > asOf.toString())
      .map((e) => `${e.type} ${e.effectiveOn}`);
    expect(late).toEqual([]);
  });
});

describe('the generated portfolio: outcomes on the as-of date', () => {
  const byStatus = (status: LoanStatus) => count(loans, (l) => stateOf(l).status === status);

  it('has loans in every status: applications, refusals, withdrawals, lapsed and open offers, active, repaid, defaulted and written off', () => {
    const statuses: LoanStatus[] = [...LOAN_LIFECYCLE_STATUSES];
    expect(statuses.filter((status) => byStatus(status) === 0)).toEqual([]);
    // An application waiting for a second officer's approval is still an application.
    expect(count(loans, (l) => stateOf(l).proposedApproval !== undefined)).toBeGreaterThan(0);
  });

  it('refusals carry reason codes of DOMAIN.md 4.4; lapses are the offer-lapse processor’s', () => {
    const refusals = loans.flatMap(eventsOf).filter((e) => e.type === 'LoanRefused');
    expect(refusals.length).toBeGreaterThan(0);
    for (const e of refusals) {
      if (e.type !== 'LoanRefused') continue;
      expect(e.data.reasons.length).toBeGreaterThan(0);
      expect(e.data.reasons.every(isRefusalReasonCode)).toBe(true);
    }
    const lapses = loans.flatMap((l) =>
      l.commits.filter((c) => c.events.some((e) => e.type === 'OfferLapsed')),
    );
    expect(lapses.length).toBeGreaterThan(0);
    expect(lapses.every((c) => c.actor === OFFER_LAPSE_ACTOR)).toBe(true);
  });

  it('about 8 % of the disbursed loans fall behind, with arrears of 30 and of 90+ days', () => {
    const disbursed = loans.filter((l) => l.behaviour !== undefined);
    const behind = count(disbursed, (l) => l.behaviour === 'behind');
    expect((100 * behind) / disbursed.length).toBeGreaterThan(5);
    expect((100 * behind) / disbursed.length).toBeLessThan(11);
    const daysPastDue = loans
      .filter((l) => stateOf(l).status === 'active')
      .map((l) => arrearsOf(ledgerOf(stateOf(l), asOf), asOf).daysPastDue);
    expect(count(daysPastDue, (d) => d > 30 && d <= 90)).toBeGreaterThan(20);
    expect(count(daysPastDue, (d) => d > 90)).toBeGreaterThan(10);
    // Most pay on time: no arrears, or an instalment due a few days ago.
    expect(count(daysPastDue, (d) => d <= 10) / daysPastDue.length).toBeGreaterThan(0.8);
  });

  it('has early repayments, partial and full, with the reinvestment fee where the product charges one', () => {
    const early = loans
      .flatMap(eventsOf)
      .flatMap((e) => (e.type === 'EarlyRepaymentMade' ? [e.data] : []));
    expect(count(early, (e) => e.full)).toBeGreaterThan(10);
    expect(count(early, (e) => !e.full)).toBeGreaterThan(10);
    expect(count(early, (e) => Money.parse(e.fee).isPositive())).toBeGreaterThan(10);
    expect(count(early, (e) => e.feeRegime === 'none')).toBeGreaterThan(0);
  });

  it('has defaults, a win-win loan’s government guarantee claim, recoveries and write-offs', () => {
    const events = loans.flatMap(eventsOf);
    for (const type of [
      'LoanDefaulted',
      'GovernmentGuaranteeClaimed',
      'RecoveryRecorded',
      'LoanWrittenOff',
    ] as const) {
      expect({ type, found: events.some((e) => e.type === type) }).toEqual({ type, found: true });
    }
  });
});

describe('the generated portfolio: payments written without decide', () => {
  /**
   * 150 disbursed loans chosen by a generator of their own: the late, irregular, early and
   * defaulting payers first (up to 25 of each), the rest from those paying on time.
   */
  function sample(): GeneratedLoan[] {
    const rng = Prng.fromKey('generated-portfolio.spec/sample');
    const disbursed = loans.filter((l) => l.behaviour !== undefined);
    const chosen: GeneratedLoan[] = [];
    const special: PaymentBehaviour[] = [
      'behind',
      'irregular',
      'early-partial',
      'early-full',
      'default',
    ];
    for (const behaviour of special) {
      chosen.push(...rng.shuffle(disbursed.filter((l) => l.behaviour === behaviour)).slice(0, 25));
    }
    const onTime = rng.shuffle(disbursed.filter((l) => l.behaviour === 'on-time'));
    return [...chosen, ...onTime.slice(0, 150 - chosen.length)];
  }

  it('given the state folded from the events before it, when decide is asked for the same payment, then it writes the very same events', () => {
    const chosen = sample();
    expect(chosen).toHaveLength(150);
    let replayed = 0;
    for (const loan of chosen) {
      const events = eventsOf(loan);
      let state = initialLoanState;
      for (let j = 0; j < events.length; j++) {
        const e = events[j];
        if (e.type === 'InstalmentPaid') {
          const produced = decide(
            {
              type: 'RepayInstalment',
              loanId: loan.loanId,
              paidOn: LocalDate.parse(e.data.paidOn),
              amount: Money.parse(e.data.amount),
            },
            state,
            ctx,
          );
          expect(produced).toEqual(events.slice(j, j + produced.length));
          replayed += 1;
        }
        state = evolve(state, e);
      }
    }
    // Where the payments left each loan: its ledger's principal, repaid once all is settled.
    for (const loan of chosen) {
      const state = stateOf(loan);
      if (state.status !== 'active' && state.status !== 'repaid') continue;
      const ledger = ledgerOf(state);
      expect([state.outstandingPrincipal.toString(), state.status === 'repaid']).toEqual([
        ledger.outstandingPrincipal.toString(),
        ledger.settled,
      ]);
    }
    // Partial payments and payments of several instalments at once are among them.
    const paid = chosen.flatMap(eventsOf).flatMap((e) => (e.type === 'InstalmentPaid' ? [e] : []));
    expect(replayed).toBe(paid.length);
    expect(count(paid, (p) => p.data.allocation.length > 1)).toBeGreaterThan(10);
    expect(
      count(paid, (p) =>
        p.data.allocation.some(
          (a) => Money.parse(a.principal).isZero() && Money.parse(a.interest).isPositive(),
        ),
      ),
    ).toBeGreaterThan(10);
  }, 120_000);
});

describe('the generated portfolio: the appends', () => {
  const appends = loans.map(toStreamAppend);

  it('one new stream per loan, loan-<id>, with its events in order and unique event ids', () => {
    const ids = new Set<string>();
    for (const [i, a] of appends.entries()) {
      expect(a.streamId).toBe(`loan-${loans[i].loanId}`);
      expect(a.expectedVersion).toBe(0);
      expect(a.events.map((e) => e.type)).toEqual(eventsOf(loans[i]).map((e) => e.type));
      for (const e of a.events) ids.add(e.eventId);
    }
    expect(ids.size).toBe(appends.reduce((n, a) => n + a.events.length, 0));
    expect(new Set(loans.map((l) => l.loanId)).size).toBe(LOANS);
  });

  it('metadata as the back office writes it: effectiveOn, recordedAt not before it and in order, actor, one correlation id per command', () => {
    const wrong: string[] = [];
    for (const [i, a] of appends.entries()) {
      let previous = '';
      let k = 0;
      for (const c of loans[i].commits) {
        for (const e of c.events) {
          const m = a.events[k++].metadata;
          const expected = {
            effectiveOn: e.effectiveOn,
            recordedAt: c.recordedAt,
            actor: c.actor,
            correlationId: c.correlationId,
            causationId: c.correlationId,
            schemaVersion: LOAN_EVENT_SCHEMA_VERSION,
          };
          if (JSON.stringify(m) !== JSON.stringify(expected)) wrong.push(`${a.streamId}: metadata`);
          if (c.recordedAt.slice(0, 10) < e.effectiveOn)
            wrong.push(`${a.streamId}: recorded early`);
        }
        if (!(c.recordedAt > previous) || c.actor === '') wrong.push(`${a.streamId}: order`);
        previous = c.recordedAt;
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the reference curves come first, one a month, for the co-financing’s pricing', async () => {
    const [curves] = await collect({ loans: 1 });
    expect(curves.streamId).toBe(REFERENCE_CURVES_STREAM);
    expect(curves.events.length).toBeGreaterThan(40);
    expect(curves.events.every((e) => e.type === 'ReferenceCurveRecorded')).toBe(true);
    const priced = loans
      .flatMap(eventsOf)
      .flatMap((e) => (e.type === 'LoanApproved' && e.data.offer.pricing ? [e.data] : []))
      .filter((d) => d.offer.pricing!.kind === 'reference-rate');
    expect(priced.length).toBeGreaterThan(0);
    const recorded = new Set(curves.events.map((e) => e.metadata.effectiveOn));
    for (const d of priced) {
      const pricing = d.offer.pricing!;
      if (pricing.kind !== 'reference-rate') continue;
      expect(recorded.has(pricing.curveRecordedOn)).toBe(true);
    }
  });
});
