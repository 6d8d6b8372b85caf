/**
 * A generated loan portfolio for the benchmarks: the events of N loans (default 100,000) with a
 * realistic life up to an as-of date (default 2021-05-31), applied for from 2016-01-01 on, over
 * the four products (Impulskrediet ~35 %, win-win loan ~45 %, KMO-cofinanciering ~10 %,
 * Startlening ~10 %). Deterministic: the same seed gives the same events, byte for byte; every
 * loan draws from its own generator (seed and index), so loans can be made in any chunking.
 *
 * Every event comes from the domain's own `decide` on the state folded from the loan's events,
 * except the instalment payments: deciding one replays the loan's whole ledger (about 2 ms,
 * quadratic over a loan's life), far too slow for millions. They are written here from the
 * loan's schedule as decideRepay and the ledger write them (the oldest instalment due first,
 * interest before principal; test/bench/generated-portfolio.spec.ts replays a sample through
 * `decide` and demands the very same events). Payments are made in business-date order, so no
 * payment ever moves another (no RepaymentsReallocated).
 *
 * What the generator does not write: the win-win guard streams (WinWinRegistrationCounted; every
 * generated borrower and lender has one loan, so the limits never bind), credit assessments and
 * information items. Personal data (a win-win lender's id and name, a sole trader's name, a
 * personal guarantor) is in clear in the events: the back office seals it on the way into the
 * store, and so must whoever appends these (bench/portfolio-report.ts does).
 */
import { LocalDate } from '@js-joda/core';
import {
  computeSchedule,
  Dec,
  decide,
  defaultCatalogue,
  evolve,
  fixedClock,
  FLEMISH_PROVINCES,
  formatBusinessDate,
  GOVERNMENT_GUARANTEE_CAUSES,
  GOVERNMENT_GUARANTEE_MONTHS_AFTER_TERM,
  initialLoanState,
  LOAN_EVENT_SCHEMA_VERSION,
  MarketRate,
  Money,
  Rate,
  REFUSAL_REASON_CODES,
  referenceCurve,
  replayLedger,
  scheduleTermsOf,
  winwinRateBand,
  type AllocationData,
  type ApplyForLoan,
  type ApproveLoan,
  type BorrowerData,
  type Clock,
  type DecisionContext,
  type DefaultCause,
  type FlemishProvince,
  type GuaranteeInput,
  type LenderRelation,
  type LoanCommand,
  type LoanEvent,
  type LoanState,
  type ProductCatalogue,
  type ProductCode,
  type ReferenceCurve,
  type RefusalReasonCode,
  type RepaymentTerms,
  type ScheduleTerms,
} from '@loanbook/domain';
import type { NewEvent, StreamAppend } from '@loanbook/event-store';
import { isWorkingDay } from '../../apps/cli/src/demo/calendar';
import { demoEnterpriseNumber } from '../../apps/cli/src/demo/enterprise-numbers';
import {
  companyName,
  IMPULSKREDIET_PURPOSES,
  personName,
  REFUSAL_EXPLANATIONS,
  WINWIN_PURPOSES,
  WITHDRAWAL_REASONS,
} from '../../apps/cli/src/demo/names';
import { fnv1a, Prng } from '../../apps/cli/src/demo/prng';

export const DEFAULT_PORTFOLIO_LOANS = 100_000;
export const DEFAULT_PORTFOLIO_AS_OF = LocalDate.of(2021, 5, 31);
export const DEFAULT_PORTFOLIO_FROM = LocalDate.of(2016, 1, 1);
export const DEFAULT_PORTFOLIO_SEED = 'loanbook-bench-portfolio-v1';
export const DEFAULT_PORTFOLIO_CHUNK = 1000;
/** The back office's APPROVAL_LIMIT_DEFAULT: above it a second officer must approve. */
export const DEFAULT_APPROVAL_LIMIT = Money.parse('25000.00');
/** Enterprise number serials are 0..9,999,999 (demoEnterpriseNumber); the generator starts here. */
const ENTERPRISE_SERIAL_BASE = 3_000_000;
export const MAX_PORTFOLIO_LOANS = 9_999_999 - ENTERPRISE_SERIAL_BASE;

/** As LoanRepository's loanStreamId: the stream the back office keeps a loan in. */
export const loanStreamId = (loanId: string): string => `loan-${loanId}`;
/** As ReferenceCurvesService's REFERENCE_CURVES_STREAM. */
export const REFERENCE_CURVES_STREAM = 'reference-curves';
/** As the OfferLapseProcessor's OFFER_LAPSE_ACTOR. */
export const OFFER_LAPSE_ACTOR = 'offer-lapse-processor';

export const PRODUCT_WEIGHTS: readonly (readonly [ProductCode, number])[] = [
  ['impulskrediet', 35],
  ['winwinlening', 45],
  ['cofinanciering', 10],
  ['startlening', 10],
];

/**
 * How a disbursed loan is paid. `behind`: on time, then the last 1 to 4 instalments due before
 * the as-of date unpaid (arrears of 30 and 90+ days). `irregular`: every instalment a few weeks
 * late, sometimes in part. `default`: stops paying and is declared in default when the cause
 * comes (before the as-of date, else it is merely in arrears).
 */
export type PaymentBehaviour =
  'on-time' | 'irregular' | 'behind' | 'early-partial' | 'early-full' | 'default';

const BEHAVIOUR_WEIGHTS: readonly (readonly [PaymentBehaviour, number])[] = [
  ['on-time', 74],
  ['irregular', 6],
  ['behind', 8],
  ['early-partial', 4],
  ['early-full', 4],
  ['default', 4],
];

export interface PortfolioOptions {
  loans?: number;
  asOf?: LocalDate;
  /** The first day an application may be dated (each product from its own first version on). */
  from?: LocalDate;
  seed?: string;
  /** Loans per chunk: the most the generator holds at once. */
  chunkSize?: number;
  /** The back office's catalogue; the default catalogue otherwise. */
  catalogue?: ProductCatalogue;
  /** The credit officers' approval limit; null: none (each approves any amount alone). */
  approvalLimit?: Money | null;
}

export interface PortfolioSettings {
  loans: number;
  asOf: LocalDate;
  from: LocalDate;
  seed: string;
  chunkSize: number;
  catalogue: ProductCatalogue;
  approvalLimit: Money | null;
}

/** One command's events as the back office appends them: one metadata for them all. */
export interface GeneratedCommit {
  events: LoanEvent[];
  eventIds: string[];
  actor: string;
  recordedAt: string;
  /** The request id: the back office's correlation id when the client sends none. */
  correlationId: string;
}

