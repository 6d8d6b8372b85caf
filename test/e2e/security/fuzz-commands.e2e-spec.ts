import fc from 'fast-check';
import type { Response } from 'supertest';
import { hasSqlDatabase, type EventStore } from '@loanbook/event-store';
import { EVENT_STORE } from '../../../apps/back-office/src/infrastructure/tokens';
import { startBackOffice, type RunningApp, type TestUser } from '../harness';
import {
  DEFAULT_CAUSES,
  GUARANTEE_RELEASE_REFUSAL_REASON_CODES,
  RECOVERY_SOURCES,
} from '@loanbook/domain';
import {
  activeLoan,
  approvedOffer,
  defaultedLoan,
  defaultedWinwin,
  guaranteedLoan,
  household,
  impulskredietApplication,
  lenderPersonId,
  LENDER_IBAN,
  refusedLoan,
  registeredLoan,
  suspenseItem,
} from '../fixtures';

jest.setTimeout(120_000);

// Generated bodies (and headers, and ids) for every command endpoint, sent as a user who may
// call it: whatever arrives, the answer is never a 5xx, an error is always problem+json without
// a stack trace, and a rejected request records nothing. Every POST of the OpenAPI document must
// be in the table; the queries that compute from the ledger get generated query strings.

/** Per endpoint; the whole file stays well under a minute on two cores. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** A failure prints its seed (and path): FUZZ_SEED=<seed> replays it. */
const FC_OPTIONS: fc.Parameters<unknown> = {
  numRuns: RUNS,
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
};

const application = impulskredietApplication();

// --- values -------------------------------------------------------------------------------

const huge = fc
  .tuple(
    fc.constantFrom('a', '9', '€', '😀', ' ', '\u0000', '"', '\\', '<script>'),
    fc.integer({ min: 300, max: 12_000 }),
  )
  .map(([c, n]) => c.repeat(n));
const unicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  // Lone surrogates: valid JSON escapes, invalid UTF-16.
  fc.string({
    unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    maxLength: 4,
  }),
  fc.constantFrom(
    '\u202e0403.170.701',
    'Ａｎｔｗｅｒｐｅｎ',
    'impulskrediet\u0000',
    'ıмpulskrediet',
    '\ufeff2018-03-01',
  ),
);
const numbers = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 2 ** 53 + 1, 25000, 25000.001, 60, 60.5, -60),
);
const moneyLike = fc.constantFrom(
  '25000',
  '25000.001',
  '25 000,00',
  '25.000,00',
  '-0.00',
  '0.00',
  '1e5',
  '0x61A8',
  ' 25000.00',
  '25000.00 ',
  'Infinity',
  'NaN',
  '99999999999999999999999999999999.99',
  '+25000.00',
  '٢٥٠٠٠.٠٠',
);
const dateLike = fc.oneof(
  fc.constantFrom(
    '2021-02-30',
    '2021-13-01',
    '2021-00-10',
    '0000-01-01',
    '9999-12-31',
    '2021-1-1',
    '20210101',
    '2018-03-15T00:00:00Z',
    '+002018-03-15',
    '-2018-03-15',
    '2018-03-15 ',
    '1900-02-29',
    '2100-01-01',
    'today',
    '',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);
const nested = fc.anything({ maxDepth: 4, maxKeys: 6, withNullPrototype: true });
const junk = fc.oneof(
  { weight: 3, arbitrary: nested },
  { weight: 2, arbitrary: numbers },
  { weight: 2, arbitrary: unicode },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: moneyLike },
  { weight: 1, arbitrary: dateLike },
  {
    weight: 1,
    arbitrary: fc.constantFrom(null, true, false, [], {}, [null], ['known-payment-arrears', 7]),
  },
);

type Mix = (plausible: fc.Arbitrary<unknown>) => fc.Arbitrary<unknown>;
/** A field's plausible values or junk. */
const mixed: Mix = (plausible) =>
  fc.oneof({ weight: 2, arbitrary: plausible }, { weight: 3, arbitrary: junk });
/** Only plausible values: bodies that pass validation and meet the domain's rules. */
const plausibleOnly: Mix = (plausible) => plausible;

