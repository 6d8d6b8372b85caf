/**
 * Generates the JSON Schemas (draft 2020-12) of the Kafka messages of topic
 * loanbook.loan-events.v1 into libs/messaging/schemas/: one per event type, the envelope, and an
 * index. The shapes come from the TypeScript types (libs/messaging/schemas/stored-events.ts, via
 * ts-json-schema-generator); this file adds what types cannot say: string formats, which shape
 * each schema version has, and which streams a type is written to.
 *
 *   npm run schemas              write the files
 *   npm run schemas -- --check   exit 1 if a file on disk differs from what would be written
 *
 * It needs no path aliases at run time (the types are read by the compiler), so plain `tsc`
 * output runs under node.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as ts from 'typescript';
import { createGenerator } from 'ts-json-schema-generator';

export const TOPIC = 'loanbook.loan-events.v1';
export const SCHEMA_BASE_URI = 'https://schemas.loanbook.example/loan-events/v1/';
export const SCHEMAS_DIR = 'libs/messaging/schemas';
const INPUT = `${SCHEMAS_DIR}/stored-events.ts`;
const GENERATED_NOTE =
  'Generated from the TypeScript types by libs/messaging/scripts/generate-schemas.ts (npm run schemas): do not edit.';

/**
 * The writers' schema versions: every event a family's writer appends carries its constant in
 * `metadata.schemaVersion` (the spec checks these against the constants). Raising one means
 * saying below which shape the older versions had.
 */
export const CURRENT_SCHEMA_VERSIONS = {
  /** LOAN_EVENT_SCHEMA_VERSION: loan streams, win-win guard streams, the demo marker. */
  loan: 2,
  /** INQUIRY_EVENT_SCHEMA_VERSION */
  inquiry: 1,
  /** PEOPLE_EVENT_SCHEMA_VERSION */
  people: 1,
  /** REFERENCE_CURVE_EVENT_SCHEMA_VERSION */
  referenceCurves: 1,
} as const;
type Family = keyof typeof CURRENT_SCHEMA_VERSIONS;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The streams events are written to, as their writers name them (ids are lower case). */
export const STREAMS = {
  loan: { pattern: `^loan-${UUID}$`, name: 'loan-<loanId>', description: "The loan's stream." },
  inquiry: {
    pattern: `^inquiry-${UUID}$`,
    name: 'inquiry-<inquiryId>',
    description: "The inquiry's stream.",
  },
  person: {
    pattern: `^person-${UUID}$`,
    name: 'person-<personId>',
    description: "The person's stream in the people registry.",
  },
  referenceCurves: {
    pattern: '^reference-curves$',
    name: 'reference-curves',
    description: 'The one stream of all recorded reference curves.',
  },
  winwinGuard: {
    // A lender's guard stream is named by their person id; before the people registry, by the
    // identifying number as given. A sole trader's by their person id; before their enterprise
    // number was sealed, by the number.
    pattern: `^winwin-(borrower-([01][0-9]{9}|${UUID})|lender-.+)$`,
    name: 'winwin-borrower-<enterprise number digits> | winwin-borrower-<personId> | winwin-lender-<personId>',
    description:
      "A win-win guard stream: a company's (its ten digits), a sole trader's (their person id) or the lender's (their person id).",
  },
  fileNumbers: {
    pattern: '^file-numbers-[A-Z]{2}-[0-9]{4}$',
    name: 'file-numbers-<prefix>-<year>',
    description:
      "A file-number series' counter stream: one product's prefix (IK, WW, KC, SL) and one application year.",
  },
  structuredCommunication: {
    pattern: '^structured-communication-[0-9]{12}$',
    name: 'structured-communication-<twelve digits>',
    description: "A structured communication's stream: the one loan that holds it.",
  },
  bankStatement: {
    pattern: '^bank-statement-.+-.+-[0-9]{4}-[0-9]{2}-[0-9]{2}$',
    name: 'bank-statement-<account>-<sequence>-<date>',
    description: "A bank statement's stream: the statement and its lines' outcomes.",
  },
  bankStatements: {
    pattern: '^bank-statements$',
    name: 'bank-statements',
    description: 'The list of the statements imported.',
  },
  unappliedCredits: {
    pattern: `^unapplied-credits-${UUID}$`,
    name: 'unapplied-credits-<loanId>',
    description: "A loan's unapplied credits.",
  },
  demoPortfolio: {
    pattern: '^demo-portfolio$',
    name: 'demo-portfolio',
    description: "The demo loader's marker stream.",
  },
} as const;
type StreamKind = keyof typeof STREAMS;