export interface GeneratedLoan {
  index: number;
  loanId: string;
  productCode: ProductCode;
  /** How it pays, once disbursed; undefined for a loan never disbursed. */
  behaviour?: PaymentBehaviour;
  commits: GeneratedCommit[];
}

export function portfolioSettings(options: PortfolioOptions = {}): PortfolioSettings {
  const loans = options.loans ?? DEFAULT_PORTFOLIO_LOANS;
  if (!Number.isSafeInteger(loans) || loans < 1 || loans > MAX_PORTFOLIO_LOANS) {
    throw new RangeError(`loans must be a whole number from 1 to ${MAX_PORTFOLIO_LOANS}`);
  }
  const chunkSize = options.chunkSize ?? DEFAULT_PORTFOLIO_CHUNK;
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError('chunkSize must be a positive whole number');
  }
  const from = options.from ?? DEFAULT_PORTFOLIO_FROM;
  const asOf = options.asOf ?? DEFAULT_PORTFOLIO_AS_OF;
  if (!asOf.isAfter(from.plusMonths(6))) {
    throw new RangeError(
      `the as-of date ${asOf.toString()} leaves no life after ${from.toString()}`,
    );
  }
  return {
    loans,
    asOf,
    from,
    seed: options.seed ?? DEFAULT_PORTFOLIO_SEED,
    chunkSize,
    catalogue: options.catalogue ?? defaultCatalogue(),
    approvalLimit:
      options.approvalLimit === undefined ? DEFAULT_APPROVAL_LIMIT : options.approvalLimit,
  };
}

// ---------------------------------------------------------------------------------------------
// Ids: unique by construction, not by luck. A loan's generator has 32 bits of state, so two of
// 100,000 loans may well draw the same numbers; the ids carry the loan's index and a serial
// through a bijection (murmur3's finaliser), in the shape of a version 4 UUID.

function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');

function benchUuid(seedHash: number, index: number, serial: number, rng: Prng): string {
  const a = mix32((index ^ seedHash) >>> 0);
  const b = mix32((serial ^ mix32(seedHash)) >>> 0);
  const r1 = rng.nextUint32();
  const r2 = rng.nextUint32();
  return (
    `${hex(a, 8)}-${hex(r1 >>> 16, 4)}-4${hex(r1 & 0xfff, 3)}-` +
    `${hex(0x8000 | (r2 & 0x3fff), 4)}-${hex(b, 8)}${hex(r2 >>> 16, 4)}`
  );
}

/** Serials of a loan's ids: 0 the loan, then its events; request ids from the top half. */
const REQUEST_SERIALS = 0x8000_0000;
/** The index the reference curves' ids use (no loan has it). */
const CURVES_INDEX = 0xffff_ffff;

// ---------------------------------------------------------------------------------------------
// Calendar

function nextWorkingDay(date: LocalDate): LocalDate {
  let d = date;
  while (!isWorkingDay(d)) d = d.plusDays(1);
  return d;
}

const maxDate = (a: LocalDate, b: LocalDate) => (a.isAfter(b) ? a : b);
const minDate = (a: LocalDate, b: LocalDate) => (a.isBefore(b) ? a : b);

/** A day from `from` to `to` (both included), moved to the next working day. */
function dayIn(rng: Prng, from: LocalDate, to: LocalDate): LocalDate {
  const span = to.toEpochDay() - from.toEpochDay();
  return nextWorkingDay(from.plusDays(rng.int(0, Math.max(0, span))));
}

/** A whole number of steps from 0 to `steps`, small ones likelier (quadratic skew). */
function skewedSteps(rng: Prng, steps: number): number {
  const u = rng.int(0, 999);
  return Math.floor((u * u * (steps + 1)) / 1_000_000);
}

function amountInSteps(rng: Prng, min: Money, max: Money, step: Money): Money {
  const steps = Number((max.cents - min.cents) / step.cents);
  return Money.ofCents(min.cents + BigInt(skewedSteps(rng, steps)) * step.cents);
}

const eur = (text: string) => Money.parse(text);

/** `amount` × percent / 100, down to whole multiples of `unit`. */
function shareDown(amount: Money, percent: number, unit: Money): Money {
  const raw = (amount.cents * BigInt(percent)) / 100n;
  return Money.ofCents((raw / unit.cents) * unit.cents);
}

/** `amount` × percent / 100, up to whole multiples of `unit`. */
function shareUp(amount: Money, percent: number, unit: Money): Money {
  const raw = (amount.cents * BigInt(percent) + 99n) / 100n;
  return Money.ofCents(((raw + unit.cents - 1n) / unit.cents) * unit.cents);
}

// ---------------------------------------------------------------------------------------------
// Reference curves: one a month from the first co-financing version on, for the co-financing's
// pricing (IRS at the term + margin, at least the floor). Rates in units of 0.001 %.

export interface GeneratedCurve {
  curve: ReferenceCurve;
  recordedAt: string;
  eventId: string;
  correlationId: string;
}

const CURVE_TENORS = [12, 24, 36, 60, 84, 120] as const;
const CURVE_ACTOR = 'treasury-desk';
const CURVE_SOURCE = 'Euribor and IRS fixings (generated)';

function rateText(thousandthsOfPercent: number): string {
  const sign = thousandthsOfPercent < 0 ? '-' : '';
  const n = Math.abs(thousandthsOfPercent);
  return `${sign}0.${String(n).padStart(5, '0')}`;
}

export function generateReferenceCurves(settings: PortfolioSettings): GeneratedCurve[] {
  const first = settings.catalogue.versions('cofinanciering')[0]?.validFrom;
  if (!first) return [];
  const rng = Prng.fromKey(`${settings.seed}/reference-curves`);
  const seedHash = fnv1a(settings.seed);
  const curves: GeneratedCurve[] = [];
  let month = LocalDate.of(first.year(), first.monthValue(), 1);
  for (let k = 0; !month.isAfter(settings.asOf); k++, month = month.plusMonths(1)) {
    const recordedOn = nextWorkingDay(month);
    if (recordedOn.isAfter(settings.asOf)) break;
    // 2018 slightly positive at the long end, sliding below zero by 2020, recovering in 2021.
    const level = k < 30 ? -k * 25 : -750 + (k - 30) * 40;
    const points = CURVE_TENORS.map((tenorMonths, i) => ({
      tenorMonths,
      kind: tenorMonths <= 12 ? ('euribor' as const) : ('irs' as const),
      rate: MarketRate.parse(rateText(-250 + level + i * 160 + rng.int(-20, 20))),
    }));
    curves.push({
      curve: referenceCurve({ recordedOn, points }),
      recordedAt: new Date(
        Date.UTC(recordedOn.year(), recordedOn.monthValue() - 1, recordedOn.dayOfMonth(), 8, 5),
      ).toISOString(),
      eventId: benchUuid(seedHash, CURVES_INDEX, k + 1, rng),
      correlationId: benchUuid(seedHash, CURVES_INDEX, REQUEST_SERIALS + k, rng),
    });
  }
  return curves;
}

