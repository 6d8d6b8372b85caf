import { LocalDate } from '@js-joda/core';
import {
  FLEMISH_PROVINCES,
  INQUIRY_CHANNELS,
  Money,
  REFUSAL_REASON_CODES,
  type FlemishProvince,
  type InquiryChannel,
  type RefusalReasonCode,
} from '@loanbook/domain';
import { workingDaysBetween } from './calendar';
import { demoEnterpriseNumber } from './enterprise-numbers';
import { demoId } from './ids';
import {
  companyName,
  IMPULSKREDIET_PURPOSES,
  REFUSAL_EXPLANATIONS,
  WITHDRAWAL_REASONS,
} from './names';
import { Prng } from './prng';
import type { DemoBorrower } from './winwin';

/**
 * The Impulskrediet intake funnel since 1 January 2016 (DOMAIN.md 3.1, seed 000): more than
 * 1,000 contacts, 300 applications, 147 approved. The seed does not say what became of the
 * other 153; the demo refuses 120 and lets 33 be withdrawn before a decision.
 */
export const INTAKE_FIGURES = Object.freeze({
  inquiries: 1024,
  applications: 300,
  approved: 147,
  refused: 120,
  withdrawn: 33,
});

export const INTAKE_PERIOD = Object.freeze({
  firstContact: LocalDate.of(2016, 1, 4),
  lastContact: LocalDate.of(2019, 12, 20),
  firstApplication: LocalDate.of(2016, 2, 1),
  lastApplication: LocalDate.of(2019, 12, 31),
});

export const IMPULSKREDIET_DEMO_LIMITS = Object.freeze({
  minAmount: Money.parse('2500.00'),
  maxAmount: Money.parse('25000.00'),
  amountStep: Money.parse('500.00'),
  minTermMonths: 12,
  maxTermMonths: 60,
  termStepMonths: 6,
});

export interface DemoInquiry {
  key: string;
  inquiryId: string;
  contactedOn: LocalDate;
  channel: InquiryChannel;
  enterpriseNumber?: string;
}

export type DemoDecision =
  | { kind: 'approved'; approvedOn: LocalDate }
  | { kind: 'refused'; refusedOn: LocalDate; reasons: RefusalReasonCode[]; explanation: string }
  | { kind: 'withdrawn'; withdrawnOn: LocalDate; reason: string };

export interface ImpulskredietDemoApplication {
  key: string;
  loanId: string;
  borrower: DemoBorrower;
  amount: Money;
  termMonths: number;
  purpose: string;
  appliedOn: LocalDate;
  decision: DemoDecision;
}

export interface DemoIntake {
  inquiries: DemoInquiry[];
  applications: ImpulskredietDemoApplication[];
}

/** First eight digits of the Impulskrediet applicants' enterprise numbers: 0720.000.0xx and up. */
const APPLICANT_SERIAL_BASE = 7_200_000;
/** Prospects who made contact (and gave a number) but never applied: 0750.000.0xx and up. */
const PROSPECT_SERIAL_BASE = 7_500_000;
const SERIAL_STEP = 211;

const CHANNEL_WEIGHTS: Readonly<Record<InquiryChannel, number>> = {
  phone: 30,
  email: 20,
  website: 25,
  'walk-in': 8,
  event: 9,
  referral: 8,
};

const PROVINCE_WEIGHTS: Readonly<Record<FlemishProvince, number>> = {
  Antwerpen: 28,
  'Oost-Vlaanderen': 23,
  'West-Vlaanderen': 18,
  'Vlaams-Brabant': 17,
  Limburg: 14,
};

/** A working day from `from` to `to`, both included. */
function workingDayIn(rng: Prng, from: LocalDate, to: LocalDate): LocalDate {
  const days = workingDaysBetween(from, to);
  if (days.length === 0)
    throw new RangeError(`no working day from ${from.toString()} to ${to.toString()}`);
  return rng.pick(days);
}

const maxDate = (a: LocalDate, b: LocalDate) => (a.isAfter(b) ? a : b);
const minDate = (a: LocalDate, b: LocalDate) => (a.isBefore(b) ? a : b);

/**
 * The demo's Impulskrediet intake: 1,024 inquiries (the 300 applicants' first contacts among
 * them), 300 applications and their outcomes. Pure and deterministic; inquiries and
 * applications each ordered by date (then key).
 */