export interface EventTypeSpec {
  description: string;
  stream: StreamKind;
  /** Whose schema version the writer puts in the metadata. */
  family: Family;
  /** The first schema version it was written with. */
  since: number;
  /** The type (of stored-events.ts) of the current shape of `data`. */
  data: string;
  /** Older versions whose shape differed: version → type. */
  older?: Readonly<Record<number, string>>;
}

const loan = (
  description: string,
  data: string,
  since = 2,
  older?: Record<number, string>,
): EventTypeSpec => ({ description, stream: 'loan', family: 'loan', since, data, older });

const bank = (description: string, data: string): EventTypeSpec => ({
  description,
  stream: 'bankStatement',
  family: 'loan',
  since: 2,
  data,
});

/**
 * Every event type any writer appends (the spec checks this against the code). Loan types
 * written before four eyes exist since schema version 1.
 */
export const EVENT_TYPES: Readonly<Record<string, EventTypeSpec>> = {
  LoanApplied: loan(
    'An application registered; personal data sealed. Version 1 had no registeredBy (the metadata actor registered it).',
    'StoredLoanAppliedData',
    1,
    { 1: 'LoanAppliedDataV1' },
  ),
  LoanApproved: loan(
    'The offer (or a win-win registration); personal guarantors sealed. Version 1 had no approvedBy (the metadata actor approved it).',
    'StoredLoanApprovedData',
    1,
    { 1: 'LoanApprovedDataV1' },
  ),
  LoanApprovalProposed: loan(
    "An officer's approval above their limit, waiting for a second officer; personal guarantors sealed.",
    'StoredLoanApprovalProposedData',
  ),
  LoanApprovalSeconded: loan(
    "The second officer's approval of a proposal; LoanApproved follows in the same commit.",
    'LoanApprovalSecondedData',
  ),
  LoanDisbursed: loan('The offer paid out: the loan is active.', 'LoanDisbursedData'),
  LoanRefused: loan(
    'The application refused, with coded reasons (DOMAIN.md 4.4).',
    'LoanRefusedData',
    1,
  ),
  ApplicationWithdrawn: loan(
    'The application or the offer withdrawn.',
    'ApplicationWithdrawnData',
    1,
  ),
  OfferLapsed: loan('The offer not paid out within its validity.', 'OfferLapsedData'),
  InstalmentPaid: loan('A payment towards the schedule, allocated.', 'InstalmentPaidData'),
  RepaymentsReallocated: loan(
    'Earlier payments allocated anew after a back-dated one.',
    'RepaymentsReallocatedData',
  ),
  EarlyRepaymentMade: loan(
    'Capital repaid early, with accrued interest and the reinvestment fee.',
    'EarlyRepaymentMadeData',
  ),
  LoanRepaid: loan('Nothing is outstanding any more.', 'LoanRepaidData'),
  GuaranteeReleased: loan('A guarantee released, wholly or in part.', 'GuaranteeReleasedData'),
  GuaranteeReleaseRefused: loan(
    'The release of a guarantee refused, with coded reasons (DOMAIN.md 4.5).',
    'GuaranteeReleaseRefusedData',
  ),
  LoanDefaulted: loan('The loan declared in default.', 'LoanDefaultedData'),
  GuaranteeCalled: loan('A guarantor called upon to pay.', 'GuaranteeCalledData'),
  GovernmentGuaranteeClaimed: loan(
    "The win-win loan's government guarantee claimed.",
    'GovernmentGuaranteeClaimedData',
  ),
  RecoveryRecorded: loan('Money recovered on a defaulted loan.', 'RecoveryRecordedData'),
  LoanWrittenOff: loan('The principal still outstanding given up.', 'LoanWrittenOffData'),
  WrittenRefusalRequested: loan(
    'The enterprise asked for the written refusal statement in time.',
    'WrittenRefusalRequestedData',
  ),
  ReminderIssued: loan(
    'A reminder letter (first, second or the formal notice) sent for a loan in arrears, naming each unpaid instalment past due.',
    'ReminderIssuedData',
  ),
  ApplicationInformationRecorded: loan(
    'Information items received for an application (DOMAIN.md 4.1).',
    'StoredApplicationInformationRecordedData',
  ),
  CreditAssessmentRecorded: loan(
    "The household's responsible credit maximum (DOMAIN.md 3.5); the household sealed.",
    'StoredCreditAssessmentRecordedData',
  ),
  WinWinRegistrationCounted: {
    description:
      'A win-win registration counted in a guard stream, in the transaction of its LoanApproved (metadata as that LoanApproved).',
    stream: 'winwinGuard',
    family: 'loan',
    since: 1,
    data: 'WinWinRegistrationCountedData',
  },
  FileNumberAssigned: {
    description:
      "An application's file number taken from its series' counter stream, in the transaction of its LoanApplied or LoanFileNumberAssigned (metadata as that event).",
    stream: 'fileNumbers',
    family: 'loan',
    since: 2,
    data: 'FileNumberAssignedData',
  },
  StructuredCommunicationAssigned: loan(
    'A structured communication given to a loan disbursed before they were given at disbursement (the migration).',
    'StructuredCommunicationAssignedData',
  ),
  LoanFileNumberAssigned: loan(
    'A file number given to a loan applied for before file numbers were given at application (the migration), with a FileNumberAssigned in its series in the same transaction.',
    'LoanFileNumberAssignedData',
  ),
  StructuredCommunicationReserved: {
    description:
      "A loan's structured communication reserved in its stream, in the transaction of its LoanDisbursed or StructuredCommunicationAssigned.",
    stream: 'structuredCommunication',
    family: 'loan',
    since: 2,
    data: 'StructuredCommunicationReservedData',
  },
  BankStatementImported: bank(
    'A bank statement imported, with its credit lines.',
    'BankStatementImportedData',
  ),
  BankStatementListed: {
    description: "A statement's place in the list of statements imported.",
    stream: 'bankStatements',
    family: 'loan',
    since: 2,
    data: 'BankStatementListedData',
  },
  BankStatementLineBooked: bank(
    'A credit line booked on its loan: the repayment and the unapplied rest.',
    'BankStatementLineBookedData',
  ),
  BankStatementLineSuspended: bank(
    'A credit line no loan took: a suspense item, with its reason.',
    'BankStatementLineSuspendedData',
  ),
  SuspenseItemAssigned: bank(
    'A suspense item booked by a clerk on a loan.',
    'SuspenseItemAssignedData',
  ),
  SuspenseItemRefunded: bank("A suspense item's money sent back.", 'SuspenseItemRefundedData'),
  UnappliedCreditHeld: {
    description: 'Money received for a loan beyond what was payable, held for a clerk to decide.',
    stream: 'unappliedCredits',
    family: 'loan',
    since: 2,
    data: 'UnappliedCreditHeldData',
  },
  DemoPortfolioLoaded: {
    description: "The demo loader's marker: the demo portfolio was loaded.",
    stream: 'demoPortfolio',
    family: 'loan',
    since: 1,
    data: 'DemoMarkerData',
  },
  InquiryRegistered: {
    description: 'A first contact: the top of the intake funnel.',
    stream: 'inquiry',
    family: 'inquiry',
    since: 1,
    data: 'InquiryRegisteredData',
  },
  ReferenceCurveRecorded: {
    description: 'A Euribor/IRS reference curve recorded for its day.',
    stream: 'referenceCurves',
    family: 'referenceCurves',
    since: 1,
    data: 'ReferenceCurveRecordedData',
  },
  PersonForgotten: {
    description:
      'A person forgotten: their key destroyed, so their sealed fields can no longer be opened anywhere.',
    stream: 'person',
    family: 'people',
    since: 1,
    data: 'PersonForgottenData',
  },
};

