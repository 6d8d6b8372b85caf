import { LocalDate } from '@js-joda/core';
import {
  addMonthsClamped,
  Money,
  type DefaultCause,
  type GuaranteeInput,
  type GuaranteeReleaseRefusalReasonCode,
} from '@loanbook/domain';
import type { ImpulskredietDemoApplication } from './intake';
import { DEMO_TODAY, workingDayFrom, type DefaultPlan, type DemoStory } from './lifecycle';
import { personName } from './names';
import { Prng } from './prng';
import type { WinwinDemoLoan } from './winwin';

/** The two days the README's report examples use: the seed's last day, and the demo's today. */
export const SEED_REPORT_DAY = LocalDate.of(2021, 5, 31);

const d = (iso: string) => LocalDate.parse(iso);

/** How many approved Impulskredieten the demo lets lapse (a real book has a few). */
export const IMPULSKREDIET_LAPSES = 5;

const RELEASE_REFUSALS: {
  reasons: GuaranteeReleaseRefusalReasonCode[];
  explanation: string;
}[] = [
  {
    reasons: ['open-commitments-covered'],
    explanation: 'De borg dekt nog het openstaande kapitaal van de lening.',
  },
  {
    reasons: ['known-payment-arrears', 'open-commitments-covered'],
    explanation: 'Er zijn achterstallige aflossingen; de borg blijft tot die betaald zijn.',
  },
  {
    reasons: ['adverse-financial-figures'],
    explanation:
      'De jaarrekening toont een verlies; zonder borg is het krediet onvoldoende gedekt.',
  },
];

export interface ImpulskredietStory {
  story: DemoStory;
  /** Securities the offer asks for (added to the approval). */
  guarantees?: GuaranteeInput[];
}

/** A guarantee of about half the amount, in whole hundreds. */
function halfOf(amount: Money): Money {
  return Money.ofCents((amount.cents / 2n / 10000n) * 10000n);
}

/**
 * What becomes of each Impulskrediet application after its decision. Deterministic; the roles
 * are handed out so that both report days (31 May 2021 and the demo's today) see loans in every
 * arrears bucket, defaults of each cause with their calls, recoveries and write-offs, early
 * repayments, guarantees released and releases refused.
 */
