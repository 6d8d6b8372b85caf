import { LocalDate } from '@js-joda/core';
import {
  decide,
  defaultCatalogue,
  evolve,
  fixedClock,
  foldLoan,
  kindForTenor,
  MarketRate,
  Money,
  referenceCurve,
  type DecisionContext,
  type LoanCommand,
  type LoanState,
} from '@loanbook/domain';
import type { StoredEvent } from '@loanbook/event-store';
import { DemoInterruptedError, loadDemoPortfolio, type DemoLoaderPorts } from './loader';
import { buildDemoPortfolio, type DemoCurvePlan, type DemoPortfolio } from './portfolio';

/**
 * A back office on the real loan decider, in memory: each loan's state and the request ids its
 * events were recorded under (their causationId), and the curves recorded.
 */
class DecidingBackOffice implements DemoLoaderPorts {
  states = new Map<string, LoanState>();
  causations = new Map<string, Set<string>>();
  curves = new Map<string, DemoCurvePlan>();
  sent: string[] = [];
  inquiries = new Set<string>();
  marker: StoredEvent[] = [];
  /** Throws on the n-th command (1-based). */
  failAt?: number;
  private readonly ctx: DecisionContext = {
    catalogue: defaultCatalogue(),
    clock: fixedClock('2026-11-21T10:00:00Z'),
    winwinExposure: { borrowerRegistered: Money.zero(), lenderRegistered: Money.zero() },
  };

  private tick(label: string) {
    if (this.failAt !== undefined && this.sent.length + 1 >= this.failAt)
      throw new Error('the store went away');
    this.sent.push(label);
  }

  async executeLoanCommand(command: LoanCommand, meta: { requestId: string }) {
    let state = this.states.get(command.loanId) ?? foldLoan([]);
    let decided = command;
    if (command.type === 'ApproveLoan') {
      const curve = [...this.curves.values()]
        .filter((c) => !c.recordedOn.isAfter(command.approvedOn))
        .sort((a, b) => a.recordedOn.compareTo(b.recordedOn))
        .at(-1);
      if (curve) {
        decided = {
          ...command,
          referenceCurve: referenceCurve({
            recordedOn: curve.recordedOn,
            points: curve.points.map(([tenorMonths, rate]) => ({
              tenorMonths,
              kind: kindForTenor(tenorMonths),
              rate: MarketRate.parse(rate),
            })),
          }),
        };
      }
    }
    const events = decide(decided, state, this.ctx);
    this.tick(`${command.type} ${command.loanId} ${meta.requestId}`);
    for (const e of events) state = evolve(state, e);
    this.states.set(command.loanId, state);
    const ids = this.causations.get(command.loanId) ?? new Set<string>();
    ids.add(meta.requestId);
    this.causations.set(command.loanId, ids);
    return {};
  }

  async registerInquiry(command: { inquiryId: string }) {
    if (this.inquiries.has(command.inquiryId)) throw new Error('409');
    this.tick(`RegisterInquiry ${command.inquiryId}`);
    this.inquiries.add(command.inquiryId);
    return {};
  }

  async loanStatus(loanId: string) {
    return this.states.get(loanId)?.status ?? 'none';
  }

  async inquiryExists(inquiryId: string) {
    return this.inquiries.has(inquiryId);
  }

  async loadLoan(loanId: string) {
    return {
      state: this.states.get(loanId) ?? foldLoan([]),
      causations: new Set(this.causations.get(loanId) ?? []),
    };
  }

  async referenceCurveDays() {
    return new Set(this.curves.keys());
  }

  async recordReferenceCurve(curve: DemoCurvePlan) {
    this.tick(`RecordReferenceCurve ${curve.recordedOn.toString()}`);
    this.curves.set(curve.recordedOn.toString(), curve);
    return {};
  }

  async readMarker() {
    return [...this.marker];
  }

  async appendMarker() {
    this.marker.push({} as StoredEvent);
    return { position: 1 };
  }
}

/** The commands sent, sorted; the applications' and decisions' request ids are random (not the lifecycles'). */
const sentOf = (office: DecidingBackOffice) =>
  office.sent
    .map((s) =>
      /^(ApplyForLoan|ApproveLoan|RefuseLoan|WithdrawApplication) /.test(s)
        ? s.split(' ').slice(0, 2).join(' ')
        : s,
    )
    .sort();