export function generateImpulskredietIntake(): DemoIntake {
  const rng = Prng.fromKey('impulskrediet-intake:2016');
  const { firstContact, lastContact, firstApplication, lastApplication } = INTAKE_PERIOD;
  const applicationDays = workingDaysBetween(firstApplication, lastApplication);
  const amountSteps = Number(
    (IMPULSKREDIET_DEMO_LIMITS.maxAmount.cents - IMPULSKREDIET_DEMO_LIMITS.minAmount.cents) /
      IMPULSKREDIET_DEMO_LIMITS.amountStep.cents,
  );
  const termSteps =
    (IMPULSKREDIET_DEMO_LIMITS.maxTermMonths - IMPULSKREDIET_DEMO_LIMITS.minTermMonths) /
    IMPULSKREDIET_DEMO_LIMITS.termStepMonths;

  const outcomes = rng.shuffle([
    ...Array<DemoDecision['kind']>(INTAKE_FIGURES.approved).fill('approved'),
    ...Array<DemoDecision['kind']>(INTAKE_FIGURES.refused).fill('refused'),
    ...Array<DemoDecision['kind']>(INTAKE_FIGURES.withdrawn).fill('withdrawn'),
  ]);
  const appliedDates = Array.from({ length: INTAKE_FIGURES.applications }, () =>
    rng.pick(applicationDays),
  ).sort((a, b) => a.compareTo(b));
  const provinceChoices = FLEMISH_PROVINCES.map((p) => [p, PROVINCE_WEIGHTS[p]] as const);
  const channelChoices = INQUIRY_CHANNELS.map((c) => [c, CHANNEL_WEIGHTS[c]] as const);

  const applications: ImpulskredietDemoApplication[] = [];
  const inquiries: DemoInquiry[] = [];
  appliedDates.forEach((appliedOn, i) => {
    const key = `impulskrediet/application/${String(i + 1).padStart(3, '0')}`;
    const borrower: DemoBorrower = {
      enterpriseNumber: demoEnterpriseNumber(APPLICANT_SERIAL_BASE + i * SERIAL_STEP),
      name: companyName(rng),
      province: rng.weighted(provinceChoices),
    };
    const amount = Money.ofCents(
      IMPULSKREDIET_DEMO_LIMITS.minAmount.cents +
        BigInt(rng.int(0, amountSteps)) * IMPULSKREDIET_DEMO_LIMITS.amountStep.cents,
    );
    const termMonths =
      IMPULSKREDIET_DEMO_LIMITS.minTermMonths +
      rng.int(0, termSteps) * IMPULSKREDIET_DEMO_LIMITS.termStepMonths;
    const kind = outcomes[i];
    let decision: DemoDecision;
    if (kind === 'approved') {
      decision = {
        kind,
        approvedOn: workingDayIn(rng, appliedOn.plusDays(5), appliedOn.plusDays(40)),
      };
    } else if (kind === 'refused') {
      const reasons = rng.shuffle(REFUSAL_REASON_CODES).slice(0, rng.int(1, 3));
      decision = {
        kind,
        refusedOn: workingDayIn(rng, appliedOn.plusDays(5), appliedOn.plusDays(40)),
        reasons,
        explanation: rng.pick(REFUSAL_EXPLANATIONS[reasons[0]]),
      };
    } else {
      decision = {
        kind,
        withdrawnOn: workingDayIn(rng, appliedOn.plusDays(2), appliedOn.plusDays(30)),
        reason: rng.pick(WITHDRAWAL_REASONS),
      };
    }
    applications.push({
      key,
      loanId: demoId(key),
      borrower,
      amount,
      termMonths,
      purpose: rng.pick(IMPULSKREDIET_PURPOSES),
      appliedOn,
      decision,
    });
    // The applicant's first contact, 3 to 45 days before the application.
    const inquiryKey = `impulskrediet/inquiry/applicant-${String(i + 1).padStart(3, '0')}`;
    inquiries.push({
      key: inquiryKey,
      inquiryId: demoId(inquiryKey),
      contactedOn: workingDayIn(
        rng,
        maxDate(firstContact, appliedOn.minusDays(45)),
        minDate(lastContact, appliedOn.minusDays(3)),
      ),
      channel: rng.weighted(channelChoices),
      enterpriseNumber: borrower.enterpriseNumber,
    });
  });

  // The other contacts never applied; a third of them left an enterprise number.
  const contactDays = workingDaysBetween(firstContact, lastContact);
  for (let i = 0; i < INTAKE_FIGURES.inquiries - INTAKE_FIGURES.applications; i++) {
    const key = `impulskrediet/inquiry/prospect-${String(i + 1).padStart(4, '0')}`;
    const contactedOn = rng.pick(contactDays);
    const channel = rng.weighted(channelChoices);
    const withNumber = rng.chance(33);
    inquiries.push({
      key,
      inquiryId: demoId(key),
      contactedOn,
      channel,
      ...(withNumber
        ? { enterpriseNumber: demoEnterpriseNumber(PROSPECT_SERIAL_BASE + i * SERIAL_STEP) }
        : {}),
    });
  }
  inquiries.sort(
    (a, b) =>
      a.contactedOn.compareTo(b.contactedOn) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { inquiries, applications };
}
