import { Rate } from '../money';
import { NOTHING_REGISTERED, bakery, date, eur, loanSpec, specContext } from '../testing/loan-spec';
import type { LoanCommand } from './commands';
import { decide } from './decide';
import {
  GuaranteeNotFoundError,
  LoanNotFoundError,
  LoanStateConflictError,
  RuleViolationError,
} from './errors';
import type { LoanEvent, LoanEventType } from './events';
import { LOAN_LIFECYCLE_STATUSES } from './lifecycle-codes';
import { evolve, foldLoan, initialLoanState, type LoanStatus } from './state';

// DOMAIN.md §2: every command in every state, for both products in the catalogue. Each pair
// gives its events (and the status they lead to), or the error the client gets: 404 for a loan
// that does not exist, 409 for a command that does not fit the state, 422 for a rule of the
// product. The histories are made by the decider itself, from commands.

const loanId = '5b7c1d2e-3f40-4a51-8b62-7c83d94ea0f1';
const ctx = () => specContext({ winwinExposure: NOTHING_REGISTERED });
const spec = loanSpec({ winwinExposure: NOTHING_REGISTERED });

type Product = 'impulskrediet' | 'winwinlening';
type CommandType = LoanCommand['type'];
type CommandOf<T extends CommandType> = Extract<LoanCommand, { type: T }>;

/** The dates of each product's loan: an Impulskrediet of 2018, a win-win loan of 2021. */
const dates: Record<Product, Record<string, string>> = {
  impulskrediet: {
    applied: '2018-03-01',
    approved: '2018-03-15',
    disbursed: '2018-03-20',
    firstDue: '2018-04-20',
    earlyRepaid: '2018-04-01',
    defaulted: '2018-05-01',
    afterDefault: '2019-01-10',
  },
  winwinlening: {
    applied: '2021-03-10',
    approved: '2021-03-15',
    disbursed: '2021-03-20',
    firstDue: '2021-04-20',
    earlyRepaid: '2021-04-01',
    defaulted: '2021-05-01',
    afterDefault: '2022-01-10',
  },
};

const borrower = bakery;

/**
 * One command of each type (the mapped type makes the typecheck fail when a command type is
 * added without its column here).
 */
