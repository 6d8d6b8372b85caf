import { LocalDate } from '@js-joda/core';
import { Money, type FlemishProvince } from '@loanbook/domain';
import { demoEnterpriseNumber } from './enterprise-numbers';
import { demoId } from './ids';
import { DEMO_TODAY, workingDayFrom, type DemoStory } from './lifecycle';
import { companyName, personName } from './names';
import { Prng } from './prng';
import type { WinwinDemoLoan } from './winwin';

/** The reference curves (IRS) the co-financing approvals are priced from: [tenor months, rate]. */
export const DEMO_REFERENCE_CURVES: { recordedOn: LocalDate; points: [number, string][] }[] = [
  {
    recordedOn: LocalDate.of(2020, 12, 31),
    points: [
      [12, '-0.0051'],
      [60, '-0.0024'],
      [84, '-0.0012'],
      [120, '0.0005'],
    ],
  },
  {
    recordedOn: LocalDate.of(2021, 12, 31),
    points: [
      [12, '-0.0032'],
      [60, '0.0043'],
      [84, '0.0058'],
      [120, '0.0072'],
    ],
  },
];

/** KMO-cofinanciering and Startlening: a few of each in 2021 and in 2022. */
export interface DemoPmvLoan {
  key: string;
  loanId: string;
  productCode: 'cofinanciering' | 'startlening';
  borrower: {
    enterpriseNumber: string;
    name: string;
    province: FlemishProvince;
    naturalPerson?: boolean;
  };
  amount: Money;
  termMonths: number;
  purpose: string;
  appliedOn: LocalDate;
  approvedOn: LocalDate;
  capitalHolidayMonths: 12 | 24;
  capitalHolidayJustification?: string;
  investmentNeed?: Money;
  ownContribution: Money;
  ownContributionItems?: {
    kind: 'own-funds' | 'winwin-loan';
    amount: Money;
    description?: string;
  }[];
  coFinancing?: {
    amount: Money;
    termMonths: number;
    partner: { kind: 'bank' | 'crowdfunding-platform' | 'business-angel'; name: string };
  };
  selfEmployment?: { since: LocalDate; mainOccupation: boolean };
  story: DemoStory;
}

const PMV_SERIAL_BASE = 8_100_000;
const PROVINCES: FlemishProvince[] = [
  'Antwerpen',
  'Limburg',
  'Oost-Vlaanderen',
  'West-Vlaanderen',
  'Vlaams-Brabant',
];
const eur = (whole: number) => Money.parse(`${whole}.00`);

/**
 * Four co-financings (with their partner's financing, 12 or 24 months of capital holiday) and four
 * start loans, half applied for early in 2021 and half early in 2022; all paid out and paid on time.
 */