/** Each schema version of an event type and the stored-events.ts type of its data. */
export function versionsOf(spec: EventTypeSpec): Array<{ version: number; data: string }> {
  const versions = [];
  for (let v = spec.since; v <= CURRENT_SCHEMA_VERSIONS[spec.family]; v++) {
    versions.push({ version: v, data: spec.older?.[v] ?? spec.data });
  }
  return versions;
}

// ---- string formats -----------------------------------------------------------------------------

type FieldKind =
  | 'text'
  | 'uuid'
  | 'date'
  | 'date-time'
  | 'money'
  | 'rate'
  | 'market-rate'
  | 'irs-rate'
  | 'enterprise-number'
  | 'guarantee-id'
  | 'payment-id'
  | 'base64url';

/**
 * What every string field of the stored data is, by property path within its definition
 * (`a.b`, `items[].c`); the longest matching suffix wins. A string field not listed here stops
 * the generator, so a new field gets its format decided; an entry nothing uses stops it too.
 */
const FIELD_KINDS: Readonly<Record<string, FieldKind>> = {
  // ids
  eventId: 'uuid',
  loanId: 'uuid',
  inquiryId: 'uuid',
  personId: 'uuid',
  guarantorPersonId: 'uuid',
  combinedWithLoanId: 'uuid',
  'erasable.person': 'uuid',
  enterpriseNumber: 'enterprise-number',
  guaranteeId: 'guarantee-id',
  paymentId: 'payment-id',
  causedBy: 'payment-id',
  // business dates
  effectiveOn: 'date',
  appliedOn: 'date',
  signedOn: 'date',
  approvedOn: 'date',
  offerValidUntil: 'date',
  curveRecordedOn: 'date',
  since: 'date',
  validUntil: 'date',
  disbursedOn: 'date',
  refusedOn: 'date',
  withdrawnOn: 'date',
  lapsedOn: 'date',
  dueOn: 'date',
  paidOn: 'date',
  repaidOn: 'date',
  interestFrom: 'date',
  releasedOn: 'date',
  defaultedOn: 'date',
  calledOn: 'date',
  claimedOn: 'date',
  receivedOn: 'date',
  writtenOffOn: 'date',
  requestedOn: 'date',
  requestDeadline: 'date',
  recordedOn: 'date',
  assessedOn: 'date',
  contactedOn: 'date',
  registeredOn: 'date',
  issuedOn: 'date',
  valueDate: 'date',
  bookingDate: 'date',
  refundedOn: 'date',
  date: 'date',
  'holidays[]': 'date',
  // instants
  recordedAt: 'date-time',
  forgottenAt: 'date-time',
  // money
  amount: 'money',
  investmentNeed: 'money',
  ownContribution: 'money',
  interest: 'money',
  principal: 'money',
  interestPaid: 'money',
  principalPaid: 'money',
  outstandingPrincipal: 'money',
  capitalRepaid: 'money',
  accruedInterest: 'money',
  fee: 'money',
  total: 'money',
  remaining: 'money',
  amountRequested: 'money',
  arrearsInterest: 'money',
  arrearsPrincipal: 'money',
  principalLost: 'money',
  claim: 'money',
  requestedAmount: 'money',
  monthlyCapacity: 'money',
  maximumCredit: 'money',
  approvalLimit: 'money',
  winwinPrincipal: 'money',
  totalDue: 'money',
  repaid: 'money',
  unappliedCredit: 'money',
  'ignored[].amount': 'money',
  // rates
  annualRate: 'rate',
  margin: 'rate',
  floor: 'rate',
  rate: 'rate',
  share: 'rate',
  'irsPoints[].rate': 'market-rate',
  'points[].rate': 'market-rate',
  irsRate: 'irs-rate',
  // sealed fields and request hashes
  'erasable.iv': 'base64url',
  'erasable.data': 'base64url',
  requestHash: 'base64url',
  // free text (names, codes the domain does not enumerate, users)
  type: 'text',
  streamId: 'text',
  actor: 'text',
  correlationId: 'text',
  causationId: 'text',
  idempotencyKey: 'text',
  productVersion: 'text',
  rulesVersion: 'text',
  version: 'text',
  name: 'text',
  id: 'text',
  province: 'text',
  purpose: 'text',
  description: 'text',
  number: 'text',
  guarantor: 'text',
  registeredBy: 'text',
  'approvedBy[]': 'text',
  proposedBy: 'text',
  secondedBy: 'text',
  recordedBy: 'text',
  assessedBy: 'text',
  overriddenBy: 'text',
  justification: 'text',
  explanation: 'text',
  reason: 'text',
  note: 'text',
  label: 'text',
  value: 'text',
  source: 'text',
  'knockOuts[]': 'text',
  actorName: 'text',
  fileNumber: 'text',
  street: 'text',
  postalCode: 'text',
  municipality: 'text',
  structuredCommunication: 'text',
  account: 'text',
  sequence: 'text',
  position: 'text',
  currency: 'text',
  detail: 'text',
  itemId: 'uuid',
  assignedBy: 'text',
  refundedBy: 'text',
  statementKey: 'text',
  // YYYY-MM, or empty when the demo has no win-win loan
  'winwinMonths.from': 'text',
  'winwinMonths.to': 'text',
};