export function impulskredietStories(
  apps: readonly ImpulskredietDemoApplication[],
): Map<string, ImpulskredietStory> {
  const rng = Prng.fromKey('impulskrediet-lifecycle:v1');
  const out = new Map<string, ImpulskredietStory>();

  // Written refusal statements: a quarter of the refused ask for one, within weeks.
  for (const a of apps) {
    if (a.decision.kind !== 'refused') continue;
    if (rng.chance(25)) {
      out.set(a.key, {
        story: { writtenRefusalOn: workingDayFrom(a.decision.refusedOn.plusDays(rng.int(3, 30))) },
      });
    }
  }

  const approved = apps.filter((a) => a.decision.kind === 'approved');
  const lapsing = new Set(rng.shuffle(approved.map((a) => a.key)).slice(0, IMPULSKREDIET_LAPSES));
  type Loan = {
    app: ImpulskredietDemoApplication;
    disburseOn: LocalDate;
    maturity: LocalDate;
    story: DemoStory;
    guarantees?: GuaranteeInput[];
    role?: string;
  };
  const loans: Loan[] = [];
  for (const app of approved) {
    const approvedOn = (app.decision as { approvedOn: LocalDate }).approvedOn;
    // Guarantees: a third with a personal guarantee, a tenth with a real one.
    const kind = rng.weighted<'personal' | 'real' | 'none'>([
      ['personal', 35],
      ['real', 10],
      ['none', 55],
    ]);
    const guarantees: GuaranteeInput[] | undefined =
      kind === 'none'
        ? undefined
        : [
            {
              kind,
              guarantor:
                kind === 'personal' ? personName(rng) : `hypothecair mandaat ${app.borrower.name}`,
              amount: halfOf(app.amount),
            },
          ];
    if (lapsing.has(app.key)) {
      out.set(app.key, { story: { lapse: true }, guarantees });
      continue;
    }
    // Paid out within the offer's 30 days.
    const disburseOn = workingDayFrom(approvedOn.plusDays(rng.int(3, 24)));
    const loan: Loan = {
      app,
      disburseOn,
      maturity: addMonthsClamped(disburseOn, app.termMonths),
      story: {
        disburseOn,
        payments: {
          mode: 'instalments',
          delayDays: rng.weighted([
            [0, 80],
            [2, 12],
            [5, 8],
          ]),
        },
        releaseAfterRepaidDays: rng.int(5, 25),
      },
      guarantees,
    };
    loans.push(loan);
  }

  const runningOn = (day: LocalDate, l: Loan) =>
    l.disburseOn.isBefore(day.minusMonths(6)) && l.maturity.isAfter(day.plusMonths(2));
  const take = (n: number, ok: (l: Loan) => boolean, role: string): Loan[] => {
    const picked = rng.shuffle(loans.filter((l) => !l.role && ok(l))).slice(0, n);
    for (const l of picked) l.role = role;
    return picked;
  };
  const guaranteed = (l: Loan) => l.guarantees !== undefined;

  // Arrears on 31 May 2021, caught up later: the oldest unpaid instalment 1–30, 31–90 and over 90 days before.
  const seedDay = SEED_REPORT_DAY;
  const caughtUp: [number, number, number][] = [
    // [days before the day the gap starts, days after the day it is caught up, loans]
    [29, 20, 3],
    [85, 35, 3],
    [150, 70, 2],
  ];
  for (const [before, after, n] of caughtUp) {
    for (const l of take(
      n,
      (x) => runningOn(seedDay, x) && x.maturity.isAfter(seedDay.plusMonths(4)),
      `late-2021-${before}`,
    )) {
      // The instalments due from `from` are left unpaid, then all of them paid at once.
      const from = seedDay.minusDays(before);
      l.story.payments = {
        mode: 'instalments',
        gaps: [{ from, catchUpOn: seedDay.plusDays(after) }],
      };
    }
  }
  // Arrears on the demo's today: payments stop so that the oldest unpaid is 1–30, 31–90, over 90 days old.
  for (const [before, n] of [
    [29, 3],
    [85, 3],
    [150, 2],
  ] as const) {
    for (const l of take(n, (x) => runningOn(DEMO_TODAY, x), `arrears-today-${before}`)) {
      l.story.payments = { mode: 'instalments', stopOn: DEMO_TODAY.minusDays(before) };
    }
  }
  // Late and caught up, in the past.
  for (const l of take(12, (x) => x.maturity.isAfter(x.disburseOn.plusMonths(12)), 'late-past')) {
    const from = addMonthsClamped(l.disburseOn, rng.int(3, 9));
    l.story.payments = {
      mode: 'instalments',
      gaps: [{ from, catchUpOn: from.plusDays(rng.int(35, 75)) }],
    };
  }
  // Back-dated payments that reallocate.
  for (const l of take(4, (x) => x.maturity.isAfter(x.disburseOn.plusMonths(12)), 'back-dated')) {
    l.story.payments = {
      mode: 'instalments',
      backDatedFrom: addMonthsClamped(l.disburseOn, rng.int(2, 8)),
    };
  }
  // Early repayments: partial (the loan goes on with lower instalments) and full.
  const earlyIn = (from: LocalDate, to: LocalDate) => (l: Loan) =>
    l.disburseOn.isBefore(from.minusMonths(3)) && l.maturity.isAfter(to.plusMonths(3));
  for (const [from, to, n] of [
    [d('2018-01-01'), d('2019-06-30'), 3],
    [d('2022-01-01'), d('2022-06-15'), 2],
  ] as const) {
    for (const l of take(n, earlyIn(from, to), 'early-partial')) {
      l.story.earlyPartial = { after: from.plusDays(rng.int(0, 90)), percent: rng.int(20, 45) };
    }
    for (const l of take(n, earlyIn(from, to), 'early-full')) {
      l.story.earlyFull = { after: from.plusDays(rng.int(0, 90)) };
    }
  }
  // Releases refused, with their reasons, while the loan runs.
  for (const day of [seedDay, DEMO_TODAY]) {
    for (const l of take(2, (x) => guaranteed(x) && runningOn(day, x), 'release-refused')) {
      l.story.refuseRelease = {
        on: workingDayFrom(day.minusDays(rng.int(20, 120))),
        ...rng.pick(RELEASE_REFUSALS),
      };
    }
  }
  // Defaults of each cause, in January–February of both report years, with guarantee calls,
  // recoveries and write-offs within the report's period; and some earlier ones.
  const causes: DefaultCause[] = [
    'bankruptcy',
    'insolvency',
    'dissolution',
    'arrears',
    'death',
    'cessation',
  ];
  const defaultIn = (year: number, cause: DefaultCause, l: Loan): DefaultPlan => {
    const on = workingDayFrom(LocalDate.of(year, 1, 5).plusDays(rng.int(0, 45)));
    const plan: DefaultPlan = {
      cause,
      callAfterDays: 14,
      recoveries: [
        {
          afterDays: 30,
          source: l.guarantees?.[0].kind === 'personal' ? 'guarantor' : 'borrower',
          percent: 30,
        },
        { afterDays: 60, source: 'liquidation', percent: 20 },
      ],
      writeOffAfterDays: 95,
    };
    if (cause === 'arrears') {
      l.story.payments = { mode: 'instalments', stopOn: on.minusMonths(3).minusDays(20) };
      plan.afterDays = 5;
    } else {
      plan.on = on;
    }
    return plan;
  };
  for (const year of [2021, 2022]) {
    const day = LocalDate.of(year, 1, 1);
    causes.forEach((cause, i) => {
      // Half of them with a guarantee to call.
      const ok = (x: Loan) => runningOn(day, x) && (i % 2 === 0 ? guaranteed(x) : true);
      for (const l of take(1, ok, `default-${year}`)) l.story.default = defaultIn(year, cause, l);
    });
  }
  for (const l of take(4, (x) => x.maturity.isAfter(x.disburseOn.plusMonths(24)), 'default-past')) {
    const on = workingDayFrom(addMonthsClamped(l.disburseOn, rng.int(10, 20)));
    l.story.default = {
      cause: rng.pick(['bankruptcy', 'cessation', 'death'] as const),
      on,
      callAfterDays: 20,
      recoveries: [{ afterDays: 45, source: 'liquidation', percent: 25 }],
      writeOffAfterDays: 180,
    };
  }
  for (const l of loans) out.set(l.app.key, { story: l.story, guarantees: l.guarantees });
  return out;
}