export function generatePmvLoans(): DemoPmvLoan[] {
  const rng = Prng.fromKey('pmv-loans:v1');
  const loans: DemoPmvLoan[] = [];
  const partners = [
    { kind: 'bank' as const, name: 'KBC Bank' },
    { kind: 'bank' as const, name: 'Belfius' },
    { kind: 'crowdfunding-platform' as const, name: 'Look&Fin' },
    { kind: 'business-angel' as const, name: 'BAN Vlaanderen' },
  ];
  let serial = 0;
  for (const year of [2021, 2022]) {
    for (let i = 0; i < 4; i++) {
      const cofi = i < 2;
      const appliedOn = workingDayFrom(LocalDate.of(year, 1, 11).plusDays(i * 17 + rng.int(0, 6)));
      const approvedOn = workingDayFrom(appliedOn.plusDays(rng.int(14, 28)));
      const disburseOn = workingDayFrom(approvedOn.plusDays(rng.int(5, 20)));
      const key = `${cofi ? 'cofinanciering' : 'startlening'}/${year}/${String(i + 1).padStart(2, '0')}`;
      const province = PROVINCES[(serial + year) % PROVINCES.length];
      const enterpriseNumber = demoEnterpriseNumber(PMV_SERIAL_BASE + serial++ * 173);
      const holiday: 12 | 24 = i % 2 === 1 ? 24 : 12;
      const story: DemoStory = { disburseOn, payments: { mode: 'instalments' } };
      if (cofi) {
        // Investment need 400,000–600,000; own contribution 15 %, PMV 35 %, the partner 50 %.
        const need = 400_000 + rng.int(0, 4) * 50_000;
        const own = (need * 15) / 100;
        loans.push({
          key,
          loanId: demoId(key),
          productCode: 'cofinanciering',
          borrower: { enterpriseNumber, name: companyName(rng), province },
          amount: eur((need * 35) / 100),
          termMonths: 84,
          purpose: rng.pick([
            'nieuwe productiehal',
            'uitbreiding kinderdagverblijf',
            'machinepark en werkkapitaal',
          ]),
          appliedOn,
          approvedOn,
          capitalHolidayMonths: holiday,
          investmentNeed: eur(need),
          ownContribution: eur(own),
          ownContributionItems: [
            { kind: 'own-funds', amount: eur(own - 20_000) },
            {
              kind: 'winwin-loan',
              amount: eur(20_000),
              description: 'win-winlening van een vriend',
            },
          ],
          coFinancing: {
            amount: eur((need * 50) / 100),
            termMonths: 96,
            partner: partners[(i + year) % partners.length],
          },
          story,
        });
      } else {
        const own = 15_000 + rng.int(0, 5) * 2_500;
        loans.push({
          key,
          loanId: demoId(key),
          productCode: 'startlening',
          borrower: { enterpriseNumber, name: personName(rng), province, naturalPerson: true },
          amount: eur(Math.min(100_000, own * 4)),
          termMonths: rng.pick([60, 84, 120]),
          purpose: rng.pick(['fietsherstelplaats', 'bakkerij', 'kapsalon', 'schrijnwerkerij']),
          appliedOn,
          approvedOn,
          capitalHolidayMonths: holiday,
          ...(holiday === 24
            ? { capitalHolidayJustification: 'de werkplaats wordt de eerste 18 maanden verbouwd' }
            : {}),
          ownContribution: eur(own),
          selfEmployment: { since: appliedOn.minusMonths(rng.int(3, 30)), mainOccupation: true },
          story,
        });
      }
    }
  }
  return loans;
}

/**
 * Win-win loans registered in February–April 2022: contracts from 1 January 2022, whose
 * government guarantee is back at 30 % (two of them default in May 2022 and claim it).
 */
export function generateWinwin2022(): { loans: WinwinDemoLoan[]; stories: Map<string, DemoStory> } {
  const rng = Prng.fromKey('winwin-2022:v1');
  const loans: WinwinDemoLoan[] = [];
  const stories = new Map<string, DemoStory>();
  for (let i = 0; i < 12; i++) {
    const registeredOn = workingDayFrom(LocalDate.of(2022, 2, 1).plusDays(i * 7 + rng.int(0, 4)));
    const signedOn = registeredOn.minusDays(rng.int(10, 25));
    const key = `winwin/2022/5y/${String(i + 1).padStart(3, '0')}`;
    const province = PROVINCES[i % PROVINCES.length];
    loans.push({
      key,
      loanId: demoId(key),
      month: registeredOn.toString().slice(0, 7),
      termYears: 5,
      termMonths: 60,
      amount: eur(10_000 + rng.int(0, 30) * 1_000),
      borrower: {
        enterpriseNumber: demoEnterpriseNumber(4_900_000 + i * 137),
        name: companyName(rng),
        province,
      },
      lender: {
        id: `demo-lender-2022-${String(i + 1).padStart(3, '0')}`,
        name: personName(rng),
        relationToBorrower: 'friend',
      },
      annualRate: '0.0125',
      signedOn,
      appliedOn: workingDayFrom(signedOn.plusDays(2)),
      registeredOn,
      repayment: { method: 'annuity', frequency: 'monthly' },
      purpose: 'werkkapitaal',
    });
    const story: DemoStory = {
      disburseOn: registeredOn,
      payments: { mode: 'lumps', lumpsOn: [DEMO_TODAY] },
    };
    if (i < 2) {
      story.payments = { mode: 'lumps', lumpsOn: [] };
      story.default = {
        cause: i === 0 ? 'bankruptcy' : 'dissolution',
        on: workingDayFrom(LocalDate.of(2022, 5, 9).plusDays(i * 9)),
        claimAfterDays: 30,
      };
    }
    stories.set(key, story);
  }
  return { loans, stories };
}