/** The domain's own text formats, read from its source so that they cannot drift apart. */
function domainPatterns(root: string) {
  const regex = (file: string, name: string) => {
    const source = readFileSync(join(root, file), 'utf8');
    const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
    let found: string | undefined;
    const visit = (node: ts.Node) => {
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.name.text === name &&
        node.initializer &&
        ts.isRegularExpressionLiteral(node.initializer)
      ) {
        const literal = node.initializer.text;
        if (!literal.endsWith('/')) throw new Error(`${file}: ${name} has flags, JSON Schema none`);
        found = literal.slice(1, -1);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    if (found === undefined) throw new Error(`${file} has no regular expression ${name}`);
    return found;
  };
  return {
    money: regex('libs/domain/src/money/money.ts', 'MONEY_PATTERN'),
    rate: regex('libs/domain/src/money/rate.ts', 'RATE_PATTERN'),
    marketRate: regex('libs/domain/src/money/market-rate.ts', 'MARKET_RATE_PATTERN'),
  };
}

function kindSchema(kind: FieldKind, patterns: ReturnType<typeof domainPatterns>) {
  switch (kind) {
    case 'text':
      return {};
    case 'uuid':
    case 'date':
    case 'date-time':
      return { format: kind };
    case 'money':
      return { pattern: patterns.money };
    case 'rate':
      return { pattern: patterns.rate };
    case 'market-rate':
      return { pattern: patterns.marketRate };
    case 'irs-rate':
      // showRate (products/reference-pricing.ts): unrounded, at most 10 decimals, may be negative.
      return { pattern: '^-?\\d+(\\.\\d{1,10})?$' };
    case 'enterprise-number':
      // The normal form parseEnterpriseNumber returns (parties/enterprise-number.ts).
      return { pattern: '^[01]\\d{3}\\.\\d{3}\\.\\d{3}$' };
    case 'guarantee-id':
      return { pattern: '^g[1-9]\\d*$' };
    case 'payment-id':
      return { pattern: '^p[1-9]\\d*$' };
    case 'base64url':
      return { pattern: '^[A-Za-z0-9_-]+$' };
  }
}

// ---- generation ---------------------------------------------------------------------------------

type Schema = Record<string, unknown>;

/** The files to write, relative to the repository root, with their exact content. */
export function generateSchemas(root: string): Map<string, string> {
  const patterns = domainPatterns(root);
  const defs = definitionsOf(root, [
    'EventMessage',
    ...new Set(Object.values(EVENT_TYPES).flatMap((spec) => versionsOf(spec).map((v) => v.data))),
  ]);
  const unclassified = new Set<string>();
  const used = new Set<string>();
  for (const [name, def] of Object.entries(defs)) {
    defs[name] = refine(def, '', (path) => {
      const key = [...suffixes(path)].find((s) => s in FIELD_KINDS);
      if (key === undefined) {
        unclassified.add(`${name}: ${path}`);
        return {};
      }
      used.add(key);
      return kindSchema(FIELD_KINDS[key], patterns);
    });
  }
  if (unclassified.size > 0) {
    throw new Error(
      `string fields without a format in FIELD_KINDS (generate-schemas.ts):\n  ${[...unclassified].join('\n  ')}`,
    );
  }
  const unused = Object.keys(FIELD_KINDS).filter((k) => !used.has(k));
  if (unused.length > 0) throw new Error(`FIELD_KINDS entries no field has: ${unused.join(', ')}`);

  const files = new Map<string, string>();
  files.set(`${SCHEMAS_DIR}/message.schema.json`, formatJson(messageSchema(defs)));
  const index: Record<string, unknown> = {};
  for (const [type, spec] of Object.entries(EVENT_TYPES)) {
    const file = `events/${type}.schema.json`;
    files.set(`${SCHEMAS_DIR}/${file}`, formatJson(eventSchema(type, spec, defs)));
    index[type] = {
      $id: `${SCHEMA_BASE_URI}${type}.schema.json`,
      file,
      schemaVersions: versionsOf(spec).map((v) => v.version),
      stream: STREAMS[spec.stream].name,
      description: spec.description,
    };
  }
  files.set(
    `${SCHEMAS_DIR}/index.json`,
    formatJson({
      $comment: GENERATED_NOTE,
      topic: TOPIC,
      message: { $id: `${SCHEMA_BASE_URI}message.schema.json`, file: 'message.schema.json' },
      events: index,
    }),
  );
  return files;
}

/** The definitions of the named types and all they refer to, as draft 2020-12 `$defs`. */
function definitionsOf(root: string, types: string[]): Record<string, Schema> {
  const generator = createGenerator({
    path: join(root, INPUT),
    tsconfig: join(root, 'tsconfig.json'),
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    sortProps: false,
    additionalProperties: false,
    // `npm run typecheck` checks the types; this only reads them.
    skipTypeCheck: true,
  });
  const defs: Record<string, Schema> = {};
  for (const type of types) {
    const schema = generator.createSchema(type);
    for (const [name, def] of Object.entries(schema.definitions ?? {})) {
      const moved = toDefs(def) as Schema;
      if (name in defs && JSON.stringify(defs[name]) !== JSON.stringify(moved)) {
        throw new Error(`two different types are called ${name}`);
      }
      defs[name] = moved;
    }
    if (!(type in defs)) throw new Error(`${INPUT} exports no type ${type}`);
  }
  return defs;
}

function toDefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toDefs);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' ? v.replace('#/definitions/', '#/$defs/') : toDefs(v),
    ]),
  );
}

