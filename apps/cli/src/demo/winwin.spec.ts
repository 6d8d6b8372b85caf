import { ChronoUnit, DayOfWeek, LocalDate } from '@js-joda/core';
import { isValidEnterpriseNumber, Money, parseEnterpriseNumber } from '@loanbook/domain';
import { Prng } from './prng';
import { generateWinwinLoans, splitPrincipal, type WinwinDemoLoan } from './winwin';

/**
 * DOMAIN.md 3.2, copied row by row as it is written there (not the generator's constant):
 * month, terms, principals, loans.
 */
const DOMAIN_TABLE: readonly [string, string, string, string][] = [
  [
    '2021-01',
    '5 / 6 / 7 / 8 / 9 / 10',
    '2,874,015.15 / 345,000.00 / 265,000.00 / 2,398,821.00 / 70,000.00 / 3,643,420.00',
    '448 / 14 / 7 / 76 / 2 / 97',
  ],
  [
    '2021-02',
    '5 / 6 / 7 / 8 / 10',
    '4,914,035.00 / 222,650.00 / 1,051,500.00 / 2,405,186.00 / 5,618,790.00',
    '220 / 14 / 34 / 113 / 175',
  ],
  [
    '2021-03',
    '5 / 6 / 7 / 8 / 9 / 10',
    '5,926,190.00 / 310,000.00 / 1,048,500.00 / 2,980,000.00 / 15,000.00 / 7,686,500.00',
    '466 / 12 / 33 / 178 / 1 / 313',
  ],
  [
    '2021-04',
    '5 / 6 / 7 / 8 / 9 / 10',
    '4,027,360.00 / 154,020.48 / 623,000.00 / 2,074,050.00 / 125,000.00 / 4,648,600.00',
    '404 / 7 / 27 / 109 / 2 / 146',
  ],
  [
    '2021-05',
    '5 / 6 / 7 / 8 / 10',
    '4,297,253.40 / 313,551.20 / 239,500.00 / 1,898,000.00 / 3,505,000.00',
    '275 / 9 / 8 / 108 / 95',
  ],
];

const MONTH_TOTALS: readonly [string, string, number][] = [
  ['2021-01', '9,596,256.15', 644],
  ['2021-02', '14,212,161.00', 556],
  ['2021-03', '17,966,190.00', 1003],
  ['2021-04', '11,652,030.48', 695],
  ['2021-05', '10,253,304.60', 495],
];

const eur = (text: string): Money => Money.parse(text.replace(/,/g, ''));
const split = (text: string) => text.split(' / ');

interface Expected {
  month: string;
  termYears: number;
  principal: Money;
  loans: number;
}
const expectedCells: Expected[] = DOMAIN_TABLE.flatMap(([month, terms, principals, loans]) => {
  const t = split(terms);
  const p = split(principals);
  const n = split(loans);
  expect(p).toHaveLength(t.length);
  expect(n).toHaveLength(t.length);
  return t.map((term, i) => ({
    month,
    termYears: Number(term),
    principal: eur(p[i]),
    loans: Number(n[i]),
  }));
});

const cellKey = (month: string, termYears: number) => `${month} ${termYears}y`;

function sumOf(loans: readonly WinwinDemoLoan[]): Money {
  return Money.sum(loans.map((l) => l.amount));
}