const validDate = (from: string, to: string) =>
  fc
    .date({
      min: new Date(`${from}T12:00:00Z`),
      max: new Date(`${to}T12:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

const enterpriseNumbers = fc.constantFrom(
  '0403.170.701',
  '0202.239.951',
  '0417.497.106',
  'BE0403170701',
);

// --- endpoints ----------------------------------------------------------------------------

interface CommandEndpoint {
  /** Method and OpenAPI path, as the document lists it. */
  name: string;
  user: TestUser;
  /** The path, with the loan to act on when it takes one. */
  path: (id: string) => string;
  /** What the path names: a fresh one is made first, and again after each success. */
  target?: Target;
  /** A body the endpoint accepts. */
  valid: Record<string, unknown>;
  /**
   * Records with the real field names; `field` gives a field's values: plausible ones only,
   * or mixed with junk.
   */
  fields: (field: Mix) => Record<string, fc.Arbitrary<unknown>>;
}

/**
 * loan: an application; offer: approved; active: paid out on 2018-03-20; guaranteed: an
 * application with a real (g1) and a personal (g2) guarantee; defaulted: an active loan with
 * both, in default since 2018-05-01; winwin-defaulted: a win-win loan in default since
 * 2021-05-01; person: a win-win lender; suspense: a bank statement's line no loan was found for.
 */
type Target =
  | 'loan'
  | 'refused'
  | 'offer'
  | 'active'
  | 'guaranteed'
  | 'defaulted'
  | 'winwin-defaulted'
  | 'person'
  | 'suspense';

const guarantees = (field: Mix) =>
  field(
    fc.array(
      field(
        fc.record(
          {
            kind: field(fc.constantFrom('personal', 'real', 'government', 'moral')),
            guarantor: field(fc.string({ minLength: 1, maxLength: 30 })),
            amount: field(fc.constantFrom('5000.00', '0.01', '100000.00')),
          },
          { requiredKeys: [] },
        ),
      ),
      { maxLength: 3 },
    ),
  );
const releaseReasons = fc.array(
  fc.constantFrom(...GUARANTEE_RELEASE_REFUSAL_REASON_CODES, 'bad-weather'),
  { maxLength: 12 },
);

const ENDPOINTS: CommandEndpoint[] = [
  {
    name: 'POST /api/v1/loans',
    user: 'clerk',
    path: () => '/api/v1/loans',
    valid: application,
    fields: (field) => ({
      loanId: field(fc.uuid()),
      productCode: field(
        fc.constantFrom('impulskrediet', 'winwinlening', 'cofinanciering', 'startlening'),
      ),
      borrower: field(
        fc.record(
          {
            enterpriseNumber: field(enterpriseNumbers),
            name: field(fc.string({ minLength: 1, maxLength: 30 })),
            province: field(fc.constantFrom('Antwerpen', 'Limburg', 'Brussel', 'Luik')),
          },
          { requiredKeys: [] },
        ),
      ),
      amount: field(fc.constantFrom('25000.00', '2500.00', '60000.00', '100.50')),
      termMonths: field(fc.integer({ min: 1, max: 600 })),
      purpose: field(fc.string({ minLength: 1, maxLength: 50 })),
      appliedOn: field(validDate('2016-01-01', '2026-01-01')),
      signedOn: field(validDate('2016-01-01', '2026-01-01')),
      lender: field(
        fc.record(
          {
            id: field(fc.string({ minLength: 1, maxLength: 20 })),
            name: field(fc.string({ minLength: 1, maxLength: 20 })),
            relationToBorrower: field(fc.constantFrom('none', 'friend', 'family', 'employee')),
          },
          { requiredKeys: [] },
        ),
      ),
      annualRate: field(fc.constantFrom('0.01', '0.06', '0.0125', '0.5')),
      guarantees: guarantees(field),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/approval',
    user: 'officer',
    path: (loanId) => `/api/v1/loans/${loanId}/approval`,
    target: 'loan',
    valid: { approvedOn: '2018-03-15' },
    fields: (field) => ({
      approvedOn: field(validDate('2018-01-01', '2026-01-01')),
      amount: field(fc.constantFrom('25000.00', '2500.00', '24999.99', '30000.00')),
      annualRate: field(fc.constantFrom('0.06', '0.07', '0')),
      termMonths: field(fc.integer({ min: 1, max: 600 })),
      repayment: field(
        fc.record(
          {
            method: field(fc.constantFrom('annuity', 'linear', 'bullet')),
            frequency: field(fc.constantFrom('monthly', 'quarterly', 'semiannual', 'annual')),
            capitalHolidayMonths: field(fc.integer({ min: 0, max: 600 })),
          },
          { requiredKeys: [] },
        ),
      ),
      offerValidUntil: field(validDate('2018-01-01', '2026-01-01')),
      guarantees: guarantees(field),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/refusal',
    user: 'officer',
    path: (loanId) => `/api/v1/loans/${loanId}/refusal`,
    target: 'loan',
    valid: { refusedOn: '2018-03-20', reasons: ['known-payment-arrears'] },
    fields: (field) => ({
      refusedOn: field(validDate('2018-01-01', '2026-01-01')),
      reasons: field(
        fc.array(fc.constantFrom('known-payment-arrears', 'outside-lender-policy', 'bad-weather'), {
          maxLength: 20,
        }),
      ),
      explanation: field(fc.string({ maxLength: 100 })),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/written-refusal',
    user: 'clerk',
    path: (loanId) => `/api/v1/loans/${loanId}/written-refusal`,
    target: 'refused',
    valid: { requestedOn: '2018-04-02' },
    fields: (field) => ({
      requestedOn: field(validDate('2018-01-01', '2026-01-01')),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/application-information',
    user: 'clerk',
    path: (loanId) => `/api/v1/loans/${loanId}/application-information`,
    target: 'guaranteed',
    valid: {
      recordedOn: '2018-03-05',
      items: [{ item: 'financial-results-and-plan', status: 'provided' }],
    },
    fields: (field) => ({
      recordedOn: field(validDate('2018-01-01', '2026-01-01')),
      items: field(
        fc.array(
          field(
            fc.record(
              {
                item: field(
                  fc.constantFrom('social-balance-sheet', 'guarantor-identity', 'horoscope'),
                ),
                guaranteeId: field(fc.constantFrom('g1', 'g2', 'g9', 'x')),
                status: field(fc.constantFrom('provided', 'already-known', 'maybe')),
                note: field(fc.string({ maxLength: 30 })),
              },
              { requiredKeys: [] },
            ),
          ),
          { maxLength: 5 },
        ),
      ),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/credit-assessment',
    user: 'clerk',
    path: (loanId) => `/api/v1/loans/${loanId}/credit-assessment`,
    target: 'loan',
    valid: { assessedOn: '2018-03-05', household: household() },
    fields: (field) => ({
      assessedOn: field(validDate('2018-01-01', '2026-01-01')),
      household: field(
        fc.record(
          {
            householdType: field(fc.constantFrom('single', 'couple', 'alien')),
            housing: field(
              fc.record(
                {
                  tenure: field(fc.constantFrom('renter', 'owner', 'living-with-others', 'tent')),
                  rent: field(fc.constantFrom('650.00', '-1.00', '1e9')),
                  mortgageGrossCharge: field(fc.constantFrom('900.00', '0.001')),
                },
                { requiredKeys: [] },
              ),
            ),
            applicantBirthDate: field(validDate('1900-01-01', '2030-01-01')),
            signingDate: field(validDate('2000-01-01', '2030-01-01')),
            termMonths: field(fc.integer({ min: -5, max: 1000 })),
            incomes: field(
              fc.array(
                field(
                  fc.record(
                    {
                      kind: field(fc.constantFrom('salary', 'sick-pay', 'defence', 'lottery')),
                      monthlyNet: field(fc.constantFrom('3200.00', '0.00', '-5.00')),
                      phase: field(fc.constantFrom('I', 'II', 'IV')),
                    },
                    { requiredKeys: [] },
                  ),
                ),
                { maxLength: 4 },
              ),
            ),
            obligations: field(fc.array(field(fc.record({ kind: field(fc.string()) })))),
            wageGarnishment: field(fc.boolean()),
            divorceInProgress: field(fc.boolean()),
            requestedAmount: field(fc.constantFrom('20000.00', '0.00', 'x')),
          },
          { requiredKeys: [] },
        ),
      ),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/withdrawal',
    user: 'clerk',
    path: (loanId) => `/api/v1/loans/${loanId}/withdrawal`,
    target: 'loan',
    valid: { withdrawnOn: '2018-03-25' },
    fields: (field) => ({
      withdrawnOn: field(validDate('2018-01-01', '2026-01-01')),
      reason: field(fc.string({ maxLength: 100 })),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/disbursement',
    user: 'clerk',
    path: (loanId) => `/api/v1/loans/${loanId}/disbursement`,
    target: 'offer',
    valid: { disbursedOn: '2018-03-20' },
    fields: (field) => ({
      disbursedOn: field(validDate('2018-01-01', '2026-01-01')),
    }),
  },
  {
    name: 'POST /api/v1/inquiries',
    user: 'clerk',
    path: () => '/api/v1/inquiries',
    valid: { productCode: 'impulskrediet', contactedOn: '2022-02-14', channel: 'phone' },
    fields: (field) => ({
      inquiryId: field(fc.uuid()),
      productCode: field(fc.constantFrom('impulskrediet', 'winwinlening', 'payday-loan')),
      contactedOn: field(validDate('2016-01-01', '2026-01-01')),
      channel: field(fc.constantFrom('phone', 'email', 'website', 'pigeon')),
      enterpriseNumber: field(enterpriseNumbers),
    }),
  },
  {
    // The file is the body; its records are fuzzed by the parsers' own specs. Here: whatever
    // JSON or form arrives instead is refused (415/400) and records nothing.
    name: 'POST /api/v1/bank-statements',
    user: 'clerk',
    path: () => '/api/v1/bank-statements',
    valid: { statement: '0000015032272505' },
    fields: (field) => ({ statement: field(fc.string({ maxLength: 200 })) }),
  },
  {
    name: 'POST /api/v1/bank-statements/suspense/{itemId}/assign',
    user: 'clerk',
    path: (itemId) => `/api/v1/bank-statements/suspense/${itemId}/assign`,
    target: 'suspense',
    valid: { loanId: '00000000-0000-4000-8000-000000000000' },
    fields: (field) => ({ loanId: field(fc.uuid()) }),
  },
  {
    name: 'POST /api/v1/bank-statements/suspense/{itemId}/refund',
    user: 'clerk',
    path: (itemId) => `/api/v1/bank-statements/suspense/${itemId}/refund`,
    target: 'suspense',
    valid: { note: 'teruggestort' },
    fields: (field) => ({ note: field(fc.string({ maxLength: 300 })) }),
  },
  {
    name: 'POST /api/v1/people/{personId}/forget',
    user: 'admin',
    path: (personId) => `/api/v1/people/${personId}/forget`,
    target: 'person',
    valid: { reason: 'erasure request, ticket 4711' },
    fields: (field) => ({
      reason: field(fc.string({ maxLength: 100 })),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/repayments',
    user: 'clerk',
    path: (loanId) => `/api/v1/loans/${loanId}/repayments`,
    target: 'active',
    valid: { paidOn: '2018-04-20', amount: '483.32' },
    fields: (field) => ({
      paidOn: field(validDate('2018-03-01', '2019-06-01')),
      amount: field(fc.constantFrom('483.32', '966.64', '100.00', '483.33', '0.01', '25000.00')),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/early-repayments',
    user: 'clerk',
    path: (loanId) => `/api/v1/loans/${loanId}/early-repayments`,
    target: 'active',
    valid: { repaidOn: '2018-04-10', amount: '1000.00' },
    fields: (field) => ({
      repaidOn: field(validDate('2018-03-01', '2018-06-01')),
      amount: field(fc.constantFrom('1000.00', '25000.00', '24999.99', '25000.01', '0.01')),
      full: field(fc.boolean()),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/guarantees/{guaranteeId}/release',
    user: 'officer',
    path: (loanId) => `/api/v1/loans/${loanId}/guarantees/g1/release`,
    target: 'guaranteed',
    valid: { releasedOn: '2018-03-10' },
    fields: (field) => ({
      releasedOn: field(validDate('2018-01-01', '2027-01-01')),
      amount: field(fc.constantFrom('4000.00', '10000.00', '10000.01', '0.01')),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/guarantees/{guaranteeId}/release-refusal',
    user: 'officer',
    path: (loanId) => `/api/v1/loans/${loanId}/guarantees/g2/release-refusal`,
    target: 'guaranteed',
    valid: {
      refusedOn: '2018-03-10',
      reasons: ['open-commitments-covered'],
      explanation: 'still needed',
    },
    fields: (field) => ({
      refusedOn: field(validDate('2018-01-01', '2027-01-01')),
      reasons: field(releaseReasons),
      explanation: field(fc.string({ maxLength: 100 })),
      amountRequested: field(fc.constantFrom('5000.00', '5000.01', '0.01')),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/default',
    user: 'officer',
    path: (loanId) => `/api/v1/loans/${loanId}/default`,
    target: 'active',
    valid: { on: '2018-05-01', cause: 'bankruptcy' },
    fields: (field) => ({
      on: field(validDate('2018-03-01', '2019-06-01')),
      cause: field(fc.constantFrom(...DEFAULT_CAUSES, 'bad-luck')),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/guarantees/{guaranteeId}/call',
    user: 'officer',
    path: (loanId) => `/api/v1/loans/${loanId}/guarantees/g2/call`,
    target: 'defaulted',
    valid: { calledOn: '2018-06-01' },
    fields: (field) => ({
      calledOn: field(validDate('2018-04-01', '2027-01-01')),
      amount: field(fc.constantFrom('2500.00', '5000.00', '5000.01', '0.01')),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/government-guarantee-claim',
    user: 'officer',
    path: (loanId) => `/api/v1/loans/${loanId}/government-guarantee-claim`,
    target: 'winwin-defaulted',
    valid: { claimedOn: '2021-06-01', principalLost: '30000.00' },
    fields: (field) => ({
      claimedOn: field(validDate('2021-01-01', '2027-01-01')),
      principalLost: field(fc.constantFrom('30000.00', '60000.00', '60000.01', '0.01', '0.05')),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/recoveries',
    user: 'clerk',
    path: (loanId) => `/api/v1/loans/${loanId}/recoveries`,
    target: 'defaulted',
    valid: { receivedOn: '2018-06-01', amount: '1000.00', source: 'liquidation' },
    fields: (field) => ({
      receivedOn: field(validDate('2018-04-01', '2027-01-01')),
      amount: field(fc.constantFrom('1000.00', '25000.00', '25000.01', '0.01')),
      source: field(fc.constantFrom(...RECOVERY_SOURCES, 'lottery')),
    }),
  },
  {
    name: 'POST /api/v1/loans/{loanId}/write-off',
    user: 'officer',
    path: (loanId) => `/api/v1/loans/${loanId}/write-off`,
    target: 'defaulted',
    valid: { writtenOffOn: '2018-09-01', reason: 'bankruptcy closed' },
    fields: (field) => ({
      writtenOffOn: field(validDate('2018-04-01', '2027-01-01')),
      reason: field(fc.string({ maxLength: 100 })),
    }),
  },
  {
    // No body is read: the projection is in the path; whatever is sent, nothing is written to the log.
    name: 'POST /api/v1/projections/{name}/retry',
    user: 'admin',
    path: () => '/api/v1/projections/loans/retry',
    valid: {},
    fields: (field) => ({ name: field(fc.constantFrom('loans', 'inquiries')) }),
  },
  {
    name: 'POST /api/v1/reference-curves',
    user: 'officer',
    path: () => '/api/v1/reference-curves',
    valid: { recordedOn: '2013-11-08', points: [{ tenorMonths: 24, rate: '0.00531' }] },
    fields: (field) => ({
      recordedOn: field(validDate('2010-01-01', '2027-01-01')),
      source: field(fc.string({ maxLength: 50 })),
      points: field(
        fc.array(
          field(
            fc.record(
              {
                tenorMonths: field(fc.integer({ min: -1, max: 700 })),
                rate: field(fc.constantFrom('0.00531', '-0.0045', '0.5', '-1.5', '0')),
              },
              { requiredKeys: [] },
            ),
          ),
          { maxLength: 8 },
        ),
      ),
    }),
  },
];

/** A request body as it goes over the wire: text, or nothing at all. */
type Wire = { body?: string; contentType: string; headers: Record<string, string> };

const JSON_TYPE = 'application/json';

/** Printable ASCII, as an HTTP header value may hold it. */
const headerText = fc.string({ unit: 'grapheme-ascii', maxLength: 250 });

const headers = fc.record(
  {
    'Idempotency-Key': fc.oneof(headerText, fc.uuid()),
    'If-Match': fc.oneof(
      headerText,
      fc.constantFrom('"1"', 'W/"1"', '1', '"0"', '*', '"99999999999"'),
    ),
    'X-Correlation-Id': headerText,
    'X-Request-Id': headerText,
  },
  { requiredKeys: [] },
);

function wire(endpoint: CommandEndpoint): fc.Arbitrary<Wire> {
  const json = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));
  const record = fc
    .tuple(
      fc.record(endpoint.fields(mixed), { requiredKeys: [] }),
      fc.dictionary(fc.string({ maxLength: 12 }), junk, { maxKeys: 2 }),
      fc.boolean(),
    )
    .map(([known, extra, withExtra]) => (withExtra ? { ...extra, ...known } : known));
  // Plausible values only, some fields left out: what reaches the domain's rules.
  const plausible = fc.record(endpoint.fields(plausibleOnly), { requiredKeys: [] });
  const names = Object.keys(endpoint.fields(plausibleOnly));
  // A valid body with one field spoiled.
  const spoiled = fc
    .tuple(fc.constantFrom(...names), junk)
    .map(([key, value]) => ({ ...endpoint.valid, [key]: value }));
  const deep = fc
    .tuple(
      fc.constantFrom(...names),
      fc.integer({ min: 50, max: 20_000 }),
      fc.constantFrom('[', '{"a":'),
    )
    .map(([key, depth, open]) => {
      const close = open === '[' ? ']' : '}';
      return `{${JSON.stringify(key)}:${open.repeat(depth)}1${close.repeat(depth)}}`;
    });
  const pollution = fc.constantFrom(
    '{"__proto__":{"roles":["admin"],"approvalLimit":null}}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
    `{"__proto__":{"amount":"1.00"},${JSON.stringify(application).slice(1)}`,
    '{"borrower":{"__proto__":{"name":"x"}}}',
  );
  const body: fc.Arbitrary<string | undefined> = fc.oneof(
    { weight: 4, arbitrary: record.map(json) },
    { weight: 3, arbitrary: plausible.map(json) },
    { weight: 2, arbitrary: fc.anything().map(json) },
    { weight: 1, arbitrary: fc.json() },
    { weight: 1, arbitrary: spoiled.map(json) },
    { weight: 1, arbitrary: deep },
    { weight: 1, arbitrary: pollution },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        undefined,
        '',
        'null',
        '[]',
        '{}',
        '"x"',
        '42',
        '{"a":1,}',
        '{"a":1}{"b":2}',
      ),
    },
  );
  const contentType = fc.oneof(
    { weight: 12, arbitrary: fc.constant(JSON_TYPE) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/json; charset=utf-8',
        'application/merge-patch+json',
        'multipart/form-data; boundary=x',
      ),
    },
  );
  return fc.record({
    body,
    contentType,
    headers: fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: headers }),
  });
}

// --- checks -------------------------------------------------------------------------------

async function logSize(bo: RunningApp): Promise<{ count: number; last: number }> {
  const store = bo.app.get<EventStore>(EVENT_STORE);
  if (!hasSqlDatabase(store)) throw new Error('the tests count events with SQL');
  const [row] = await store.database().query<{
    count: number | string;
    last: number | string;
  }>('select count(*)::int as count, coalesce(max(global_position), 0)::bigint as last from events');
  return { count: Number(row.count), last: Number(row.last) };
}

function describeRequest(url: string, w: Wire) {
  const body =
    w.body === undefined
      ? '(none)'
      : w.body.length > 300
        ? `${w.body.slice(0, 300)}… (${w.body.length} chars)`
        : w.body;
  return `POST ${url}\nContent-Type: ${w.contentType}\n${JSON.stringify(w.headers)}\n${body}`;
}

function checkAnswer(res: Response, what: string) {
  const fail = (why: string) => {
    throw new Error(
      `${why}\n--- request\n${what}\n--- answer ${res.status}\n${res.text?.slice(0, 500)}`,
    );
  };
  if (res.status >= 500) fail('a 5xx');
  if (res.status >= 300) {
    if (!/^application\/problem\+json/.test(String(res.headers['content-type'])))
      fail('not problem+json');
    const problem = JSON.parse(res.text) as Record<string, unknown>;
    if (
      problem.status !== res.status ||
      typeof problem.type !== 'string' ||
      typeof problem.title !== 'string'
    ) {
      fail('a malformed problem');
    }
    if (/\bat .+:\d+:\d+|node_modules|\.ts:\d+/.test(res.text)) fail('a stack trace');
  }
}

const VALID_BODIES: Record<string, object> = {
  approval: { approvedOn: '2018-03-15' },
  refusal: { refusedOn: '2018-03-20', reasons: ['known-payment-arrears'] },
  withdrawal: { withdrawnOn: '2018-03-25' },
  disbursement: { disbursedOn: '2018-03-20' },
  repayments: { paidOn: '2018-04-20', amount: '483.32' },
  'early-repayments': { repaidOn: '2018-04-10', full: true },
  default: { on: '2018-05-01', cause: 'bankruptcy' },
  recoveries: { receivedOn: '2018-06-01', amount: '1.00', source: 'borrower' },
  'write-off': { writtenOffOn: '2018-06-01', reason: 'closed' },
  'government-guarantee-claim': { claimedOn: '2018-06-01', principalLost: '1.00' },
};
const CLERK_COMMANDS = [
  'withdrawal',
  'disbursement',
  'repayments',
  'early-repayments',
  'recoveries',
];

/** Queries that compute from the ledger: their query strings, generated. */
const QUERIES = ['early-repayment-quote', 'schedule', 'arrears'] as const;

describe('fuzzed command bodies', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite', undefined, undefined, { env: { LENDER_IBAN } });
  });
  afterAll(async () => {
    await bo?.close();
  });

  const TARGETS: Record<Target, (bo: RunningApp) => Promise<string>> = {
    loan: registeredLoan,
    refused: refusedLoan,
    offer: approvedOffer,
    active: activeLoan,
    guaranteed: guaranteedLoan,
    defaulted: defaultedLoan,
    'winwin-defaulted': defaultedWinwin,
    person: lenderPersonId,
    suspense: suspenseItem,
  };
  const newTarget = (endpoint: CommandEndpoint) =>
    endpoint.target ? TARGETS[endpoint.target](bo) : Promise.resolve('');

  it('has an entry for every command (POST) of the OpenAPI document', async () => {
    const doc = await bo.as('analyst').get('/api/docs-json');
    expect(doc.status).toBe(200);
    const posts = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)
      .filter(([, item]) => item.post !== undefined)
      .map(([path]) => `POST ${path}`);
    expect(posts.filter((name) => !ENDPOINTS.some((e) => e.name === name))).toEqual([]);
    expect(ENDPOINTS.map((e) => e.name).filter((name) => !posts.includes(name))).toEqual([]);
  });

  it.each(ENDPOINTS.map((e) => [e.name, e] as const))(
    '%s: never a 5xx, errors are problem+json, a rejected body records nothing',
    async (_, endpoint) => {
      let target = await newTarget(endpoint);
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(wire(endpoint), async (w) => {
          const url = endpoint.path(target);
          const before = await logSize(bo);
          let test = bo.as(endpoint.user).post(url).set('Content-Type', w.contentType);
          for (const [name, value] of Object.entries(w.headers)) test = test.set(name, value);
          const res = await (w.body === undefined ? test : test.send(w.body));
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const what = describeRequest(url, w);
          checkAnswer(res, what);
          const after = await logSize(bo);
          if (res.status >= 300) {
            if (after.count !== before.count || after.last !== before.last) {
              throw new Error(`a rejected request (${res.status}) recorded events\n${what}`);
            }
          } else if (endpoint.target) {
            // The loan moved on, or the person is forgotten: go on with a fresh one.
            target = await newTarget(endpoint);
          }
        }),
        FC_OPTIONS,
      );
      if (process.env.FUZZ_DEBUG) console.log(endpoint.name, Object.fromEntries(statuses));
      expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
    },
  );

  it('loan ids in the path: never a 5xx, nothing recorded', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
          fc.uuid(),
          fc.constantFrom('..', '%', '00000000-0000-0000-0000-000000000000', 'A'.repeat(5000)),
        ),
        fc.constantFrom(...Object.keys(VALID_BODIES)),
        async (id, command) => {
          const url = `/api/v1/loans/${encodeURIComponent(id)}/${command}`;
          const before = await logSize(bo);
          const user: TestUser = CLERK_COMMANDS.includes(command) ? 'clerk' : 'officer';
          const res = await bo.as(user).post(url).send(VALID_BODIES[command]);
          checkAnswer(res, `POST ${url}`);
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(await logSize(bo)).toEqual(before);
        },
      ),
      FC_OPTIONS,
    );
  });

  it("guarantee ids in the path: never a 5xx, nothing recorded unless it is the loan's", async () => {
    const loanId = await guaranteedLoan(bo);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
          fc.integer({ min: 0, max: 99_999 }).map((n) => `g${n}`),
          fc.constantFrom('g3', 'G1', 'g01', '..', '%2F', 'g1/../g2', 'g1 ', 'g١'),
        ),
        fc.constantFrom('release', 'release-refusal', 'call'),
        async (guaranteeId, command) => {
          const url = `/api/v1/loans/${loanId}/guarantees/${encodeURIComponent(guaranteeId)}/${command}`;
          const before = await logSize(bo);
          const body =
            command === 'release'
              ? { releasedOn: '2018-03-10', amount: '0.01' }
              : command === 'call'
                ? { calledOn: '2018-06-01' }
                : { refusedOn: '2018-03-10', reasons: ['known-payment-arrears'], explanation: 'x' };
          const res = await bo.as('officer').post(url).send(body);
          checkAnswer(res, `POST ${url}`);
          if (res.status >= 300) expect(await logSize(bo)).toEqual(before);
          else expect(['g1', 'g2']).toContain(guaranteeId);
        },
      ),
      FC_OPTIONS,
    );
  });

  it('query strings of the ledger queries: never a 5xx, nothing recorded', async () => {
    const loanId = await activeLoan(bo);
    const param = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('on', 'asOf', 'amount', 'full') },
      { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
    );
    const value = fc.oneof(
      dateLike,
      moneyLike,
      validDate('2018-01-01', '2100-01-01'),
      fc.constantFrom('true', 'false', '1000.00', '25000.00', '9999-12-31', '0001-01-01'),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...QUERIES),
        fc.array(fc.tuple(param, value), { maxLength: 4 }),
        async (query, pairs) => {
          const search = new URLSearchParams(pairs).toString();
          const url = `/api/v1/loans/${loanId}/${query}${search ? `?${search}` : ''}`;
          const before = await logSize(bo);
          const res = await bo.as('analyst').get(url);
          checkAnswer(res, `GET ${url}`);
          expect(await logSize(bo)).toEqual(before);
        },
      ),
      FC_OPTIONS,
    );
  });

  it('query strings of the reminders work queue: never a 5xx, a 400 names its field, nothing recorded', async () => {
    // minPosition is left out: a position beyond the log waits its 5 seconds for a 503.
    const param = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('level', 'from', 'to', 'limit', 'cursor') },
      { weight: 1, arbitrary: fc.string({ maxLength: 10 }).filter((p) => p !== 'minPosition') },
    );
    const value = fc.oneof(
      dateLike,
      validDate('1900-01-01', '2199-12-31'),
      fc.constantFrom('first', 'second', 'formal-notice', 'FIRST', '0', '200', '201', '-1', '1e3'),
      fc.constantFrom(
        'WyIyMDE4LTA1LTA1IiwieCJd',
        'W10',
        Buffer.from('["2018-05-05"]').toString('base64url'),
      ),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(param, value), { maxLength: 4 }), async (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const url = `/api/v1/reminders${search ? `?${search}` : ''}`;
        const before = await logSize(bo);
        const res = await bo.as('clerk').get(url);
        checkAnswer(res, `GET ${url}`);
        if (res.status === 400) {
          const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
          expect(fields.length).toBeGreaterThan(0);
        }
        expect(await logSize(bo)).toEqual(before);
      }),
      FC_OPTIONS,
    );
  });

  it('query strings of the books (issue 23): never a 5xx, nothing recorded', async () => {
    await activeLoan(bo);
    const param = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom('from', 'to', 'asOf', 'knownAt', 'limit', 'cursor', 'lang'),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
    );
    const value = fc.oneof(
      dateLike,
      validDate('2018-01-01', '2030-01-01'),
      fc.constantFrom(
        '2018-01-01',
        '2018-12-31',
        '0001-01-01',
        '9999-12-31',
        '0',
        '500',
        '501',
        'fr',
      ),
      fc.constantFrom('2018-06-01T00:00:00Z', 'WyIyMDE4LTAxLTAxIiwxLCJ4Il0', 'bm9wZQ'),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    const path = fc.constantFrom(
      'journal',
      'journal.xlsx',
      'trial-balance',
      'ledger/2910',
      'ledger/550',
      'ledger/0',
      'ledger/%00',
    );
    await fc.assert(
      fc.asyncProperty(
        path,
        fc.array(fc.tuple(param, value), { maxLength: 4 }),
        async (route, pairs) => {
          const search = new URLSearchParams(pairs).toString();
          const url = `/api/v1/accounting/${route}${search ? `?${search}` : ''}`;
          const before = await logSize(bo);
          const res = await bo.as('accountant').get(url);
          checkAnswer(res, `GET ${url}`);
          expect(await logSize(bo)).toEqual(before);
        },
      ),
      { ...FC_OPTIONS, numRuns: Math.min(RUNS, 100) },
    );
  });
});