const commands: { [T in CommandType]: (p: Product) => CommandOf<T> } = {
  ApplyForLoan: (p) => ({
    type: 'ApplyForLoan',
    loanId,
    productCode: p,
    borrower,
    amount: eur(p === 'impulskrediet' ? '25000.00' : '60000.00'),
    termMonths: 60,
    purpose: 'oven and working capital',
    appliedOn: date(dates[p].applied),
    registeredBy: 'clerk-anna',
    guarantees: [{ kind: 'personal', guarantor: 'Jan Peeters', amount: eur('5000.00') }],
    ...(p === 'winwinlening'
      ? {
          signedOn: date('2021-03-01'),
          lender: { id: 'lender-17', name: 'An Janssens', relationToBorrower: 'friend' as const },
          annualRate: Rate.parse('0.01'),
        }
      : {}),
  }),
  ApproveLoan: (p) => ({
    type: 'ApproveLoan',
    loanId,
    approvedOn: date(dates[p].approved),
    officer: { id: 'officer-bart' },
    guarantees: [{ kind: 'real', guarantor: 'mortgage on the bakery', amount: eur('10000.00') }],
  }),
  RefuseLoan: (p) => ({
    type: 'RefuseLoan',
    loanId,
    refusedOn: date(dates[p].approved),
    reasons: ['known-payment-arrears'],
    explanation: 'arrears with two suppliers',
  }),
  WithdrawApplication: (p) => ({
    type: 'WithdrawApplication',
    loanId,
    withdrawnOn: date(dates[p].approved),
    reason: 'found other financing',
  }),
  DisburseLoan: (p) => ({ type: 'DisburseLoan', loanId, disbursedOn: date(dates[p].disbursed) }),
  LapseOffer: () => ({ type: 'LapseOffer', loanId }),
  RepayInstalment: (p) => ({
    type: 'RepayInstalment',
    loanId,
    paidOn: date(dates[p].firstDue),
    amount: eur('100.00'),
  }),
  RepayEarly: (p) => ({
    type: 'RepayEarly',
    loanId,
    repaidOn: date(dates[p].earlyRepaid),
    full: true,
  }),
  ReleaseGuarantee: () => ({
    type: 'ReleaseGuarantee',
    loanId,
    guaranteeId: 'g1',
    releasedOn: date('2024-01-10'),
    amount: eur('1000.00'),
  }),
  RefuseGuaranteeRelease: () => ({
    type: 'RefuseGuaranteeRelease',
    loanId,
    guaranteeId: 'g1',
    refusedOn: date('2024-01-10'),
    reasons: ['open-commitments-covered'],
    explanation: 'the guarantee still covers the credit line',
  }),
  DeclareDefault: (p) => ({
    type: 'DeclareDefault',
    loanId,
    defaultedOn: date(dates[p].defaulted),
    cause: 'bankruptcy',
  }),
  CallGuarantee: (p) => ({
    type: 'CallGuarantee',
    loanId,
    guaranteeId: 'g1',
    calledOn: date(dates[p].afterDefault),
    amount: eur('1000.00'),
  }),
  ClaimGovernmentGuarantee: (p) => ({
    type: 'ClaimGovernmentGuarantee',
    loanId,
    claimedOn: date(dates[p].afterDefault),
    principalLost: eur('1000.00'),
  }),
  RecordRecovery: (p) => ({
    type: 'RecordRecovery',
    loanId,
    receivedOn: date(dates[p].afterDefault),
    amount: eur('1000.00'),
    source: 'liquidation',
  }),
  WriteOffLoan: (p) => ({
    type: 'WriteOffLoan',
    loanId,
    writtenOffOn: date(dates[p].afterDefault),
    reason: 'bankruptcy closed without dividend',
  }),
  RequestWrittenRefusal: (p) => ({
    type: 'RequestWrittenRefusal',
    loanId,
    requestedOn: date(dates[p].firstDue),
  }),
  RecordCreditAssessment: (p) => ({
    type: 'RecordCreditAssessment',
    loanId,
    assessedOn: date(dates[p].applied),
    assessedBy: 'clerk-anna',
    input: {
      householdType: 'single',
      housing: { tenure: 'renter', rent: eur('650.00') },
      applicantBirthDate: date('1985-06-01'),
      signingDate: date(dates[p].approved),
      termMonths: 60,
      incomes: [{ kind: 'salary', monthlyNet: eur('3200.00') }],
      obligations: [],
      wageGarnishment: false,
      divorceInProgress: false,
    },
  }),
  IssueReminder: () => ({ type: 'IssueReminder', loanId, level: 'first' }),
  RecordApplicationInformation: (p) => ({
    type: 'RecordApplicationInformation',
    loanId,
    recordedOn: date(dates[p].applied),
    recordedBy: 'clerk-anna',
    items: [
      { item: 'financial-results-and-plan', status: 'provided' },
      { item: 'guarantor-identity', guaranteeId: 'g1', status: 'provided' },
    ],
  }),
};
const COMMAND_TYPES = Object.keys(commands) as CommandType[];

/** Runs commands through the decider from nothing: the events of a loan's history. */
function history(product: Product, steps: CommandType[]): LoanEvent[] {
  const events: LoanEvent[] = [];
  let state = initialLoanState;
  for (const step of steps) {
    const produced = decide(commands[step](product), state, ctx());
    events.push(...produced);
    state = produced.reduce(evolve, state);
  }
  return events;
}

/** Each state a loan can be in, by the commands that lead there (withdrawn: from both sides). */
const paths = {
  none: [],
  applied: ['ApplyForLoan'],
  approved: ['ApplyForLoan', 'ApproveLoan'],
  refused: ['ApplyForLoan', 'RefuseLoan'],
  'withdrawn (application)': ['ApplyForLoan', 'WithdrawApplication'],
  'withdrawn (offer)': ['ApplyForLoan', 'ApproveLoan', 'WithdrawApplication'],
  lapsed: ['ApplyForLoan', 'ApproveLoan', 'LapseOffer'],
  active: ['ApplyForLoan', 'ApproveLoan', 'DisburseLoan'],
  repaid: ['ApplyForLoan', 'ApproveLoan', 'DisburseLoan', 'RepayEarly'],
  defaulted: ['ApplyForLoan', 'ApproveLoan', 'DisburseLoan', 'DeclareDefault'],
  'written-off': ['ApplyForLoan', 'ApproveLoan', 'DisburseLoan', 'DeclareDefault', 'WriteOffLoan'],
} satisfies Record<string, CommandType[]>;
type StateName = keyof typeof paths;
const STATE_NAMES = Object.keys(paths) as StateName[];
const statusOf = (name: StateName): LoanStatus => name.replace(/ \(.*\)$/, '') as LoanStatus;