/** Loans of every kind with their lifecycles: Impulskredieten, win-win loans, the PMV loans. */
function livingPortfolio(): DemoPortfolio {
  const full = buildDemoPortfolio();
  const impuls = full.loans.filter((l) => l.apply.productCode === 'impulskrediet').slice(0, 12);
  const winwin = full.loans.filter((l) => l.apply.productCode === 'winwinlening').slice(0, 6);
  const pmv = full.loans.filter((l) =>
    ['cofinanciering', 'startlening'].includes(l.apply.productCode),
  );
  return { ...full, inquiries: full.inquiries.slice(0, 3), loans: [...impuls, ...winwin, ...pmv] };
}

// The real decider over hundreds of loans: seconds alone, more beside other suites.
jest.setTimeout(60_000);

describe('loadDemoPortfolio: the lifecycles after the decisions', () => {
  const portfolio = livingPortfolio();
  const fresh = new DecidingBackOffice();
  let total = 0;

  beforeAll(async () => {
    const result = await loadDemoPortfolio(portfolio, fresh, { concurrency: 3 });
    if (result.outcome !== 'loaded') throw new Error('not loaded');
    total = result.commandsSent;
  });

  it('sends every loan its lifecycle after its decision, up to the demo today', () => {
    expect(total).toBe(fresh.sent.length);
    const types = new Set(fresh.sent.map((s) => s.split(' ')[0]));
    expect(types).toEqual(
      expect.objectContaining(new Set(['DisburseLoan', 'RepayInstalment', 'RecordReferenceCurve'])),
    );
    for (const loan of portfolio.loans.filter((l) => l.story?.disburseOn)) {
      expect(['active', 'repaid', 'defaulted', 'written-off']).toContain(
        fresh.states.get(loan.loanId)?.status,
      );
    }
    const paidOut = portfolio.loans.find((l) => l.story?.disburseOn)!;
    expect(fresh.states.get(paidOut.loanId)?.disbursement?.disbursedOn).toBeInstanceOf(LocalDate);
  });

  it.each([3, 40, 200, 0.75])(
    'resumes a run interrupted at command %p, each loan from its first step not recorded',
    async (at) => {
      const failAt = at < 1 ? Math.floor(total * at) : at;
      const office = new DecidingBackOffice();
      office.failAt = failAt;
      await expect(loadDemoPortfolio(portfolio, office, { concurrency: 3 })).rejects.toThrow(
        /the store went away/,
      );
      expect(office.marker).toHaveLength(0);
      office.failAt = undefined;
      const result = await loadDemoPortfolio(portfolio, office, { concurrency: 3 });
      expect(result.outcome).toBe('loaded');
      // Each command once, and the loans end as on a fresh run.
      expect(sentOf(office)).toEqual(sentOf(fresh));
      for (const [id, state] of fresh.states) {
        expect(office.states.get(id)?.status).toBe(state.status);
        expect(office.states.get(id)?.outstandingPrincipal.toString()).toBe(
          state.outstandingPrincipal.toString(),
        );
      }
    },
  );

  it('stops every lifecycle between two commands when aborted; the progress only moves forward', async () => {
    const office = new DecidingBackOffice();
    const controller = new AbortController();
    const seen: number[] = [];
    const progress = {
      start: jest.fn(),
      update: jest.fn((done: number) => {
        seen.push(done);
        if (
          done ===
          portfolio.inquiries.length + portfolio.curves.length + portfolio.loans.length + 2
        )
          controller.abort();
      }),
      stop: jest.fn(),
    };
    await expect(
      loadDemoPortfolio(portfolio, office, { progress, signal: controller.signal }),
    ).rejects.toBeInstanceOf(DemoInterruptedError);
    const again: number[] = [];
    await loadDemoPortfolio(portfolio, office, {
      progress: { start: jest.fn(), update: (d) => again.push(d), stop: jest.fn() },
    });
    for (const run of [seen, again]) {
      expect(run).toEqual([...run].sort((a, b) => a - b));
    }
    expect(again.at(-1)).toBe(progress.start.mock.calls[0][0]);
    expect(sentOf(office)).toEqual(sentOf(fresh));
  });
});
