import { LocalDate } from '@js-joda/core';
import {
  decide,
  defaultCatalogue,
  evolve,
  fixedClock,
  kindForTenor,
  MarketRate,
  Money,
  referenceCurve,
  type DecisionContext,
  type LoanCommand,
  type LoanState,
  foldLoan,
} from '@loanbook/domain';
import { DEMO_REFERENCE_CURVES } from './extras';
import { DEMO_TODAY, lifecycleSteps } from './lifecycle';
import { buildDemoPortfolio, type DemoLoanPlan } from './portfolio';

const ctx: DecisionContext = {
  catalogue: defaultCatalogue(),
  clock: fixedClock('2026-11-21T10:00:00Z'),
  winwinExposure: { borrowerRegistered: Money.zero(), lenderRegistered: Money.zero() },
};

/** The curve in force on a day, as the back office's decision inputs add it to an approval. */
function withCurve(command: LoanCommand): LoanCommand {
  if (command.type !== 'ApproveLoan') return command;
  const curve = DEMO_REFERENCE_CURVES.filter((c) => !c.recordedOn.isAfter(command.approvedOn)).at(
    -1,
  );
  if (!curve) return command;
  return {
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

/** The loan through the real decider: its application, decision and every lifecycle step. */
function live(plan: DemoLoanPlan): {
  state: LoanState;
  types: string[];
  dates: string[];
  events: string[];
} {
  let state = foldLoan([]);
  const events: string[] = [];
  const run = (command: LoanCommand) => {
    for (const e of decide(withCurve(command), state, ctx)) {
      state = evolve(state, e);
      events.push(e.type);
    }
  };
  run(plan.apply);
  if (plan.decision) run(plan.decision);
  const steps = lifecycleSteps(plan.loanId, plan.story!, state);
  const types: string[] = [];
  const dates: string[] = [];
  for (const step of steps) {
    for (const v of Object.values(step.command)) {
      if (v instanceof LocalDate) dates.push(v.toString());
    }
    try {
      run(step.command);
    } catch (error) {
      throw new Error(`${plan.key}: ${step.command.type} refused: ${String(error)}`, {
        cause: error,
      });
    }
    types.push(step.command.type);
  }
  return { state, types, dates, events };
}

// The real decider over hundreds of loans: seconds alone, more beside other suites.
jest.setTimeout(60_000);

describe('the demo loans after their decisions (lifecycleSteps on the real decider)', () => {
  const portfolio = buildDemoPortfolio();
  const withStory = portfolio.loans.filter((l) => l.story);
  // Every Impulskrediet, co-financing and start loan, and every 10th win-win loan.
  const sample = withStory.filter(
    (l, i) => l.apply.productCode !== 'winwinlening' || i % 10 === 0 || l.story?.default,
  );
  const lives = new Map(sample.map((l) => [l.key, live(l)]));
  const all = [...lives.values()];
  const count = (type: string) =>
    all.reduce((n, l) => n + l.types.filter((t) => t === type).length, 0);

  it('sends only commands the back office accepts, each dated by the demo today at the latest', () => {
    expect(lives.size).toBe(sample.length);
    const dates = all.flatMap((l) => l.dates);
    expect(dates.length).toBeGreaterThan(5000);
    expect(dates.filter((d) => d > DEMO_TODAY.toString())).toEqual([]);
  });

  it('disburses, repays, lapses a few, repays early, refuses and releases guarantees, defaults and claims', () => {
    expect(count('DisburseLoan')).toBeGreaterThan(400);
    expect(count('LapseOffer')).toBe(5);
    expect(count('RepayInstalment')).toBeGreaterThan(4000);
    expect(count('RepayEarly')).toBeGreaterThanOrEqual(8);
    expect(count('ReleaseGuarantee')).toBeGreaterThan(10);
    expect(count('RefuseGuaranteeRelease')).toBeGreaterThanOrEqual(3);
    expect(count('RequestWrittenRefusal')).toBeGreaterThan(20);
    expect(count('DeclareDefault')).toBeGreaterThanOrEqual(20);
    expect(count('CallGuarantee')).toBeGreaterThan(3);
    expect(count('RecordRecovery')).toBeGreaterThan(10);
    expect(count('WriteOffLoan')).toBeGreaterThan(10);
    expect(count('ClaimGovernmentGuarantee')).toBeGreaterThanOrEqual(8);
    // A few payments entered late, dated before others: the ledger reallocates those.
    expect(all.some((l) => l.events.includes('RepaymentsReallocated'))).toBe(true);
    const causes = new Set(all.map((l) => l.state.default?.cause).filter(Boolean));
    expect([...causes].sort()).toEqual(
      ['arrears', 'bankruptcy', 'cessation', 'death', 'dissolution', 'insolvency'].sort(),
    );
    // 40 % for the 2021 contracts, 30 % for those of 2022.
    const shares = new Set(
      all
        .filter((l) => l.state.governmentClaim)
        .map((l) =>
          l.state
            .governmentClaim!.claim.toDecimal()
            .dividedBy(l.state.governmentClaim!.principalLost.toDecimal())
            .toFixed(2),
        ),
    );
    expect([...shares].sort()).toEqual(['0.30', '0.40']);
  });

  it('gives every loan the same steps on every run, and no offer left to lapse on the first start', () => {
    for (const l of sample.slice(0, 20)) expect(live(l).types).toEqual(lives.get(l.key)!.types);
    const impuls = all.filter((l) => l.state.application?.productCode !== 'winwinlening');
    expect(impuls.filter((l) => l.state.status === 'approved')).toEqual([]);
  });
});