/**
 * Walks one definition (not into its references, which are definitions of their own): every
 * number is a whole number (amounts and rates are strings), every free string gets its kind.
 */
function refine(schema: Schema, path: string, kindOf: (path: string) => Schema): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, Schema>).map(([name, s]) => [
          name,
          refine(s, path ? `${path}.${name}` : name, kindOf),
        ]),
      );
    } else if (key === 'items') {
      out.items = refine(value as Schema, `${path}[]`, kindOf);
    } else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
      out[key] = (value as Schema[]).map((s) => refine(s, path, kindOf));
    } else if (key === 'type' && value === 'number') {
      out.type = 'integer';
    } else if (key === 'type' && value === 'string' && !('enum' in schema || 'const' in schema)) {
      Object.assign(out, { type: 'string' }, kindOf(path));
    } else {
      out[key] = value;
    }
  }
  return out;
}

function* suffixes(path: string): Generator<string> {
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) yield parts.slice(i).join('.');
}

function messageSchema(defs: Record<string, Schema>): Schema {
  const { description, ...envelope } = defs.EventMessage;
  return withDefs(
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${SCHEMA_BASE_URI}message.schema.json`,
      $comment: GENERATED_NOTE,
      title: `A message of topic ${TOPIC}`,
      description: `${String(description)} The envelope of every event type, \`data\` left open: index.json names each type's schema.`,
      ...envelope,
    },
    defs,
  );
}