/** The curves as ReferenceCurvesService records them, in one stream. */
export function referenceCurvesAppend(curves: readonly GeneratedCurve[]): StreamAppend {
  return {
    streamId: REFERENCE_CURVES_STREAM,
    expectedVersion: 0,
    events: curves.map((c) => {
      const recordedOn = formatBusinessDate(c.curve.recordedOn);
      return {
        eventId: c.eventId,
        type: 'ReferenceCurveRecorded',
        data: {
          recordedOn,
          source: CURVE_SOURCE,
          points: c.curve.points.map((p) => ({
            tenorMonths: p.tenorMonths,
            kind: p.kind,
            rate: p.rate.toString(),
          })),
        },
        metadata: {
          effectiveOn: recordedOn,
          recordedAt: c.recordedAt,
          actor: CURVE_ACTOR,
          correlationId: c.correlationId,
          causationId: c.correlationId,
          schemaVersion: 1,
        },
      };
    }),
  };
}

function curveInForce(curves: readonly GeneratedCurve[], on: LocalDate): ReferenceCurve {
  let found: ReferenceCurve | undefined;
  for (const c of curves) {
    if (c.curve.recordedOn.isAfter(on)) break;
    found = c.curve;
  }
  if (!found) throw new Error(`no reference curve is recorded on or before ${on.toString()}`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// The portfolio

/** What every loan of one portfolio shares: settings, the curves, the product windows. */
export interface PortfolioContext {
  settings: PortfolioSettings;
  curves: GeneratedCurve[];
  seedHash: number;
  clock: Clock;
  /** First application day per product: the later of `from` and its first version. */
  firstDay: Record<ProductCode, LocalDate>;
  /** Days a win-win deed may be signed: a version in force and the year's rate band known. */
  winwinSigningDays: LocalDate[];
}

export function portfolioContext(options: PortfolioOptions = {}): PortfolioContext {
  const settings = portfolioSettings(options);
  const { catalogue, from, asOf } = settings;
  const firstDay = {} as Record<ProductCode, LocalDate>;
  for (const [code] of PRODUCT_WEIGHTS) {
    const first = catalogue.versions(code)[0]?.validFrom;
    if (!first || first.isAfter(asOf)) {
      throw new RangeError(`the catalogue offers no ${code} before ${asOf.toString()}`);
    }
    firstDay[code] = maxDate(from, first);
  }
  const winwinSigningDays: LocalDate[] = [];
  for (let d = firstDay.winwinlening; !d.isAfter(asOf); d = d.plusDays(1)) {
    const rules = catalogue.versionOn('winwinlening', d)?.rules?.winwin;
    if (rules && winwinRateBand(rules.rateBands, d.year())) winwinSigningDays.push(d);
  }
  if (winwinSigningDays.length === 0) throw new RangeError('no day to sign a win-win deed');
  return {
    settings,
    curves: generateReferenceCurves(settings),
    seedHash: fnv1a(settings.seed),
    // Every command is decided "today" = the as-of date: nothing is dated after it.
    clock: fixedClock(`${formatBusinessDate(asOf)}T12:00:00Z`),
    firstDay,
    winwinSigningDays,
  };
}

/** The loans index `from` to `to` (excluded), each from its own generator. */
export function generateLoans(
  context: PortfolioContext,
  from: number,
  to: number,
): GeneratedLoan[] {
  const loans: GeneratedLoan[] = [];
  for (let i = from; i < to; i++) loans.push(generateLoan(context, i));
  return loans;
}

/** The portfolio's loans in chunks of `chunkSize`: never more than one chunk held at once. */
export function* generateLoanChunks(context: PortfolioContext): Generator<GeneratedLoan[]> {
  const { loans, chunkSize } = context.settings;
  for (let lo = 0; lo < loans; lo += chunkSize) {
    yield generateLoans(context, lo, Math.min(loans, lo + chunkSize));
  }
}

/** A loan's events as the back office appends them: its stream, versions 1.. in order. */
export function toStreamAppend(loan: GeneratedLoan): StreamAppend {
  const events: NewEvent[] = [];
  for (const c of loan.commits) {
    c.events.forEach((e, i) => {
      events.push({
        eventId: c.eventIds[i],
        type: e.type,
        data: e.data as unknown as Record<string, unknown>,
        metadata: {
          effectiveOn: e.effectiveOn,
          recordedAt: c.recordedAt,
          actor: c.actor,
          correlationId: c.correlationId,
          causationId: c.correlationId,
          schemaVersion: LOAN_EVENT_SCHEMA_VERSION,
        },
      });
    });
  }
  return { streamId: loanStreamId(loan.loanId), events, expectedVersion: 0 };
}

/**
 * The whole portfolio as appends: first the reference curves' stream, then one append per loan,
 * a chunk at a time.
 */
export async function* generatePortfolio(
  options: PortfolioOptions = {},
): AsyncGenerator<StreamAppend[]> {
  const context = portfolioContext(options);
  if (context.curves.length > 0) yield [referenceCurvesAppend(context.curves)];
  for (const chunk of generateLoanChunks(context)) {
    yield chunk.map(toStreamAppend);
    // Lets the consumer's I/O run between chunks.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

// ---------------------------------------------------------------------------------------------
// One loan

const REGISTRARS = Array.from({ length: 12 }, (_, i) => `clerk-${String(i + 1).padStart(2, '0')}`);
const OFFICERS = Array.from({ length: 8 }, (_, i) => `officer-${String(i + 1).padStart(2, '0')}`);
const PAYMENT_CLERKS = ['payments-clerk-01', 'payments-clerk-02', 'payments-clerk-03'];
const RECOVERY_OFFICERS = ['recovery-officer-01', 'recovery-officer-02'];

const PROVINCE_SHARES: Readonly<Record<FlemishProvince, number>> = {
  Antwerpen: 28,
  'Oost-Vlaanderen': 23,
  'West-Vlaanderen': 18,
  'Vlaams-Brabant': 17,
  Limburg: 14,
};
const PROVINCE_WEIGHTS = FLEMISH_PROVINCES.map((p) => [p, PROVINCE_SHARES[p]] as const);

const COFINANCIERS = [
  ['bank', 'KBC Bank'],
  ['bank', 'BNP Paribas Fortis'],
  ['bank', 'Belfius Bank'],
  ['bank', 'ING België'],
  ['bank', 'Argenta'],
  ['business-angel', 'BAN Vlaanderen'],
  ['investment-fund', 'Fonds voor Ondernemerschap'],
  ['crowdfunding-platform', 'Spreds'],
] as const;

const STARTER_PURPOSES = [
  'start van een fietsherstelplaats',
  'inrichting kapsalon',
  'eerste voorraad webwinkel',
  'bestelwagen en gereedschap',
  'overname handelszaak',
];
const COFINANCING_PURPOSES = [
  'nieuwe productiehal',
  'uitbreiding kinderopvang',
  'machinepark en werkkapitaal',
  'overname van een concurrent',
  'digitalisering en software',
];
const WRITE_OFF_REASONS = [
  'faillissement afgesloten, geen verdere recuperatie',
  'no assets left after liquidation',
  'invordering economisch niet zinvol',
];

/** A loan's life, command after command; its state is folded only when a decision needs it. */
class LoanLife {
  readonly commits: GeneratedCommit[] = [];
  behaviour?: PaymentBehaviour;
  private state: LoanState = initialLoanState;
  private unfolded: LoanEvent[] = [];
  private serial = 0;
  private requests = 0;
  private lastRecordedMs = 0;

  // The ledger as the payments left it (only once disbursed).
  private terms?: ScheduleTerms;
  slots: Slot[] = [];
  /** Instalments before it are settled. */
  private firstOpen = 0;
  private outstanding = Money.zero();
  private payments = 0;
  /** The date of the latest payment or early repayment. */
  lastMovement?: LocalDate;

  constructor(
    readonly context: PortfolioContext,
    readonly index: number,
    readonly loanId: string,
    readonly rng: Prng,
  ) {}

  get asOf(): LocalDate {
    return this.context.settings.asOf;
  }

  current(): LoanState {
    if (this.unfolded.length > 0) {
      for (const e of this.unfolded) this.state = evolve(this.state, e);
      this.unfolded = [];
    }
    return this.state;
  }

  /** Decided by the domain, recorded on `on` by `actor`. */
  run(command: LoanCommand, actor: string, on: LocalDate, extra: Partial<DecisionContext> = {}) {
    const state = this.current();
    let events: LoanEvent[];
    try {
      events = decide(command, state, {
        catalogue: this.context.settings.catalogue,
        clock: this.context.clock,
        ...extra,
      });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(
        `generated loan ${this.index} (${this.loanId}): ${command.type} on ${on.toString()} was refused: ${why}`,
        { cause: error },
      );
    }
    this.commit(events, actor, on);
    for (const e of events) this.state = evolve(this.state, e);
    return events;
  }

  private commit(events: LoanEvent[], actor: string, on: LocalDate): void {
    // Office hours on the business day, never before the loan's previous recording.
    let ms =
      Date.UTC(on.year(), on.monthValue() - 1, on.dayOfMonth(), 7, 0) +
      this.rng.int(0, 9 * 3600) * 1000 +
      this.rng.int(0, 999);
    if (ms <= this.lastRecordedMs) ms = this.lastRecordedMs + this.rng.int(1, 600) * 1000;
    this.lastRecordedMs = ms;
    const { seedHash } = this.context;
    this.commits.push({
      events,
      eventIds: events.map(() => benchUuid(seedHash, this.index, ++this.serial, this.rng)),
      actor,
      recordedAt: new Date(ms).toISOString(),
      correlationId: benchUuid(seedHash, this.index, REQUEST_SERIALS + this.requests++, this.rng),
    });
  }

  // -------------------------------------------------------------------------------------------
  // Payments, written as decideRepay writes them (see the file's header)

  /** The schedule starts: called once the loan is disbursed. */
  startLedger(): void {
    this.terms = scheduleTermsOf(this.current());
    this.slots = computeSchedule(this.terms).instalments.map((i) => ({
      number: i.number,
      dueOn: i.dueOn,
      dueOnText: formatBusinessDate(i.dueOn),
      interest: i.interest,
      principal: i.principal,
      paidInterest: Money.zero(),
      paidPrincipal: Money.zero(),
    }));
    this.outstanding = this.terms.principal;
    this.firstOpen = 0;
  }

  /** After an early repayment: the ledger's own rescheduled instalments, as it replays them. */
  private reloadLedger(): void {
    const ledger = replayLedger(this.terms!, this.current().movements);
    this.slots = ledger.instalments.map((i) => ({
      number: i.number,
      dueOn: i.dueOn,
      dueOnText: formatBusinessDate(i.dueOn),
      interest: i.interest,
      principal: i.principal,
      paidInterest: i.paidInterest,
      paidPrincipal: i.paidPrincipal,
    }));
    this.outstanding = ledger.outstandingPrincipal;
    this.firstOpen = 0;
    this.skipSettled();
  }

  isRepaid(): boolean {
    return this.status === 'repaid';
  }

  /** The status as recorded, without folding the payments (they only ever end in LoanRepaid). */
  status: LoanState['status'] = 'none';

  unpaidDueOn(on: LocalDate): Money {
    let due = Money.zero();
    for (let k = this.firstOpen; k < this.slots.length; k++) {
      const s = this.slots[k];
      if (s.dueOn.isAfter(on)) break;
      due = due.plus(unpaid(s));
    }
    return due;
  }

  /** The oldest instalment with something unpaid. */
  oldestUnpaid(): Slot | undefined {
    return this.slots[this.firstOpen];
  }

  /** Moves firstOpen past the settled instalments (payments settle them oldest first). */
  private skipSettled(): void {
    while (this.firstOpen < this.slots.length && !unpaid(this.slots[this.firstOpen]).isPositive()) {
      this.firstOpen += 1;
    }
  }

  /** A payment of `amount` (default: all that is due) on `on`; nothing when nothing is due. */
  pay(on: LocalDate, amount?: Money): void {
    if (this.status !== 'active') return;
    if (this.lastMovement && on.isBefore(this.lastMovement)) {
      throw new Error(`generated loan ${this.index}: a payment dated before the last movement`);
    }
    const due = this.unpaidDueOn(on);
    const paying = amount ?? due;
    if (!paying.isPositive()) return;
    if (paying.gt(due)) throw new Error(`generated loan ${this.index}: paying more than is due`);
    const allocation: AllocationData[] = [];
    let left = paying;
    let interestPaid = Money.zero();
    let principalPaid = Money.zero();
    for (let k = this.firstOpen; k < this.slots.length; k++) {
      const s = this.slots[k];
      if (!left.isPositive() || s.dueOn.isAfter(on)) break;
      const interest = Money.min(left, s.interest.minus(s.paidInterest));
      left = left.minus(interest);
      const principal = Money.min(left, s.principal.minus(s.paidPrincipal));
      left = left.minus(principal);
      if (interest.isZero() && principal.isZero()) continue;
      s.paidInterest = s.paidInterest.plus(interest);
      s.paidPrincipal = s.paidPrincipal.plus(principal);
      interestPaid = interestPaid.plus(interest);
      principalPaid = principalPaid.plus(principal);
      allocation.push({
        instalment: s.number,
        dueOn: s.dueOnText,
        interest: interest.toString(),
        principal: principal.toString(),
      });
    }
    this.outstanding = this.outstanding.minus(principalPaid);
    this.payments += 1;
    this.lastMovement = on;
    const paidOn = formatBusinessDate(on);
    const events: LoanEvent[] = [
      {
        type: 'InstalmentPaid',
        effectiveOn: paidOn,
        data: {
          loanId: this.loanId,
          paymentId: `p${this.payments}`,
          paidOn,
          amount: paying.toString(),
          allocation,
          interestPaid: interestPaid.toString(),
          principalPaid: principalPaid.toString(),
          outstandingPrincipal: this.outstanding.toString(),
        },
      },
    ];
    this.skipSettled();
    if (this.firstOpen === this.slots.length) {
      // Payments are made in date order: this one is the latest movement.
      events.push({
        type: 'LoanRepaid',
        effectiveOn: paidOn,
        data: { loanId: this.loanId, repaidOn: paidOn },
      });
      this.status = 'repaid';
    }
    this.commit(events, this.rng.pick(PAYMENT_CLERKS), on);
    this.unfolded.push(...events);
  }

  /** The early repayment, decided by the domain on the folded state. */
  repayEarly(on: LocalDate, full: boolean, capital?: Money): void {
    const events = this.run(
      {
        type: 'RepayEarly',
        loanId: this.loanId,
        repaidOn: on,
        ...(full ? { full: true } : { amount: capital }),
      },
      this.rng.pick(PAYMENT_CLERKS),
      on,
    );
    this.lastMovement = on;
    if (events.some((e) => e.type === 'LoanRepaid')) this.status = 'repaid';
    else this.reloadLedger();
  }

  /** Pays instalment after instalment, each a few days after it falls due, until `until`. */
  payOnTime(until: LocalDate): void {
    for (;;) {
      const slot = this.oldestUnpaid();
      if (!slot || slot.dueOn.isAfter(until) || this.status !== 'active') return;
      const delay = this.rng.weighted([
        [0, 60],
        [this.rng.int(1, 3), 30],
        [this.rng.int(4, 10), 10],
      ]);
      const on = minDate(
        maxDate(nextWorkingDay(slot.dueOn.plusDays(delay)), this.lastMovement ?? slot.dueOn),
        until,
      );
      if (on.isAfter(this.asOf)) return;
      this.pay(on, unpaid(slot));
    }
  }
}

interface Slot {
  number: number;
  dueOn: LocalDate;
  dueOnText: string;
  interest: Money;
  principal: Money;
  paidInterest: Money;
  paidPrincipal: Money;
}

const unpaid = (s: Slot) =>
  s.interest.minus(s.paidInterest).plus(s.principal.minus(s.paidPrincipal));

/** Loan `index` of the portfolio, from its application to the as-of date. */
export function generateLoan(context: PortfolioContext, index: number): GeneratedLoan {
  const { settings } = context;
  const rng = Prng.fromKey(`${settings.seed}/${index}`);
  const loanId = benchUuid(context.seedHash, index, 0, rng);
  const productCode = rng.weighted(PRODUCT_WEIGHTS);
  const life = new LoanLife(context, index, loanId, rng);
  const draft = applicationOf(life, productCode);
  life.run(draft.apply, rng.pick(REGISTRARS), draft.apply.appliedOn);
  life.status = 'applied';
  decideApplication(life, draft);
  return { index, loanId, productCode, behaviour: life.behaviour, commits: life.commits };
}

interface Draft {
  apply: ApplyForLoan;
  /** The share of applications refused and withdrawn before a decision (percent). */
  refusedPercent: number;
  withdrawnPercent: number;
  /** Working days from the application to the decision. */
  decisionDays: [number, number];
  approval: Omit<ApproveLoan, 'type' | 'loanId' | 'approvedOn' | 'officer'>;
  refusalReasons: readonly RefusalReasonCode[];
}

function borrowerOf(life: LoanLife, naturalPercent: number): BorrowerData {
  const { rng, index } = life;
  const naturalPerson = rng.chance(naturalPercent);
  return {
    enterpriseNumber: demoEnterpriseNumber(ENTERPRISE_SERIAL_BASE + index),
    name: naturalPerson ? personName(rng) : companyName(rng),
    province: rng.weighted(PROVINCE_WEIGHTS),
    ...(naturalPerson ? { naturalPerson: true } : {}),
  };
}

function guaranteesOf(
  life: LoanLife,
  amount: Money,
  percent: number,
): GuaranteeInput[] | undefined {
  const { rng } = life;
  if (!rng.chance(percent)) return undefined;
  const personal = rng.chance(60);
  return [
    {
      kind: personal ? 'personal' : 'real',
      guarantor: personal ? personName(rng) : `hypotheek ${companyName(rng)}`,
      amount: Money.max(shareUp(amount, rng.int(20, 60), eur('500.00')), eur('500.00')),
    },
  ];
}

function applicationOf(life: LoanLife, productCode: ProductCode): Draft {
  const { rng, loanId, context } = life;
  const asOf = context.settings.asOf;
  const base = {
    type: 'ApplyForLoan' as const,
    loanId,
    productCode,
    registeredBy: rng.pick(REGISTRARS),
  };
  switch (productCode) {
    case 'impulskrediet': {
      const amount = amountInSteps(rng, eur('2500.00'), eur('25000.00'), eur('500.00'));
      return {
        apply: {
          ...base,
          borrower: borrowerOf(life, 45),
          amount,
          termMonths: 12 + 6 * rng.int(0, 8),
          purpose: rng.pick(IMPULSKREDIET_PURPOSES),
          appliedOn: dayIn(rng, context.firstDay.impulskrediet, asOf),
          ...withGuarantees(guaranteesOf(life, amount, 25)),
        },
        // Seed 000: 147 of 300 applications approved.
        refusedPercent: 43,
        withdrawnPercent: 8,
        decisionDays: [5, 40],
        approval: {},
        refusalReasons: REFUSAL_REASON_CODES,
      };
    }
    case 'winwinlening': {
      const signedOn = rng.pick(context.winwinSigningDays);
      const version = context.settings.catalogue.versionOn('winwinlening', signedOn)!;
      const rules = version.rules!.winwin!;
      const band = winwinRateBand(rules.rateBands, signedOn.year())!;
      // The band in quarters: the rates deeds actually carry.
      const step = band.max.toDecimal().minus(band.min.toDecimal()).dividedBy(4);
      const annualRate = Rate.of(
        band.min
          .toDecimal()
          .plus(step.times(rng.int(0, 4)))
          .toDecimalPlaces(5, Dec.ROUND_DOWN),
      );
      const termMonths =
        version.minTermMonths === version.maxTermMonths
          ? version.minTermMonths
          : 12 *
            rng.weighted([
              [5, 53],
              [6, 2],
              [7, 4],
              [8, 17],
              [9, 1],
              [10, 23],
            ]);
      const appliedOn = minDate(dayIn(rng, signedOn.plusDays(1), signedOn.plusDays(45)), asOf);
      const relations: LenderRelation[] = ['friend', 'family', 'none'];
      return {
        apply: {
          ...base,
          borrower: borrowerOf(life, 15),
          amount: amountInSteps(rng, eur('1000.00'), rules.maxPerLender, eur('500.00')),
          termMonths,
          purpose: rng.pick(WINWIN_PURPOSES),
          appliedOn: maxDate(appliedOn, signedOn),
          signedOn,
          lender: {
            id: `bench-lender-${String(life.index).padStart(7, '0')}`,
            name: personName(rng),
            relationToBorrower: rng.weighted(
              relations.map((r, i) => [r, [50, 35, 15][i]] as const),
            ),
          },
          annualRate,
        },
        refusedPercent: 2,
        withdrawnPercent: 1,
        decisionDays: [1, 20],
        approval: {
          repayment: rng.weighted<RepaymentTerms>([
            [{ method: 'annuity', frequency: 'monthly' }, 70],
            [{ method: 'linear', frequency: 'quarterly' }, 20],
            [{ method: 'bullet', frequency: 'annual' }, 10],
          ]),
        },
        refusalReasons: ['outside-lender-policy'],
      };
    }
    case 'cofinanciering': {
      const amount = amountInSteps(rng, eur('25000.00'), eur('350000.00'), eur('5000.00'));
      // The loan is at most half of the need, the own contribution 13–25 % of it (so also at
      // least a quarter of the loan and 10 % of the need), the partner's the rest (≥ 20 %).
      const need = shareUp(amount, rng.pick([200, 220, 250, 285, 335]), eur('1000.00'));
      const own = shareUp(need, rng.int(13, 25), eur('100.00'));
      const partner = rng.pick(COFINANCIERS);
      const termMonths = 12 * rng.int(3, 10);
      const borrower = borrowerOf(life, 10);
      const appliedOn = dayIn(rng, context.firstDay.cofinanciering, asOf);
      const ownFunds = shareDown(own, rng.int(50, 100), eur('100.00'));
      return {
        apply: {
          ...base,
          borrower,
          amount,
          termMonths,
          purpose: rng.pick(COFINANCING_PURPOSES),
          appliedOn,
          investmentNeed: need,
          ownContribution: own,
          ...(rng.chance(40) && ownFunds.lt(own)
            ? {
                ownContributionItems: [
                  { kind: 'own-funds' as const, amount: ownFunds },
                  { kind: 'subsidy-granted' as const, amount: own.minus(ownFunds) },
                ],
              }
            : {}),
          coFinancing: {
            amount: need.minus(amount).minus(own),
            termMonths: Math.max(12, termMonths + 12 * rng.int(-2, 3)),
            partner: { kind: partner[0], name: partner[1] },
          },
          ...(borrower.naturalPerson
            ? {
                selfEmployment: {
                  since: appliedOn.minusDays(rng.int(200, 4000)),
                  mainOccupation: true,
                },
              }
            : {}),
          ...withGuarantees(guaranteesOf(life, amount, 40)),
        },
        refusedPercent: 20,
        withdrawnPercent: 5,
        decisionDays: [10, 60],
        approval: {
          repayment: {
            method: rng.weighted([
              ['annuity', 70],
              ['linear', 30],
            ] as const),
            frequency: rng.weighted([
              ['monthly', 75],
              ['quarterly', 25],
            ] as const),
            capitalHolidayMonths: rng.weighted([
              [12, 70],
              [24, 30],
            ] as const),
          },
        },
        refusalReasons: REFUSAL_REASON_CODES,
      };
    }
    case 'startlening': {
      const amount = amountInSteps(rng, eur('10000.00'), eur('100000.00'), eur('2500.00'));
      const appliedOn = dayIn(rng, context.firstDay.startlening, asOf);
      const started = rng.chance(80);
      const longHoliday = rng.chance(15);
      return {
        apply: {
          ...base,
          borrower: borrowerOf(life, 60),
          amount,
          termMonths: 12 * rng.int(3, 10),
          purpose: rng.pick(STARTER_PURPOSES),
          appliedOn,
          ownContribution: shareUp(amount, rng.int(25, 40), eur('100.00')),
          selfEmployment: {
            ...(started ? { since: appliedOn.minusDays(rng.int(0, 4 * 365 - 1)) } : {}),
            mainOccupation: true,
          },
          ...(rng.chance(50)
            ? {
                startAttest: {
                  number: `SA-${appliedOn.year()}-${String(life.index).padStart(7, '0')}`,
                  validUntil: appliedOn.plusDays(rng.int(60, 365)),
                },
              }
            : {}),
          ...withGuarantees(guaranteesOf(life, amount, 30)),
        },
        refusedPercent: 20,
        withdrawnPercent: 5,
        decisionDays: [10, 45],
        approval: {
          repayment: {
            method: rng.weighted([
              ['annuity', 75],
              ['linear', 25],
            ] as const),
            frequency: rng.weighted([
              ['monthly', 80],
              ['quarterly', 20],
            ] as const),
            capitalHolidayMonths: longHoliday ? 24 : 12,
          },
          ...(longHoliday
            ? { capitalHolidayJustification: 'seasonal activity: the first two years build stock' }
            : {}),
        },
        refusalReasons: REFUSAL_REASON_CODES,
      };
    }
  }
}

const withGuarantees = (guarantees: GuaranteeInput[] | undefined) =>
  guarantees ? { guarantees } : {};

/** Working days after `from`. */
function afterWorkingDays(rng: Prng, from: LocalDate, [min, max]: [number, number]): LocalDate {
  let d = from;
  for (let n = rng.int(min, max); n > 0; n--) d = nextWorkingDay(d.plusDays(1));
  return d;
}

function decideApplication(life: LoanLife, draft: Draft): void {
  const { rng, loanId } = life;
  const appliedOn = draft.apply.appliedOn;
  const on = afterWorkingDays(rng, appliedOn, draft.decisionDays);
  if (on.isAfter(life.asOf)) return; // still an application
  const x = rng.int(0, 99);
  if (x < draft.refusedPercent) {
    const reasons = rng
      .shuffle(draft.refusalReasons)
      .slice(0, rng.int(1, Math.min(3, draft.refusalReasons.length)));
    life.run(
      {
        type: 'RefuseLoan',
        loanId,
        refusedOn: on,
        reasons,
        explanation: rng.pick(REFUSAL_EXPLANATIONS[reasons[0]]),
      },
      rng.pick(OFFICERS),
      on,
    );
    life.status = 'refused';
    // Some ask for the written refusal statement, within the 6 months after the application.
    if (rng.chance(10)) {
      const requestedOn = dayIn(
        rng,
        on,
        minDate(appliedOn.plusMonths(6).minusDays(5), on.plusDays(60)),
      );
      if (!requestedOn.isAfter(life.asOf)) {
        life.run(
          { type: 'RequestWrittenRefusal', loanId, requestedOn },
          rng.pick(REGISTRARS),
          requestedOn,
        );
      }
    }
    return;
  }
  if (x < draft.refusedPercent + draft.withdrawnPercent) {
    withdraw(life, draft, on, rng.pick(WITHDRAWAL_REASONS));
    return;
  }
  if (!approve(life, draft, on)) return;
  afterApproval(life, draft);
}

/** The applicant withdraws (before or after the offer), through the clerk who registered it. */
function withdraw(life: LoanLife, draft: Draft, on: LocalDate, reason: string): void {
  life.run(
    { type: 'WithdrawApplication', loanId: life.loanId, withdrawnOn: on, reason },
    draft.apply.registeredBy,
    on,
  );
  life.status = 'withdrawn';
}

/** Approves; above the officer's limit a second officer seconds. False while it waits. */
function approve(life: LoanLife, draft: Draft, on: LocalDate): boolean {
  const { rng, loanId, context } = life;
  const registrar = draft.apply.registeredBy;
  const officers = OFFICERS.filter((o) => o !== registrar);
  const first = rng.pick(officers);
  const extra: Partial<DecisionContext> =
    draft.apply.productCode === 'winwinlening'
      ? // Every generated borrower and lender has this one loan: nothing else is registered.
        { winwinExposure: { borrowerRegistered: Money.zero(), lenderRegistered: Money.zero() } }
      : {};
  const referenceCurve =
    draft.apply.productCode === 'cofinanciering' ? curveInForce(context.curves, on) : undefined;
  const limit = context.settings.approvalLimit;
  const officer = (id: string) => ({ id, ...(limit ? { approvalLimit: limit } : {}) });
  life.run(
    {
      type: 'ApproveLoan',
      loanId,
      approvedOn: on,
      officer: officer(first),
      ...draft.approval,
      ...(referenceCurve ? { referenceCurve } : {}),
    },
    first,
    on,
    extra,
  );
  if (limit && draft.apply.amount.gt(limit)) {
    const secondOn = afterWorkingDays(rng, on, [0, 3]);
    if (secondOn.isAfter(life.asOf)) return false;
    const second = rng.pick(officers.filter((o) => o !== first));
    life.run(
      {
        type: 'ApproveLoan',
        loanId,
        approvedOn: secondOn,
        officer: officer(second),
      },
      second,
      secondOn,
      extra,
    );
  }
  life.status = 'approved';
  return true;
}

function afterApproval(life: LoanLife, draft: Draft): void {
  const { rng, loanId } = life;
  const offer = life.current().offer!;
  const winwin = draft.apply.productCode === 'winwinlening';
  // A win-win registration records a loan already contracted: paid out within days.
  const fate = winwin
    ? 'disbursed'
    : rng.weighted([
        ['disbursed', 86],
        ['withdrawn', 5],
        ['lapsed', 9],
      ] as const);
  if (fate === 'lapsed') {
    const lapsedOn = offer.offerValidUntil.plusDays(1);
    if (!lapsedOn.isAfter(life.asOf)) {
      life.run({ type: 'LapseOffer', loanId }, OFFER_LAPSE_ACTOR, lapsedOn);
      life.status = 'lapsed';
    }
    return;
  }
  const latest = winwin ? offer.approvedOn.plusDays(7) : offer.offerValidUntil;
  const on = minDate(
    dayIn(rng, offer.approvedOn, minDate(latest, offer.approvedOn.plusDays(25))),
    latest,
  );
  if (on.isAfter(life.asOf)) return; // the offer is still open
  if (fate === 'withdrawn') {
    withdraw(life, draft, on, rng.pick(WITHDRAWAL_REASONS));
    return;
  }
  life.run({ type: 'DisburseLoan', loanId, disbursedOn: on }, rng.pick(PAYMENT_CLERKS), on);
  life.status = 'active';
  life.startLedger();
  repay(life);
  if (life.isRepaid()) releaseGuarantees(life);
}

/** The loan's payments (and early repayment or default) up to the as-of date. */
function repay(life: LoanLife): void {
  const { rng, asOf } = life;
  const winwin = life.current().application!.productCode === 'winwinlening';
  let behaviour = rng.weighted(BEHAVIOUR_WEIGHTS);
  if (behaviour === 'early-partial' && winwin) behaviour = 'early-full';
  life.behaviour = behaviour;
  const disbursedOn = life.current().disbursement!.disbursedOn;
  switch (behaviour) {
    case 'on-time':
      life.payOnTime(asOf);
      return;
    case 'irregular':
      payIrregularly(life);
      return;
    case 'behind': {
      const due = dueBefore(life, asOf);
      const missed = rng.int(1, 4);
      payFirst(life, due - missed);
      const slot = life.oldestUnpaid();
      if (slot && slot.dueOn.isBefore(asOf) && rng.chance(30)) {
        const on = nextWorkingDay(slot.dueOn.plusDays(rng.int(5, 20)));
        if (!on.isAfter(asOf)) life.pay(on, shareDown(unpaid(slot), rng.int(20, 80), eur('0.01')));
      }
      return;
    }
    case 'early-full':
    case 'early-partial': {
      const span = asOf.toEpochDay() - disbursedOn.toEpochDay();
      if (span < 90) {
        life.payOnTime(asOf);
        return;
      }
      const on = nextWorkingDay(disbursedOn.plusDays(rng.int(60, span)));
      if (on.isAfter(asOf)) {
        life.payOnTime(asOf);
        return;
      }
      life.payOnTime(on);
      if (life.status !== 'active') return;
      if (behaviour === 'early-full') {
        life.repayEarly(on, true);
        return;
      }
      const outstanding = life.current().outstandingPrincipal;
      const capital = shareDown(outstanding, rng.int(10, 60), eur('100.00'));
      if (capital.isPositive() && capital.lt(outstanding)) life.repayEarly(on, false, capital);
      life.payOnTime(asOf);
      return;
    }
    case 'default':
      payUntilDefault(life);
      return;
  }
}

/** Instalments due before `on`. */
function dueBefore(life: LoanLife, on: LocalDate): number {
  return life.slots.filter((s) => s.dueOn.isBefore(on)).length;
}

/** The first `count` instalments, on time. */
function payFirst(life: LoanLife, count: number): void {
  for (let k = 0; k < count; k++) {
    const slot = life.oldestUnpaid();
    if (!slot) return;
    life.payOnTime(slot.dueOn);
  }
}

function payIrregularly(life: LoanLife): void {
  const { rng, asOf } = life;
  for (;;) {
    const slot = life.oldestUnpaid();
    if (!slot || life.status !== 'active') return;
    let on = nextWorkingDay(slot.dueOn.plusDays(rng.int(8, 45)));
    const last = life.lastMovement;
    if (last && !on.isAfter(last)) on = nextWorkingDay(last.plusDays(rng.int(3, 20)));
    if (on.isAfter(asOf)) return;
    const due = life.unpaidDueOn(on);
    const partial = rng.chance(12) ? shareDown(due, rng.int(30, 90), eur('0.01')) : undefined;
    life.pay(on, partial && partial.isPositive() ? partial : due);
  }
}

function payUntilDefault(life: LoanLife): void {
  const { rng, asOf, loanId } = life;
  const due = dueBefore(life, asOf);
  if (due === 0) return;
  payFirst(life, rng.int(0, due - 1));
  const oldest = life.oldestUnpaid();
  if (!oldest || life.status !== 'active') return;
  const cause = rng.weighted<DefaultCause>([
    ['arrears', 50],
    ['bankruptcy', 25],
    ['insolvency', 8],
    ['dissolution', 7],
    ['cessation', 6],
    ['death', 4],
  ]);
  const defaultedOn =
    cause === 'arrears'
      ? nextWorkingDay(oldest.dueOn.plusMonths(3).plusDays(rng.int(1, 60)))
      : nextWorkingDay(oldest.dueOn.plusDays(rng.int(5, 90)));
  if (defaultedOn.isAfter(asOf)) return; // in arrears for now
  const recovery = rng.pick(RECOVERY_OFFICERS);
  life.run({ type: 'DeclareDefault', loanId, defaultedOn, cause }, recovery, defaultedOn);
  life.status = 'defaulted';
  let on = defaultedOn;
  const next = (min: number, max: number) => {
    on = nextWorkingDay(on.plusDays(rng.int(min, max)));
    return !on.isAfter(asOf);
  };
  const recoverable = () => {
    const s = life.current();
    return s.default!.outstandingPrincipal.minus(s.recovered);
  };
  for (const g of life.current().guarantees) {
    if (g.kind === 'government' || !g.remaining.isPositive()) continue;
    const amount = Money.min(g.remaining, recoverable());
    if (!amount.isPositive() || !next(10, 40)) return;
    life.run(
      { type: 'CallGuarantee', loanId, guaranteeId: g.guaranteeId, calledOn: on, amount },
      recovery,
      on,
    );
    if (rng.chance(70)) {
      const received = Money.min(amount, recoverable());
      if (!received.isPositive() || !next(15, 90)) return;
      life.run(
        { type: 'RecordRecovery', loanId, receivedOn: on, amount: received, source: 'guarantor' },
        recovery,
        on,
      );
    }
  }
  const state = life.current();
  const coverEnds = state.disbursement!.disbursedOn.plusMonths(
    state.offer!.termMonths + GOVERNMENT_GUARANTEE_MONTHS_AFTER_TERM,
  );
  if (
    state.application!.productCode === 'winwinlening' &&
    GOVERNMENT_GUARANTEE_CAUSES.includes(cause) &&
    !defaultedOn.isAfter(coverEnds)
  ) {
    const lost = state.default!.outstandingPrincipal.minus(state.recoveredBeforeGuarantee);
    if (lost.isPositive() && next(30, 120)) {
      const [claimed] = life.run(
        { type: 'ClaimGovernmentGuarantee', loanId, claimedOn: on, principalLost: lost },
        recovery,
        on,
      );
      const claim = Money.parse((claimed.data as { claim: string }).claim);
      const received = Money.min(claim, recoverable());
      if (received.isPositive() && next(20, 60)) {
        life.run(
          {
            type: 'RecordRecovery',
            loanId,
            receivedOn: on,
            amount: received,
            source: 'government-guarantee',
          },
          recovery,
          on,
        );
      }
    }
  }
  if (rng.chance(25)) {
    const received = shareDown(recoverable(), rng.int(5, 25), eur('0.01'));
    if (received.isPositive() && next(60, 240)) {
      life.run(
        { type: 'RecordRecovery', loanId, receivedOn: on, amount: received, source: 'liquidation' },
        recovery,
        on,
      );
    }
  }
  if (rng.chance(50) && life.current().outstandingPrincipal.isPositive() && next(120, 365)) {
    life.run(
      { type: 'WriteOffLoan', loanId, writtenOffOn: on, reason: rng.pick(WRITE_OFF_REASONS) },
      recovery,
      on,
    );
    life.status = 'written-off';
  }
}

/** A repaid loan's securities are mostly given back. */
function releaseGuarantees(life: LoanLife): void {
  const { rng, loanId, asOf } = life;
  const state = life.current();
  if (state.guarantees.length === 0 || !rng.chance(60)) return;
  const on = nextWorkingDay(state.repaidOn!.plusDays(rng.int(5, 40)));
  if (on.isAfter(asOf)) return;
  for (const g of state.guarantees) {
    life.run(
      { type: 'ReleaseGuarantee', loanId, guaranteeId: g.guaranteeId, releasedOn: on },
      rng.pick(OFFICERS),
      on,
    );
  }
}