describe('the demo win-win loans', () => {
  const loans = generateWinwinLoans();

  it('reproduce every cell of the seed table exactly, and nothing else', () => {
    const byCell = new Map<string, WinwinDemoLoan[]>();
    for (const l of loans) {
      const key = cellKey(l.registeredOn.toString().slice(0, 7), l.termMonths / 12);
      byCell.set(key, [...(byCell.get(key) ?? []), l]);
    }
    expect([...byCell.keys()].sort()).toEqual(
      expectedCells.map((c) => cellKey(c.month, c.termYears)).sort(),
    );
    for (const c of expectedCells) {
      const inCell = byCell.get(cellKey(c.month, c.termYears))!;
      expect({
        cell: cellKey(c.month, c.termYears),
        loans: inCell.length,
        principal: sumOf(inCell).toString(),
      }).toEqual({
        cell: cellKey(c.month, c.termYears),
        loans: c.loans,
        principal: c.principal.toString(),
      });
    }
  });

  it('add up to 3,393 loans and EUR 63,679,942.23 (average 18,768.03), with the month totals of DOMAIN.md', () => {
    expect(loans).toHaveLength(3393);
    const total = sumOf(loans);
    expect(total.toString()).toBe('63679942.23');
    expect(Money.fromDecimal(total.dividedBy(loans.length)).toString()).toBe('18768.03');
    for (const [month, principal, count] of MONTH_TOTALS) {
      const inMonth = loans.filter((l) => l.registeredOn.toString().startsWith(month));
      expect([month, sumOf(inMonth).toString(), inMonth.length]).toEqual([
        month,
        eur(principal).toString(),
        count,
      ]);
    }
    expect(loans.filter((l) => l.termMonths === 60)).toHaveLength(1813);
    expect(loans.filter((l) => l.termMonths === 96)).toHaveLength(584);
  });

  it('keeps every amount from EUR 1,000.00 to EUR 75,000.00, round except for one loan per cell', () => {
    const min = Money.parse('1000.00');
    const max = Money.parse('75000.00');
    for (const l of loans) {
      expect(l.amount.gte(min) && l.amount.lte(max)).toBe(true);
    }
    const notRound = new Map<string, number>();
    for (const l of loans) {
      if (l.amount.cents % 50_000n !== 0n) {
        const key = cellKey(l.month, l.termYears);
        notRound.set(key, (notRound.get(key) ?? 0) + 1);
      }
    }
    for (const count of notRound.values()) expect(count).toBe(1);
  });

  it('gives each loan its own lender, a friend, family or unrelated, with a name', () => {
    const ids = new Set(loans.map((l) => l.lender.id));
    expect(ids.size).toBe(loans.length);
    for (const l of loans) {
      expect(l.lender.id).toMatch(/^demo-lender-\d{5}$/);
      expect(['friend', 'family', 'none']).toContain(l.lender.relationToBorrower);
      expect(l.lender.name).toMatch(/^\S+ \S.*$/);
    }
  });

  it('keeps every borrower at 1 to 3 loans, at most EUR 300,000.00, one name and province, a valid enterprise number', () => {
    const byBorrower = new Map<string, WinwinDemoLoan[]>();
    for (const l of loans) {
      byBorrower.set(l.borrower.enterpriseNumber, [
        ...(byBorrower.get(l.borrower.enterpriseNumber) ?? []),
        l,
      ]);
    }
    const limit = Money.parse('300000.00');
    for (const [number, own] of byBorrower) {
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(3);
      expect(sumOf(own).lte(limit)).toBe(true);
      expect(new Set(own.map((l) => `${l.borrower.name}|${l.borrower.province}`)).size).toBe(1);
      expect(isValidEnterpriseNumber(number)).toBe(true);
      expect(parseEnterpriseNumber(number)).toBe(number);
      // Independent check: 97 − (first eight mod 97).
      const digits = number.replace(/\./g, '');
      expect(digits[0]).toBe('0');
      expect(Number(digits.slice(8))).toBe(97 - (Number(digits.slice(0, 8)) % 97));
    }
    expect([...byBorrower.values()].some((own) => own.length > 1)).toBe(true);
  });

  it('has Antwerpen register the most loans and Limburg the highest average amount', () => {
    const stats = new Map<string, { loans: bigint; cents: bigint }>();
    for (const l of loans) {
      const s = stats.get(l.borrower.province) ?? { loans: 0n, cents: 0n };
      stats.set(l.borrower.province, { loans: s.loans + 1n, cents: s.cents + l.amount.cents });
    }
    expect([...stats.keys()].sort()).toEqual([
      'Antwerpen',
      'Limburg',
      'Oost-Vlaanderen',
      'Vlaams-Brabant',
      'West-Vlaanderen',
    ]);
    const antwerpen = stats.get('Antwerpen')!;
    const limburg = stats.get('Limburg')!;
    for (const [province, s] of stats) {
      if (province !== 'Antwerpen') expect(antwerpen.loans > s.loans).toBe(true);
      // limburg.cents / limburg.loans > s.cents / s.loans, without division.
      if (province !== 'Limburg')
        expect(limburg.cents * s.loans > s.cents * limburg.loans).toBe(true);
    }
  });

  it('dates each loan: registered on a working day of its month, signed 5 to 60 days before, the deed received in between', () => {
    for (const l of loans) {
      expect(l.registeredOn.toString().slice(0, 7)).toBe(l.month);
      expect([DayOfWeek.SATURDAY, DayOfWeek.SUNDAY]).not.toContain(l.registeredOn.dayOfWeek());
      const days = l.signedOn.until(l.registeredOn, ChronoUnit.DAYS);
      expect(days).toBeGreaterThanOrEqual(5);
      expect(days).toBeLessThanOrEqual(60);
      expect(l.appliedOn.isAfter(l.signedOn)).toBe(true);
      expect(l.appliedOn.isBefore(l.registeredOn)).toBe(true);
      expect(l.appliedOn.isAfter(l.signedOn.plusMonths(3))).toBe(false);
      // After the reform of 7 October 2020: 5 to 10 years, EUR 75,000 per lender.
      expect(l.signedOn.isBefore(LocalDate.of(2020, 10, 7))).toBe(false);
      expect(l.registeredOn.isBefore(LocalDate.of(2021, 6, 1))).toBe(true);
    }
    expect(loans.some((l) => l.signedOn.year() === 2020)).toBe(true);
    expect(new Set(loans.map((l) => l.registeredOn.toString())).size).toBeGreaterThan(90);
  });

  it('agrees rates inside both the 2020 and the 2021 band, and terms of whole years', () => {
    for (const l of loans) {
      expect(['0.01', '0.0125', '0.015']).toContain(l.annualRate);
      expect(l.termMonths).toBe(l.termYears * 12);
      expect(['annuity/monthly', 'linear/quarterly', 'bullet/annual']).toContain(
        `${l.repayment.method}/${l.repayment.frequency}`,
      );
    }
  });

  it('derives a distinct UUID v5 per loan from its key', () => {
    const ids = new Set(loans.map((l) => l.loanId));
    expect(ids.size).toBe(loans.length);
    for (const l of loans)
      expect(l.loanId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    const first = loans.find((l) => l.key === 'winwin/2021-01/5y/001')!;
    expect(first.loanId).toBe('3958218e-166e-5a72-9f6e-a631b805a37c');
  });

  it('is deterministic: two runs give the same loans', () => {
    expect(generateWinwinLoans()).toEqual(loans);
  });
});

describe('splitPrincipal', () => {
  it('splits a total exactly into amounts within the limits, also at the edges', () => {
    const cases: [string, number][] = [
      ['15000.00', 1],
      ['125000.00', 2],
      ['150000.00', 2],
      ['2000.00', 2],
      ['154020.48', 7],
      ['74999.99', 1],
      ['1000.01', 1],
    ];
    for (const [total, count] of cases) {
      const amounts = splitPrincipal(Money.parse(total).cents, count, Prng.fromKey(total));
      expect(amounts).toHaveLength(count);
      expect(Money.ofCents(amounts.reduce((a, b) => a + b, 0n)).toString()).toBe(
        Money.parse(total).toString(),
      );
      for (const a of amounts) {
        expect(a >= 100_000n && a <= 7_500_000n).toBe(true);
      }
    }
  });

  it('refuses a total that cannot be split within the limits', () => {
    expect(() => splitPrincipal(Money.parse('999.99').cents, 1, new Prng(1))).toThrow(RangeError);
    expect(() => splitPrincipal(Money.parse('150000.01').cents, 2, new Prng(1))).toThrow(
      RangeError,
    );
  });
});