/** The events and the status they lead to; 404 (not-found) or 409 (conflict); or a product rule (422). */
type Outcome =
  { events: LoanEventType[]; to: LoanStatus } | 'not-found' | 'conflict' | { rule: string };
type Cell = Outcome | Record<Product, Outcome>;

const C = 'conflict' as const;
const to = (status: LoanStatus, ...events: LoanEventType[]): Outcome => ({ events, to: status });
/** The guarantee commands leave the status as it is, in every state (DOMAIN.md §2, last row). */
const guaranteeCommands = (status: LoanStatus) => ({
  ReleaseGuarantee: to(status, 'GuaranteeReleased'),
  RefuseGuaranteeRelease: to(status, 'GuaranteeReleaseRefused'),
});
/** A loan in a final state (or repaid): only its guarantees can still be released or kept. */
const finalRow = (status: LoanStatus): Record<CommandType, Cell> => ({
  ApplyForLoan: C,
  ApproveLoan: C,
  RefuseLoan: C,
  WithdrawApplication: C,
  DisburseLoan: C,
  LapseOffer: C,
  RepayInstalment: C,
  RepayEarly: C,
  ...guaranteeCommands(status),
  DeclareDefault: C,
  CallGuarantee: C,
  ClaimGovernmentGuarantee: C,
  RecordRecovery: C,
  WriteOffLoan: C,
  RequestWrittenRefusal: C,
  RecordApplicationInformation: C,
  RecordCreditAssessment: C,
  IssueReminder: C,
});
/** After a default: guarantees called, the government guarantee claimed, recoveries recorded. */
const defaultedRow = (status: 'defaulted' | 'written-off'): Record<CommandType, Cell> => ({
  ...finalRow(status),
  CallGuarantee: to(status, 'GuaranteeCalled'),
  ClaimGovernmentGuarantee: {
    impulskrediet: { rule: 'no-government-guarantee' },
    winwinlening: to(status, 'GovernmentGuaranteeClaimed'),
  },
  RecordRecovery: to(status, 'RecoveryRecorded'),
  WriteOffLoan: status === 'defaulted' ? to('written-off', 'LoanWrittenOff') : C,
});

const outcomes: Record<StateName, Record<CommandType, Cell>> = {
  none: Object.fromEntries(
    COMMAND_TYPES.map((t) => [
      t,
      t === 'ApplyForLoan' ? to('applied', 'LoanApplied') : 'not-found',
    ]),
  ) as Record<CommandType, Cell>,
  applied: {
    ...finalRow('applied'),
    ApproveLoan: to('approved', 'LoanApproved'),
    RefuseLoan: to('refused', 'LoanRefused'),
    WithdrawApplication: to('withdrawn', 'ApplicationWithdrawn'),
    RecordApplicationInformation: to('applied', 'ApplicationInformationRecorded'),
    RecordCreditAssessment: to('applied', 'CreditAssessmentRecorded'),
  },
  approved: {
    ...finalRow('approved'),
    WithdrawApplication: to('withdrawn', 'ApplicationWithdrawn'),
    DisburseLoan: to('active', 'LoanDisbursed'),
    // A win-win registration records a loan already contracted: it never lapses.
    LapseOffer: {
      impulskrediet: to('lapsed', 'OfferLapsed'),
      winwinlening: { rule: 'offer-does-not-lapse' },
    },
  },
  refused: {
    ...finalRow('refused'),
    RequestWrittenRefusal: to('refused', 'WrittenRefusalRequested'),
  },
  'withdrawn (application)': finalRow('withdrawn'),
  'withdrawn (offer)': finalRow('withdrawn'),
  lapsed: finalRow('lapsed'),
  active: {
    ...finalRow('active'),
    RepayInstalment: to('active', 'InstalmentPaid'),
    RepayEarly: to('repaid', 'EarlyRepaymentMade', 'LoanRepaid'),
    DeclareDefault: to('defaulted', 'LoanDefaulted'),
    // Today is long after the first instalment fell due, unpaid.
    IssueReminder: {
      impulskrediet: to('active', 'ReminderIssued'),
      winwinlening: { rule: 'reminder-not-serviced' },
    },
  },
  repaid: finalRow('repaid'),
  defaulted: defaultedRow('defaulted'),
  'written-off': defaultedRow('written-off'),
};