/**
 * The win-win loans after registration: most paid out on the day they are registered and paid in
 * lumps on the two report days (everything due by then); some behind on either day, a few repaid
 * in full early, and defaults with the government guarantee's claim (40 % for these 2021 contracts).
 */
export function winwinStories(loans: readonly WinwinDemoLoan[]): Map<string, DemoStory> {
  const rng = Prng.fromKey('winwin-lifecycle:v1');
  const out = new Map<string, DemoStory>();
  const defaults2021: DefaultCause[] = ['bankruptcy', 'insolvency', 'dissolution'];
  const defaults2022: DefaultCause[] = [
    'bankruptcy',
    'insolvency',
    'dissolution',
    'cessation',
    'death',
    'arrears',
  ];
  // The January registrations default first (in April–May 2021).
  const january = rng.shuffle(
    loans
      .filter((l) => l.month === '2021-01' && l.repayment.frequency === 'monthly')
      .map((l) => l.key),
  );
  const early2021 = new Map(defaults2021.map((c, i) => [january[i], c]));
  const others = rng.shuffle(loans.filter((l) => !early2021.has(l.key)).map((l) => l.key));
  const late2022 = new Map(defaults2022.map((c, i) => [others[i], c]));
  const earlyFull = new Set(others.slice(10, 16));

  for (const loan of loans) {
    if (rng.chance(2)) continue; // registered, not yet paid out
    const disburseOn = loan.registeredOn;
    const lumps2021 = rng.weighted<LocalDate | undefined>([
      [SEED_REPORT_DAY, 95],
      [undefined, 5], // behind on 31 May 2021 (by the age of the loan: 1–30, 31–90, over 90 days)
    ]);
    const lumps2022 = rng.weighted<LocalDate | undefined>([
      [DEMO_TODAY, 94],
      [d('2022-06-01'), 2], // 1–30 days behind
      [d('2022-04-20'), 2], // 31–90 days behind
      [undefined, 2], // over 90 days behind
    ]);
    const story: DemoStory = {
      disburseOn,
      payments: {
        mode: 'lumps',
        lumpsOn: [lumps2021, lumps2022].filter((x): x is LocalDate => x !== undefined),
      },
    };
    const c2021 = early2021.get(loan.key);
    const c2022 = late2022.get(loan.key);
    if (c2021) {
      story.payments = { mode: 'lumps', lumpsOn: [] };
      story.default = {
        cause: c2021,
        on: workingDayFrom(d('2021-04-06').plusDays(rng.int(0, 20))),
        recoveries: [{ afterDays: 10, source: 'liquidation', percent: 10 }],
        claimAfterDays: 25,
      };
    } else if (c2022) {
      story.payments = { mode: 'lumps', lumpsOn: [SEED_REPORT_DAY, d('2021-10-29')] };
      story.default =
        c2022 === 'arrears'
          ? { cause: c2022, afterDays: 20, writeOffAfterDays: 60 }
          : {
              cause: c2022,
              on: workingDayFrom(d('2022-02-01').plusDays(rng.int(0, 40))),
              recoveries: [{ afterDays: 30, source: 'liquidation', percent: 15 }],
              ...(['bankruptcy', 'insolvency', 'dissolution'].includes(c2022)
                ? { claimAfterDays: 45 }
                : {}),
              writeOffAfterDays: 90,
            };
      if (c2022 === 'arrears') story.payments.stopOn = d('2021-11-01');
    } else if (earlyFull.has(loan.key)) {
      story.earlyFull = { after: SEED_REPORT_DAY.plusDays(1) };
    }
    out.set(loan.key, story);
  }
  return out;
}
