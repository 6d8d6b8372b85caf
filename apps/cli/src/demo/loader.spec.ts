import { RuleViolationError, type LoanCommand, type LoanStatus } from '@loanbook/domain';
import type { StoredEvent } from '@loanbook/event-store';
import {
  DemoInterruptedError,
  DemoLoadError,
  fileNumberLanes,
  loadDemoPortfolio,
  type DemoLoaderPorts,
  type DemoMarkerData,
  type DemoRequestMeta,
} from './loader';
import { buildDemoPortfolio, type DemoPortfolio } from './portfolio';

/** An in-memory back office: loans and inquiries as statuses, a marker stream, a command log. */
class FakeBackOffice implements DemoLoaderPorts {
  loans = new Map<string, LoanStatus>();
  inquiries = new Set<string>();
  marker: StoredEvent[] = [];
  sent: { command: string; meta: DemoRequestMeta }[] = [];
  reads = 0;
  /** Throws on the n-th command (1-based), like a crash in the middle of a run. */
  failAt?: number;
  refuse?: (command: LoanCommand) => Error | undefined;

  private tick(label: string, meta: DemoRequestMeta): void {
    if (this.failAt !== undefined && this.sent.length + 1 >= this.failAt)
      throw new Error('the store went away');
    this.sent.push({ command: label, meta });
  }

  async executeLoanCommand(command: LoanCommand, meta: DemoRequestMeta): Promise<unknown> {
    const refusal = this.refuse?.(command);
    if (refusal) throw refusal;
    const status = this.loans.get(command.loanId) ?? 'none';
    const next: Partial<Record<LoanCommand['type'], [LoanStatus, LoanStatus]>> = {
      ApplyForLoan: ['none', 'applied'],
      ApproveLoan: ['applied', 'approved'],
      RefuseLoan: ['applied', 'refused'],
      WithdrawApplication: ['applied', 'withdrawn'],
      DisburseLoan: ['approved', 'active'],
    };
    const [from, to] = next[command.type]!;
    if (status !== from) throw new Error(`409: ${command.type} on a loan that is ${status}`);
    this.tick(`${command.type} ${command.loanId}`, meta);
    this.loans.set(command.loanId, to);
    return {};
  }

  async registerInquiry(command: { inquiryId: string }, meta: DemoRequestMeta): Promise<unknown> {
    if (this.inquiries.has(command.inquiryId)) throw new Error('409: already registered');
    this.tick(`RegisterInquiry ${command.inquiryId}`, meta);
    this.inquiries.add(command.inquiryId);
    return {};
  }

  async loanStatus(loanId: string): Promise<LoanStatus> {
    this.reads += 1;
    return this.loans.get(loanId) ?? 'none';
  }

  async loadLoan(): Promise<never> {
    throw new Error(
      'the small portfolio has no lifecycle: lifecycle.spec.ts runs it on the real decider',
    );
  }

  async referenceCurveDays(): Promise<ReadonlySet<string>> {
    return new Set();
  }

  async recordReferenceCurve(): Promise<unknown> {
    throw new Error('the small portfolio records no curve');
  }

  async inquiryExists(inquiryId: string): Promise<boolean> {
    this.reads += 1;
    return this.inquiries.has(inquiryId);
  }

  async readMarker(): Promise<StoredEvent[]> {
    return [...this.marker];
  }

  async appendMarker(data: DemoMarkerData, expectedVersion: number): Promise<{ position: number }> {
    expect(expectedVersion).toBe(this.marker.length);
    this.marker.push({
      eventId: 'e',
      type: 'DemoPortfolioLoaded',
      data,
      metadata: {
        effectiveOn: '2025-01-01',
        recordedAt: '2025-01-01T10:00:00.000Z',
        schemaVersion: 1,
      },
      streamId: 'demo-portfolio',
      streamVersion: this.marker.length + 1,
      globalPosition: 99,
      transactionId: '1',
    });
    return { position: 99 };
  }
}

/**
 * A slice of the real portfolio: some inquiries, Impulskrediet loans of every outcome, win-win
 * loans, up to their decisions (their lifecycles are lifecycle.spec.ts's).
 */
function smallPortfolio(): DemoPortfolio {
  const full = buildDemoPortfolio();
  const decided = full.loans.map(({ story: _story, ...l }) => l);
  const impuls = decided.filter((l) => l.apply.productCode === 'impulskrediet').slice(0, 30);
  const winwin = decided.filter((l) => l.apply.productCode === 'winwinlening').slice(0, 20);
  return {
    ...full,
    curves: [],
    inquiries: full.inquiries.slice(0, 25),
    loans: [...impuls, ...winwin],
  };
}