function eventSchema(type: string, spec: EventTypeSpec, defs: Record<string, Schema>): Schema {
  const { description: _envelope, ...envelope } = defs.EventMessage;
  const props = envelope.properties as Record<string, Schema>;
  const versions = versionsOf(spec);
  const stream = STREAMS[spec.stream];
  return withDefs(
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${SCHEMA_BASE_URI}${type}.schema.json`,
      $comment: GENERATED_NOTE,
      title: type,
      description: `${spec.description} Stream ${stream.name}; a message of topic ${TOPIC}.`,
      ...envelope,
      properties: {
        ...props,
        type: { ...props.type, const: type },
        schemaVersion: { ...props.schemaVersion, enum: versions.map((v) => v.version) },
        streamId: { type: 'string', pattern: stream.pattern, description: stream.description },
        data: { ...props.data, type: 'object', additionalProperties: undefined },
      },
      // One branch per schema version: the data's shape, and the metadata's version the same.
      allOf: versions.map(({ version, data }) => ({
        if: {
          type: 'object',
          properties: { schemaVersion: { const: version } },
          required: ['schemaVersion'],
        },
        then: {
          type: 'object',
          properties: {
            metadata: { type: 'object', properties: { schemaVersion: { const: version } } },
            data: { $ref: `#/$defs/${data}` },
          },
        },
      })),
    },
    defs,
  );
}

