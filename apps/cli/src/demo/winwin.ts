import { LocalDate } from '@js-joda/core';
import {
  Money,
  parseMonth,
  type FlemishProvince,
  type RepaymentFrequency,
  type RepaymentMethod,
} from '@loanbook/domain';
import { workingDaysBetween, workingDaysOf } from './calendar';
import { demoEnterpriseNumber } from './enterprise-numbers';
import { demoId } from './ids';
import { companyName, personName, WINWIN_PURPOSES } from './names';
import { Prng } from './prng';

/**
 * Win-win registrations in the first five months of 2021 (DOMAIN.md 3.2, seed 001): for each
 * month and term, the number of loans and their principal, to the cent.
 */
export interface WinwinSeedCell {
  month: string;
  termYears: number;
  principal: string;
  loans: number;
}

export const WINWIN_SEED_TABLE: readonly WinwinSeedCell[] = Object.freeze([
  { month: '2021-01', termYears: 5, principal: '2874015.15', loans: 448 },
  { month: '2021-01', termYears: 6, principal: '345000.00', loans: 14 },
  { month: '2021-01', termYears: 7, principal: '265000.00', loans: 7 },
  { month: '2021-01', termYears: 8, principal: '2398821.00', loans: 76 },
  { month: '2021-01', termYears: 9, principal: '70000.00', loans: 2 },
  { month: '2021-01', termYears: 10, principal: '3643420.00', loans: 97 },
  { month: '2021-02', termYears: 5, principal: '4914035.00', loans: 220 },
  { month: '2021-02', termYears: 6, principal: '222650.00', loans: 14 },
  { month: '2021-02', termYears: 7, principal: '1051500.00', loans: 34 },
  { month: '2021-02', termYears: 8, principal: '2405186.00', loans: 113 },
  { month: '2021-02', termYears: 10, principal: '5618790.00', loans: 175 },
  { month: '2021-03', termYears: 5, principal: '5926190.00', loans: 466 },
  { month: '2021-03', termYears: 6, principal: '310000.00', loans: 12 },
  { month: '2021-03', termYears: 7, principal: '1048500.00', loans: 33 },
  { month: '2021-03', termYears: 8, principal: '2980000.00', loans: 178 },
  { month: '2021-03', termYears: 9, principal: '15000.00', loans: 1 },
  { month: '2021-03', termYears: 10, principal: '7686500.00', loans: 313 },
  { month: '2021-04', termYears: 5, principal: '4027360.00', loans: 404 },
  { month: '2021-04', termYears: 6, principal: '154020.48', loans: 7 },
  { month: '2021-04', termYears: 7, principal: '623000.00', loans: 27 },
  { month: '2021-04', termYears: 8, principal: '2074050.00', loans: 109 },
  { month: '2021-04', termYears: 9, principal: '125000.00', loans: 2 },
  { month: '2021-04', termYears: 10, principal: '4648600.00', loans: 146 },
  { month: '2021-05', termYears: 5, principal: '4297253.40', loans: 275 },
  { month: '2021-05', termYears: 6, principal: '313551.20', loans: 9 },
  { month: '2021-05', termYears: 7, principal: '239500.00', loans: 8 },
  { month: '2021-05', termYears: 8, principal: '1898000.00', loans: 108 },
  { month: '2021-05', termYears: 10, principal: '3505000.00', loans: 95 },
]);

/** The limits the demo stays inside (from 7 October 2020, DOMAIN.md 3.2). */
export const WINWIN_DEMO_LIMITS = Object.freeze({
  minAmount: Money.parse('1000.00'),
  /** Per lender; each demo loan has its own lender, so this is also the most one loan may be. */
  maxPerLender: Money.parse('75000.00'),
  maxPerBorrower: Money.parse('300000.00'),
});

/** Rates inside both the 2020 (0.875 %–1.75 %) and the 2021 (0.75 %–1.5 %) bands. */
export const WINWIN_DEMO_RATES = ['0.01', '0.0125', '0.015'] as const;

export type DemoLenderRelation = 'friend' | 'family' | 'none';

export interface DemoBorrower {
  enterpriseNumber: string;
  name: string;
  province: FlemishProvince;
}

export interface DemoLender {
  id: string;
  name: string;
  relationToBorrower: DemoLenderRelation;
}

/** One win-win loan of the demo: applied for (deed received), then registered (approved). */
export interface WinwinDemoLoan {
  /** Stable key, e.g. `winwin/2021-01/5y/001`; the loan id is derived from it. */
  key: string;
  loanId: string;
  /** The registration month and the term, the cell of the seed table the loan belongs to. */
  month: string;
  termYears: number;
  termMonths: number;
  amount: Money;
  borrower: DemoBorrower;
  lender: DemoLender;
  annualRate: (typeof WINWIN_DEMO_RATES)[number];
  signedOn: LocalDate;
  /** The day the registrar received the deed. */
  appliedOn: LocalDate;
  /** The registration date: the approval. */
  registeredOn: LocalDate;
  repayment: { method: RepaymentMethod; frequency: RepaymentFrequency };
  purpose: string;
}