describe('loadDemoPortfolio', () => {
  const portfolio = smallPortfolio();
  const commandCount = portfolio.inquiries.length + 2 * portfolio.loans.length;

  it('sends every command once on a fresh store, reads no loan, and writes the marker', async () => {
    const office = new FakeBackOffice();
    const result = await loadDemoPortfolio(portfolio, office);
    expect(result).toMatchObject({
      outcome: 'loaded',
      commandsSent: commandCount,
      itemsFoundAlready: 0,
    });
    expect(office.sent).toHaveLength(commandCount);
    expect(office.reads).toBe(0);
    expect(office.marker).toHaveLength(1);
    expect(office.marker[0].data).toMatchObject({
      version: 'demo-portfolio-v1',
      winwinLoans: 3393,
      commandsSent: commandCount,
    });
    for (const { meta } of office.sent) {
      expect(['demo-clerk', 'demo-officer']).toContain(meta.actor);
      expect(meta.correlationId).toBe('demo-portfolio-v1');
      expect(meta.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(new Set(office.sent.map((s) => s.meta.requestId)).size).toBe(commandCount);
    // Each loan: its application, then its decision.
    for (const loan of portfolio.loans) {
      const mine = office.sent
        .filter((s) => s.command.endsWith(loan.loanId))
        .map((s) => s.command.split(' ')[0]);
      expect(mine).toEqual(['ApplyForLoan', loan.decision!.type]);
    }
  });

  it('sends each file-number series its applications in the portfolio order, the series concurrently', async () => {
    const office = new FakeBackOffice();
    await loadDemoPortfolio(portfolio, office, { concurrency: 4 });
    const applied = office.sent
      .filter((s) => s.command.startsWith('ApplyForLoan '))
      .map((s) => s.command.split(' ')[1]);
    const lanes = fileNumberLanes(portfolio.loans);
    expect(lanes.map((l) => l.length).reduce((a, b) => a + b)).toBe(portfolio.loans.length);
    for (const lane of lanes) {
      const ids = lane.map((l) => l.loanId);
      expect(applied.filter((id) => ids.includes(id))).toEqual(ids);
    }
    // Another order than the portfolio's overall: more than one series went at a time.
    expect(applied).not.toEqual(portfolio.loans.map((l) => l.loanId));
  });

  it('stops at once when the marker is there: a second run adds nothing', async () => {
    const office = new FakeBackOffice();
    await loadDemoPortfolio(portfolio, office);
    const before = office.sent.length;
    const again = await loadDemoPortfolio(portfolio, office);
    expect(again.outcome).toBe('already-loaded');
    expect(office.sent).toHaveLength(before);
    expect(office.marker).toHaveLength(1);
  });

  it.each([5, 25, 26, 40, 41, commandCount])(
    'resumes a run interrupted at command %i, sending only what is missing',
    async (failAt) => {
      const office = new FakeBackOffice();
      office.failAt = failAt;
      const progress = { start: jest.fn(), update: jest.fn(), stop: jest.fn() };
      await expect(loadDemoPortfolio(portfolio, office, { progress })).rejects.toThrow(
        /the store went away/,
      );
      expect(progress.stop).toHaveBeenCalled();
      expect(office.marker).toHaveLength(0);
      expect(office.sent).toHaveLength(failAt - 1);

      office.failAt = undefined;
      const result = await loadDemoPortfolio(portfolio, office);
      expect(result).toMatchObject({
        outcome: 'loaded',
        commandsSent: commandCount - (failAt - 1),
      });
      expect(office.sent).toHaveLength(commandCount);
      expect(new Set(office.sent.map((s) => s.command)).size).toBe(commandCount);
      expect(office.inquiries.size).toBe(portfolio.inquiries.length);
      for (const loan of portfolio.loans) {
        expect(office.loans.get(loan.loanId)).toBe(
          {
            ApproveLoan: 'approved',
            RefuseLoan: 'refused',
            WithdrawApplication: 'withdrawn',
            DisburseLoan: 'active',
          }[loan.decision!.type],
        );
      }
    },
  );

  it('stops between two items when aborted, and a rerun finishes the job', async () => {
    const office = new FakeBackOffice();
    const controller = new AbortController();
    const progress = {
      start: jest.fn(),
      update: jest.fn((done: number) => {
        if (done === 30) controller.abort();
      }),
      stop: jest.fn(),
    };
    const stopped = loadDemoPortfolio(portfolio, office, { progress, signal: controller.signal });
    await expect(stopped).rejects.toBeInstanceOf(DemoInterruptedError);
    await expect(stopped).rejects.toThrow(/interrupted after 30 of 75 demo items/);
    expect(progress.stop).toHaveBeenCalled();
    expect(office.marker).toHaveLength(0);
    const result = await loadDemoPortfolio(portfolio, office);
    expect(result).toMatchObject({ outcome: 'loaded', itemsFoundAlready: 30 });
    expect(office.sent).toHaveLength(commandCount);
  });

  it('names the item and every broken rule when a command is refused, and writes no marker', async () => {
    const office = new FakeBackOffice();
    const target = portfolio.loans[3];
    office.refuse = (c) =>
      c.loanId === target.loanId && c.type === 'ApplyForLoan'
        ? new RuleViolationError([{ rule: 'amount-above-maximum', message: 'too much' }])
        : undefined;
    const failure = loadDemoPortfolio(portfolio, office);
    await expect(failure).rejects.toBeInstanceOf(DemoLoadError);
    await expect(loadDemoPortfolio(portfolio, office)).rejects.toThrow(
      `ApplyForLoan for demo item ${target.key} failed: amount-above-maximum: too much`,
    );
    expect(office.marker).toHaveLength(0);
  });

  it('refuses to resume over a loan that ended otherwise than the demo has it', async () => {
    const office = new FakeBackOffice();
    const target = portfolio.loans.find((l) => l.decision?.type === 'ApproveLoan')!;
    office.loans.set(target.loanId, 'refused');
    await expect(loadDemoPortfolio(portfolio, office)).rejects.toThrow(/is refused, not approved/);
  });
});