const PRODUCTS: Product[] = ['impulskrediet', 'winwinlening'];
const describeOutcome = (o: Outcome): string =>
  o === 'not-found'
    ? '404 LoanNotFoundError'
    : o === 'conflict'
      ? '409 LoanStateConflictError'
      : 'rule' in o
        ? `422 ${o.rule}`
        : `${o.events.join(' + ')}, ${o.to}`;
const outcomeFor = (cell: Cell, product: Product): Outcome =>
  typeof cell === 'string' || 'events' in cell || 'rule' in cell ? cell : cell[product];

describe('the loan lifecycle: every command in every state (DOMAIN.md §2)', () => {
  it('the table covers every status × every command type', () => {
    const statuses = new Set(STATE_NAMES.map(statusOf));
    expect([...statuses].sort()).toEqual(['none', ...LOAN_LIFECYCLE_STATUSES].sort());
    expect(COMMAND_TYPES).toHaveLength(19);
    for (const name of STATE_NAMES) {
      expect(Object.keys(outcomes[name]).sort()).toEqual([...COMMAND_TYPES].sort());
    }
    for (const type of COMMAND_TYPES) {
      for (const p of PRODUCTS) expect(commands[type](p).type).toBe(type);
    }
  });

  for (const product of PRODUCTS) {
    describe(product, () => {
      for (const name of STATE_NAMES) {
        // Unreachable for a win-win loan (see approved × LapseOffer).
        if (name === 'lapsed' && product === 'winwinlening') continue;
        const given = history(product, paths[name]);

        it(`given the history of a loan ${name}, then its status is ${statusOf(name)}`, () => {
          expect(foldLoan(given).status).toBe(statusOf(name));
        });

        for (const type of COMMAND_TYPES) {
          const outcome = outcomeFor(outcomes[name][type], product);
          it(`given a loan ${name}, when ${type}, then ${describeOutcome(outcome)}`, () => {
            const when = spec.given(given).when(commands[type](product));
            if (outcome === 'not-found') {
              when.thenThrows(LoanNotFoundError, (e) => expect(e.loanId).toBe(loanId));
            } else if (outcome === 'conflict') {
              when.thenThrows(LoanStateConflictError, (e) => {
                expect(e.currentState).toBe(statusOf(name));
                expect(e.commandType).toBe(type);
              });
            } else if ('rule' in outcome) {
              when.thenThrows(RuleViolationError, (e) =>
                expect(e.violations.map((v) => v.rule)).toEqual([outcome.rule]),
              );
            } else {
              when.thenEvents((events) => {
                expect(events.map((e) => e.type)).toEqual(outcome.events);
                expect(foldLoan(events, foldLoan(given)).status).toBe(outcome.to);
              });
            }
          });
        }
      }
    });
  }

  describe('a guarantee the loan does not have', () => {
    const unknown = {
      ReleaseGuarantee: commands.ReleaseGuarantee,
      RefuseGuaranteeRelease: commands.RefuseGuaranteeRelease,
      CallGuarantee: commands.CallGuarantee,
    } as const;
    // Where the command fits the state, the unknown id is a 404 of its own; elsewhere the
    // state decides first (404 for no loan, 409 for a command that does not fit).
    for (const name of STATE_NAMES) {
      for (const [type, make] of Object.entries(unknown)) {
        const fits = outcomeFor(outcomes[name][type as CommandType], 'impulskrediet');
        const expected = typeof fits === 'string' ? fits : 'guarantee-not-found';
        it(`given a loan ${name}, when ${type} of g9, then ${expected}`, () => {
          const when = spec
            .given(history('impulskrediet', paths[name]))
            .when({ ...make('impulskrediet'), guaranteeId: 'g9' });
          if (expected === 'not-found') when.thenThrows(LoanNotFoundError);
          else if (expected === 'conflict') when.thenThrows(LoanStateConflictError);
          else
            when.thenThrows(GuaranteeNotFoundError, (e) => {
              expect(e.guaranteeId).toBe('g9');
              expect(e.loanId).toBe(loanId);
            });
        });
      }
    }
  });
});