const UNIT = 10_000n; // EUR 100.00 in cents: amounts are whole hundreds ...
const ROUND_UNITS = 5n; // ... and mostly whole five hundreds.
const MIN_UNITS = WINWIN_DEMO_LIMITS.minAmount.cents / UNIT;
const MAX_UNITS = WINWIN_DEMO_LIMITS.maxPerLender.cents / UNIT;

/**
 * Splits a cell's principal (in cents) into `count` amounts that add up to it exactly, each
 * from EUR 1,000.00 to EUR 75,000.00. Amounts are multiples of EUR 500.00 except on one loan,
 * which takes what is left: a multiple of EUR 100.00 plus the cents. Deterministic for a given
 * generator state. Only bigint arithmetic touches amounts.
 */
export function splitPrincipal(totalCents: bigint, count: number, rng: Prng): bigint[] {
  if (!Number.isSafeInteger(count) || count < 1)
    throw new RangeError(`cannot split into ${count} loans`);
  const n = BigInt(count);
  const cents = totalCents % UNIT;
  const units = totalCents / UNIT;
  if (
    totalCents < 0n ||
    units < MIN_UNITS * n ||
    units > MAX_UNITS * n ||
    (cents > 0n && units === MAX_UNITS * n)
  ) {
    throw new RangeError(
      `${Money.ofCents(totalCents).toString()} cannot be split into ${count} loans of ${WINWIN_DEMO_LIMITS.minAmount.toString()} to ${WINWIN_DEMO_LIMITS.maxPerLender.toString()}`,
    );
  }
  // Right-skewed weights (many small loans, a few large ones), scaled to the cell's total.
  const weights = Array.from({ length: count }, () => {
    const u = BigInt(rng.int(0, 999));
    return 400n + (u * u) / 625n;
  });
  const weightSum = weights.reduce((a, b) => a + b, 0n);
  const clamp = (k: bigint) => (k < MIN_UNITS ? MIN_UNITS : k > MAX_UNITS ? MAX_UNITS : k);
  const k = weights.map((w) =>
    clamp((((units * w) / weightSum + ROUND_UNITS / 2n) / ROUND_UNITS) * ROUND_UNITS),
  );

  // Move the difference in steps of EUR 500.00 over the loans, in a shuffled order.
  const order = rng.shuffle(k.map((_, i) => i));
  let diff = units - k.reduce((a, b) => a + b, 0n);
  while (diff >= ROUND_UNITS || diff <= -ROUND_UNITS) {
    let moved = false;
    for (const i of order) {
      if (diff >= ROUND_UNITS && k[i] + ROUND_UNITS <= MAX_UNITS) {
        k[i] += ROUND_UNITS;
        diff -= ROUND_UNITS;
        moved = true;
      } else if (diff <= -ROUND_UNITS && k[i] - ROUND_UNITS >= MIN_UNITS) {
        k[i] -= ROUND_UNITS;
        diff += ROUND_UNITS;
        moved = true;
      }
      if (diff < ROUND_UNITS && diff > -ROUND_UNITS) break;
    }
    if (!moved) throw new Error('unreachable: no loan can take the difference');
  }
  // The last hundreds and the cents go to one loan that has room for them.
  const extraCents = cents > 0n ? 1n : 0n;
  const odd = order.find((i) => k[i] + diff >= MIN_UNITS && k[i] + diff + extraCents <= MAX_UNITS);
  if (odd === undefined) throw new Error('unreachable: no loan can take the remainder');
  k[odd] += diff;
  return k.map((units, i) => units * UNIT + (i === odd ? cents : 0n));
}

/**
 * Provinces by rank within a cell, largest amount first: Limburg takes the top tenth (so it has
 * the highest average amount), the rest follow a fixed pattern in which Antwerpen has the
 * largest share (so it has the most loans).
 */
const PROVINCE_PATTERN: readonly FlemishProvince[] = [
  'Antwerpen',
  'Oost-Vlaanderen',
  'West-Vlaanderen',
  'Vlaams-Brabant',
  'Antwerpen',
  'Oost-Vlaanderen',
  'Antwerpen',
  'West-Vlaanderen',
  'Vlaams-Brabant',
  'Oost-Vlaanderen',
  'Antwerpen',
  'Limburg',
  'West-Vlaanderen',
  'Antwerpen',
  'Oost-Vlaanderen',
  'Vlaams-Brabant',
  'Antwerpen',
  'West-Vlaanderen',
  'Oost-Vlaanderen',
  'Antwerpen',
];

export function provinceByRank(rank: number, count: number): FlemishProvince {
  const top = Math.ceil(count / 10);
  return rank < top ? 'Limburg' : PROVINCE_PATTERN[(rank - top) % PROVINCE_PATTERN.length];
}