/** The schema with `$defs` holding exactly the definitions it reaches. */
function withDefs(schema: Schema, defs: Record<string, Schema>): Schema {
  const reached = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')) {
          const name = v.slice('#/$defs/'.length);
          if (!reached.has(name)) {
            if (!(name in defs)) throw new Error(`no definition ${name}`);
            reached.add(name);
            visit(defs[name]);
          }
        } else visit(v);
      }
    }
  };
  visit(schema);
  const names = [...reached].sort();
  return names.length === 0
    ? schema
    : { ...schema, $defs: Object.fromEntries(names.map((n) => [n, defs[n]])) };
}

// ---- output -------------------------------------------------------------------------------------

const PRINT_WIDTH = 100;

/**
 * JSON as prettier prints it with the repository's settings (`npm run lint` checks the files
 * with prettier, which cannot run inside jest): objects expanded, an array of plain values on
 * one line when it fits. Undefined properties are left out, as JSON.stringify does.
 */
export function formatJson(value: unknown): string {
  const print = (v: unknown, indent: string, prefix: string, suffix: string): string => {
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      const plain = v.every((x) => typeof x !== 'object' || x === null);
      const flat = `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
      if (plain && indent.length + prefix.length + flat.length + suffix.length <= PRINT_WIDTH) {
        return flat;
      }
      const inner = `${indent}  `;
      const items = v.map((x, i) => `${inner}${print(x, inner, '', i < v.length - 1 ? ',' : '')}`);
      return `[\n${items.join(',\n')}\n${indent}]`;
    }
    if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (entries.length === 0) return '{}';
      const inner = `${indent}  `;
      const lines = entries.map(([k, x], i) => {
        const key = `${JSON.stringify(k)}: `;
        return `${inner}${key}${print(x, inner, key, i < entries.length - 1 ? ',' : '')}`;
      });
      return `{\n${lines.join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(v);
  };
  return `${print(value, '', '', '')}\n`;
}

/** Generated files on disk that differ from `files`, or that it no longer has. */
export function differences(root: string, files: Map<string, string>): string[] {
  const differ = [...files]
    .filter(([path, text]) => {
      const file = join(root, path);
      return !existsSync(file) || readFileSync(file, 'utf8') !== text;
    })
    .map(([path]) => path);
  return [...differ, ...stale(root, files)];
}

function stale(root: string, files: Map<string, string>): string[] {
  const dir = join(root, SCHEMAS_DIR, 'events');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => `${SCHEMAS_DIR}/events/${f}`)
    .filter((path) => path.endsWith('.schema.json') && !files.has(path));
}

function repositoryRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nest-cli.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}

export function main(argv: string[]): number {
  const root = repositoryRoot(__dirname);
  const files = generateSchemas(root);
  const differ = differences(root, files);
  if (argv.includes('--check')) {
    if (differ.length === 0) {
      process.stdout.write(`schemas: ${files.size} files up to date\n`);
      return 0;
    }
    process.stderr.write(`schemas: out of date (run npm run schemas):\n  ${differ.join('\n  ')}\n`);
    return 1;
  }
  const removed = stale(root, files);
  for (const path of removed) rmSync(join(root, path));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const changed = differ.length - removed.length;
  process.stdout.write(
    `schemas: ${files.size} files, ${changed} changed, ${removed.length} no longer generated removed\n`,
  );
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