const PROVINCE_ORDER: readonly FlemishProvince[] = [
  'Antwerpen',
  'Limburg',
  'Oost-Vlaanderen',
  'West-Vlaanderen',
  'Vlaams-Brabant',
];

/** First eight digits of the win-win borrowers' enterprise numbers: 0410.000.0xx and up. */
const WINWIN_BORROWER_SERIAL_BASE = 4_100_000;
const WINWIN_BORROWER_SERIAL_STEP = 137;

type Draft = Omit<WinwinDemoLoan, 'borrower' | 'lender' | 'key' | 'loanId'> & {
  key: string;
  province: FlemishProvince;
  relation: DemoLenderRelation;
  lenderName: string;
};

/**
 * The demo's win-win loans: every cell of the seed table exactly, ordered by registration date
 * (then key). Pure and deterministic: the same list on every call.
 */
export function generateWinwinLoans(
  table: readonly WinwinSeedCell[] = WINWIN_SEED_TABLE,
): WinwinDemoLoan[] {
  const drafts: Draft[] = [];
  for (const cell of table) {
    const rng = Prng.fromKey(`winwin:${cell.month}:${cell.termYears}`);
    const month = parseMonth(cell.month);
    const workingDays = workingDaysOf(month);
    const amounts = splitPrincipal(Money.parse(cell.principal).cents, cell.loans, rng);
    const ranked = amounts
      .map((cents, i) => ({ cents, i }))
      .sort((a, b) => (a.cents === b.cents ? a.i - b.i : a.cents > b.cents ? -1 : 1));
    const provinces: FlemishProvince[] = [];
    ranked.forEach(({ i }, rank) => (provinces[i] = provinceByRank(rank, cell.loans)));

    amounts.forEach((cents, i) => {
      const registeredOn = rng.pick(workingDays);
      const signedOn = registeredOn.minusDays(rng.int(5, 60));
      // The registrar receives the deed on a working day between signing and registration.
      const receivable = workingDaysBetween(signedOn.plusDays(1), registeredOn.minusDays(1));
      const appliedOn =
        receivable.length > 0
          ? rng.pick(receivable)
          : signedOn.plusDays(rng.int(1, registeredOn.toEpochDay() - signedOn.toEpochDay() - 1));
      drafts.push({
        key: `winwin/${cell.month}/${cell.termYears}y/${String(i + 1).padStart(3, '0')}`,
        month: cell.month,
        termYears: cell.termYears,
        termMonths: cell.termYears * 12,
        amount: Money.ofCents(cents),
        province: provinces[i],
        relation: rng.weighted<DemoLenderRelation>([
          ['friend', 50],
          ['family', 35],
          ['none', 15],
        ]),
        lenderName: personName(rng),
        annualRate: rng.weighted([
          [WINWIN_DEMO_RATES[0], 30],
          [WINWIN_DEMO_RATES[1], 30],
          [WINWIN_DEMO_RATES[2], 40],
        ]),
        signedOn,
        appliedOn,
        registeredOn,
        repayment: rng.weighted<WinwinDemoLoan['repayment']>([
          [{ method: 'annuity', frequency: 'monthly' }, 70],
          [{ method: 'linear', frequency: 'quarterly' }, 20],
          [{ method: 'bullet', frequency: 'annual' }, 10],
        ]),
        purpose: rng.pick(WINWIN_PURPOSES),
      });
    });
  }

  // Borrowers: per month and province, the loans in a shuffled order, taken 1 to 3 at a time.
  // Three loans of at most EUR 75,000.00 stay well under the EUR 300,000.00 per borrower.
  const borrowers = new Map<string, DemoBorrower>();
  let serial = 0;
  const months = [...new Set(drafts.map((d) => d.month))];
  for (const month of months) {
    for (const province of PROVINCE_ORDER) {
      const rng = Prng.fromKey(`winwin-borrowers:${month}:${province}`);
      const loans = rng.shuffle(drafts.filter((d) => d.month === month && d.province === province));
      for (let i = 0; i < loans.length;) {
        const size = rng.weighted([
          [1, 70],
          [2, 20],
          [3, 10],
        ]);
        const borrower: DemoBorrower = {
          enterpriseNumber: demoEnterpriseNumber(
            WINWIN_BORROWER_SERIAL_BASE + serial * WINWIN_BORROWER_SERIAL_STEP,
          ),
          name: companyName(rng),
          province,
        };
        serial += 1;
        for (const d of loans.slice(i, i + size)) borrowers.set(d.key, borrower);
        i += size;
      }
    }
  }

  const loans = drafts.map(
    ({ province: _p, relation, lenderName, ...d }, index): WinwinDemoLoan => ({
      ...d,
      loanId: demoId(d.key),
      borrower: borrowers.get(d.key)!,
      lender: {
        id: `demo-lender-${String(index + 1).padStart(5, '0')}`,
        name: lenderName,
        relationToBorrower: relation,
      },
    }),
  );
  return loans.sort(
    (a, b) =>
      a.registeredOn.compareTo(b.registeredOn) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
