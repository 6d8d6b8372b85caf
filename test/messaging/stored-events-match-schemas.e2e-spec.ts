import { randomUUID } from 'node:crypto';
import { LOG_START, type EventStore, type StoredEvent } from '@loanbook/event-store';
import { EVENT_STORE } from '../../apps/back-office/src/infrastructure/tokens';
import { OfferLapseProcessor } from '../../apps/back-office/src/offers/offer-lapse.processor';
import { ReminderProcessor } from '../../apps/back-office/src/reminders/reminder.processor';
import { FileNumberMigration } from '../../apps/back-office/src/loans/file-number-migration';
import { StructuredCommunicationMigration } from '../../apps/back-office/src/loans/structured-communication-migration';
import { demoLoaderPorts } from '../../apps/cli/src/demo/context-ports';
import { loadDemoPortfolio } from '../../apps/cli/src/demo/loader';
import { buildDemoPortfolio } from '../../apps/cli/src/demo/portfolio';
import {
  createMessageValidator,
  type MessageValidator,
} from '../../libs/messaging/schemas/message-validator';
import {
  activeLoan,
  approvedOffer,
  activeWinwin,
  applicationGuarantees,
  defaultedLoan,
  defaultedWinwin,
  freshEnterpriseNumber,
  household,
  impulskredietApplication,
  loanEvents,
  refusedLoan,
  registeredLoan,
  winwinRegistration,
} from '../e2e/fixtures';
import { readWhenReached, startBackOffice, type RunningApp, type TestUser } from '../e2e/harness';
import {
  cofinancingApplication,
  filed,
  recordCurve,
  startLoanApplication,
} from '../e2e/products/fixtures';

jest.setTimeout(300_000);

/**
 * What the Kafka relay publishes is the stored event as it is: every event the back office
 * writes, wrapped in the message envelope, must pass its type's JSON Schema
 * (libs/messaging/schemas). The loans are driven over HTTP through every event type; the
 * offer-lapse processor and the demo loader, the only writers of OfferLapsed and
 * DemoPortfolioLoaded, are run as the back office and the CLI run them.
 */
const COVERED = [
  'LoanApplied',
  'LoanApproved',
  'LoanApprovalProposed',
  'LoanApprovalSeconded',
  'LoanDisbursed',
  'LoanRefused',
  'ApplicationWithdrawn',
  'OfferLapsed',
  'InstalmentPaid',
  'RepaymentsReallocated',
  'EarlyRepaymentMade',
  'LoanRepaid',
  'GuaranteeReleased',
  'GuaranteeReleaseRefused',
  'LoanDefaulted',
  'GuaranteeCalled',
  'GovernmentGuaranteeClaimed',
  'RecoveryRecorded',
  'LoanWrittenOff',
  'WrittenRefusalRequested',
  'ApplicationInformationRecorded',
  'CreditAssessmentRecorded',
  'WinWinRegistrationCounted',
  'InquiryRegistered',
  'ReferenceCurveRecorded',
  'PersonForgotten',
  'DemoPortfolioLoaded',
  'FileNumberAssigned',
  'ReminderIssued',
  'StructuredCommunicationReserved',
  'StructuredCommunicationAssigned',
  'LoanFileNumberAssigned',
  'BankStatementImported',
  'BankStatementListed',
  'BankStatementLineBooked',
  'BankStatementLineSuspended',
  'SuspenseItemAssigned',
  'SuspenseItemRefunded',
  'UnappliedCreditHeld',
];

/** The message value the relay publishes for a stored event. */
const messageOf = (e: StoredEvent) => ({
  eventId: e.eventId,
  type: e.type,
  schemaVersion: e.metadata.schemaVersion,
  streamId: e.streamId,
  streamVersion: e.streamVersion,
  globalPosition: e.globalPosition,
  data: e.data,
  metadata: e.metadata,
});

describe('every stored event, as a Kafka message, matches its JSON Schema (PGlite)', () => {
  let bo: RunningApp;
  let validator: MessageValidator;
  beforeAll(async () => {
    validator = createMessageValidator();
    bo = await startBackOffice('pglite', undefined, undefined, {
      env: { LENDER_IBAN: 'BE68539007547034' },
    });
  });
  afterAll(async () => {
    await bo?.close();
  });

  const loanPath = (loanId: string, rest = '') => `/api/v1/loans/${loanId}${rest}`;
  const command = async (
    user: TestUser,
    path: string,
    body: Record<string, unknown>,
    status = 200,
  ) => {
    const res = await bo.as(user).post(path).send(body);
    if (res.status !== status) throw new Error(`POST ${path}: ${res.status} ${res.text}`);
    return res.body as { loanId?: string; position: number };
  };
  const forget = (personId: string) =>
    command('admin', `/api/v1/people/${personId}/forget`, { reason: 'erasure request' });

  it('drives an Impulskrediet from application to repaid early, and forgets its guarantor', async () => {
    // With an Idempotency-Key: its metadata carries the key and the request's HMAC.
    const applied = await bo
      .as('clerk')
      .post('/api/v1/loans')
      .set('Idempotency-Key', randomUUID())
      .send(impulskredietApplication({ guarantees: applicationGuarantees() }))
      .expect(201);
    const loanId = applied.body.loanId as string;
    const path = (rest: string) => loanPath(loanId, rest);
    // A wage garnishment knocks the responsible maximum down to 0.00: approving needs an override.
    await command('clerk', path('/credit-assessment'), {
      assessedOn: '2018-03-05',
      household: household({ wageGarnishment: true }),
    });
    await command('clerk', path('/application-information'), {
      recordedOn: '2018-03-06',
      items: [
        { item: 'financial-results-and-plan', status: 'provided' },
        { item: 'guarantor-identity', guaranteeId: 'g2', status: 'provided', note: 'ID seen' },
      ],
    });
    await command('officer', path('/approval'), {
      approvedOn: '2018-03-15',
      guarantees: [{ kind: 'government', guarantor: 'Gigarant', amount: '12500.00' }],
      responsibleMaximumOverride: { justification: 'the garnishment ends next month' },
    });
    await command('clerk', path('/disbursement'), { disbursedOn: '2018-03-20' });
    await command('clerk', path('/repayments'), { paidOn: '2018-04-20', amount: '483.32' });
    await command('clerk', path('/repayments'), { paidOn: '2018-06-20', amount: '483.32' });
    // Back-dated: it takes instalment 2 and moves the payment of 2018-06-20 on.
    await command('clerk', path('/repayments'), { paidOn: '2018-05-20', amount: '483.32' });
    await command('clerk', path('/early-repayments'), {
      repaidOn: '2018-06-25',
      amount: '10000.00',
    });
    await command('officer', path('/guarantees/g2/release-refusal'), {
      refusedOn: '2018-07-01',
      reasons: ['open-commitments-covered'],
      explanation: 'The surety still covers what is outstanding.',
      amountRequested: '5000.00',
    });
    await command('officer', path('/guarantees/g1/release'), {
      releasedOn: '2018-07-01',
      amount: '4000.00',
    });
    await command('clerk', path('/early-repayments'), { repaidOn: '2018-07-10', full: true });
    const view = (await bo.as('analyst').get(path('')).expect(200)).body;
    expect(view.status).toBe('repaid');
    await forget(view.guarantees[1].guarantorPersonId as string);
  });

  it('takes two officers for a win-win registration; its guarantor is forgotten in between', async () => {
    const { loanId } = await command(
      'clerk',
      '/api/v1/loans',
      winwinRegistration({
        borrower: {
          enterpriseNumber: freshEnterpriseNumber(),
          name: 'De Klok',
          province: 'Limburg',
        },
      }),
      201,
    );
    const path = (rest: string) => loanPath(loanId!, rest);
    // Above the junior officer's limit: a proposal, with a personal guarantee of its own.
    await command('juniorOfficer', path('/approval'), {
      approvedOn: '2021-03-15',
      guarantees: [{ kind: 'personal', guarantor: 'Els Maes', amount: '20000.00' }],
    });
    const [, proposal] = await loanEvents(bo, loanId!);
    expect(proposal.type).toBe('LoanApprovalProposed');
    const guarantees = proposal.data.guarantees as Array<{ guarantorPersonId: string }>;
    await forget(guarantees[0].guarantorPersonId);
    // The approval records the proposed guarantee again: its guarantor now "[erased]".
    await command('officer2', path('/approval'), { approvedOn: '2021-03-16' });
    expect((await loanEvents(bo, loanId!)).map((e) => e.type)).toEqual([
      'LoanApplied',
      'LoanApprovalProposed',
      'LoanApprovalSeconded',
      'LoanApproved',
    ]);
  });

  it('defaults loans: guarantor called, recoveries, government guarantee, write-off', async () => {
    const impuls = await defaultedLoan(bo);
    await command('officer', loanPath(impuls, '/guarantees/g2/call'), {
      calledOn: '2018-06-01',
      amount: '5000.00',
    });
    await command('clerk', loanPath(impuls, '/recoveries'), {
      receivedOn: '2018-06-15',
      amount: '5000.00',
      source: 'guarantor',
    });
    await command('officer', loanPath(impuls, '/write-off'), {
      writtenOffOn: '2018-12-01',
      reason: 'bankruptcy closed',
    });

    const winwin = await defaultedWinwin(bo);
    await command('officer', loanPath(winwin, '/government-guarantee-claim'), {
      claimedOn: '2021-10-01',
      principalLost: '10000.00',
    });
    await command('clerk', loanPath(winwin, '/recoveries'), {
      receivedOn: '2021-11-01',
      amount: '4000.00',
      source: 'government-guarantee',
    });
    // A win-win loan repaid early: wholly, without a fee.
    const repaid = await activeWinwin(bo);
    await command('clerk', loanPath(repaid, '/early-repayments'), {
      repaidOn: '2021-04-01',
      full: true,
    });
  });

  it('refuses, withdraws, and records a written refusal request', async () => {
    const refused = await refusedLoan(bo);
    await command('clerk', loanPath(refused, '/written-refusal'), { requestedOn: '2018-04-01' });
    const withdrawn = await registeredLoan(bo);
    await command('clerk', loanPath(withdrawn, '/withdrawal'), {
      withdrawnOn: '2018-03-10',
      reason: 'found other financing',
    });
  });

  it('prices a co-financing from a recorded curve and a start loan of a sole trader', async () => {
    await recordCurve(bo, '2021-03-10', [
      [12, '-0.00485'],
      [60, '0.0021'],
      [84, '0.00412'],
      [120, '0.0071'],
    ]);
    const cofinancing = await filed(bo, cofinancingApplication());
    await command('officer', loanPath(cofinancing, '/approval'), {
      approvedOn: '2021-03-15',
      repayment: { capitalHolidayMonths: 12 },
    });
    const start = await filed(bo, startLoanApplication());
    await command('officer', loanPath(start, '/approval'), {
      approvedOn: '2021-03-15',
      repayment: { capitalHolidayMonths: 24 },
      capitalHolidayJustification: 'the workshop is rebuilt first',
    });
    await command('clerk', loanPath(start, '/disbursement'), { disbursedOn: '2021-04-01' });
  });

  it('imports a bank statement: a line booked with an unapplied rest, two suspended, assigned and refunded', async () => {
    const loanId = await activeLoan(bo);
    const loan = (await bo.as('analyst').get(loanPath(loanId)).expect(200)).body;
    const ref = String(loan.structuredCommunication).replace(/\D/g, '');
    const entry = (amount: string, remittance: string) => `
      <Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2018-04-21</Dt></BookgDt><ValDt><Dt>2018-04-20</Dt></ValDt>
        <NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Bakkerij Jansens</Nm></Dbtr></RltdPties>
        <RmtInf>${remittance}</RmtInf></TxDtls></NtryDtls></Ntry>`;
    const file = `<?xml version="1.0" encoding="UTF-8"?>
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
      <GrpHdr><MsgId>M1</MsgId><CreDtTm>2018-04-21T06:00:00</CreDtTm></GrpHdr>
      <Stmt><Id>S1</Id><ElctrncSeqNb>1</ElctrncSeqNb><CreDtTm>2018-04-21T06:00:00</CreDtTm>
      <Acct><Id><IBAN>BE68539007547034</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2018-04-21</Dt></Dt></Bal>
      ${entry('500.00', `<Strd><CdtrRefInf><Ref>${ref}</Ref></CdtrRefInf></Strd>`)}
      ${entry('10.00', '<Ustrd>lening</Ustrd>')}
      ${entry('20.00', '<Ustrd>gift</Ustrd>')}
      </Stmt></BkToCstmrStmt></Document>`;
    const uploaded = await bo
      .as('clerk')
      .post('/api/v1/bank-statements')
      .set('Content-Type', 'application/xml')
      .send(Buffer.from(file))
      .expect(200);
    const items = (
      await bo
        .as('clerk')
        .get(`/api/v1/bank-statements/suspense?minPosition=${uploaded.body.position}`)
        .expect(200)
    ).body.items as { itemId: string }[];
    expect(items).toHaveLength(2);
    await command('clerk', `/api/v1/bank-statements/suspense/${items[0].itemId}/assign`, {
      loanId,
    });
    await command('clerk', `/api/v1/bank-statements/suspense/${items[1].itemId}/refund`, {
      note: 'teruggestort',
    });
  });

  it('gives a loan disbursed before structured communications its own, as the migration does', async () => {
    const loanId = await approvedOffer(bo);
    const store = bo.app.get<EventStore>(EVENT_STORE);
    const [applied] = await store.readStream(`loan-${loanId}`);
    const version = (await store.readStream(`loan-${loanId}`)).length;
    // As the disbursement was written before: no communication in it.
    await store.appendToStream(
      `loan-${loanId}`,
      [
        {
          eventId: randomUUID(),
          type: 'LoanDisbursed',
          data: { loanId, disbursedOn: '2018-03-20', amount: '25000.00' },
          metadata: { ...applied.metadata, effectiveOn: '2018-03-20' },
        },
      ],
      { expectedVersion: version },
    );
    expect(await bo.app.get(StructuredCommunicationMigration).run()).toBe(1);
    expect(await bo.app.get(StructuredCommunicationMigration).run()).toBe(0);
  });

  it('gives a loan applied for before file numbers its own, as the migration does', async () => {
    const store = bo.app.get<EventStore>(EVENT_STORE);
    const [applied] = await store.readStream(`loan-${await registeredLoan(bo)}`);
    const { fileNumber: _, ...data } = applied.data;
    const loanId = randomUUID();
    // As the application was written before: no file number in it.
    await store.appendToStream(
      `loan-${loanId}`,
      [
        {
          eventId: randomUUID(),
          type: 'LoanApplied',
          data: { ...data, loanId },
          metadata: applied.metadata,
        },
      ],
      { expectedVersion: 0 },
    );
    expect(await bo.app.get(FileNumberMigration).run()).toBe(1);
    expect(await bo.app.get(FileNumberMigration).run()).toBe(0);
  });

  it('registers an inquiry', async () => {
    const res = await bo.as('clerk').post('/api/v1/inquiries').send({
      productCode: 'impulskrediet',
      contactedOn: '2018-02-01',
      channel: 'phone',
      enterpriseNumber: '0403.170.701',
    });
    expect(res.status).toBe(201);
  });

  it('lapses an offer past its validity, as the offer-lapse processor does', async () => {
    const loanId = await registeredLoan(bo);
    const { position } = await command('officer', loanPath(loanId, '/approval'), {
      approvedOn: '2018-03-15',
    });
    const reached = await readWhenReached(
      bo.as('analyst'),
      `/api/v1/loans?status=approved&minPosition=${position}`,
    );
    expect(reached.status).toBe(200);
    expect((await bo.app.get(OfferLapseProcessor).runOnce()).lapsed).toBeGreaterThan(0);
    expect((await loanEvents(bo, loanId)).at(-1)?.type).toBe('OfferLapsed');
  });

  it('sends a reminder for a loan left unpaid, as the reminder processor does', async () => {
    const loanId = await registeredLoan(bo);
    await command('officer', loanPath(loanId, '/approval'), { approvedOn: '2018-03-15' });
    const { position } = await command('clerk', loanPath(loanId, '/disbursement'), {
      disbursedOn: '2018-03-20',
    });
    const reached = await readWhenReached(
      bo.as('analyst'),
      `/api/v1/loans?arrears=any&minPosition=${position}`,
    );
    expect(reached.status).toBe(200);
    expect((await bo.app.get(ReminderProcessor).runOnce()).issued['formal-notice']).toBeGreaterThan(
      0,
    );
    expect((await loanEvents(bo, loanId)).at(-1)?.type).toBe('ReminderIssued');
  });

  it('loads (a slice of) the demo portfolio, as npm run demo does', async () => {
    const portfolio = buildDemoPortfolio();
    const result = await loadDemoPortfolio(
      {
        ...portfolio,
        inquiries: portfolio.inquiries.slice(0, 1),
        // Two loans and their lifecycles; no curve (this suite's co-financings record their own).
        curves: [],
        loans: portfolio.loans.slice(0, 2),
      },
      demoLoaderPorts(bo.app),
    );
    expect(result.outcome).toBe('loaded');
  });

  it('stores only events whose message passes its schema, of every type', async () => {
    const store = bo.app.get<EventStore>(EVENT_STORE);
    const events: StoredEvent[] = [];
    for (let from = LOG_START; ;) {
      const batch = await store.readAll(from, { batchSize: 500 });
      if (batch.events.length === 0) break;
      events.push(...batch.events);
      from = batch.checkpoint;
    }
    const problems = events.flatMap((e) =>
      validator
        .validate(JSON.parse(JSON.stringify(messageOf(e))))
        .map((p) => `${e.streamId}@${e.streamVersion} ${p}`),
    );
    expect(problems).toEqual([]);

    const covered = new Set(events.map((e) => e.type));
    expect([...covered].sort()).toEqual([...COVERED].sort());
    // COVERED is every type with a schema: none is left untested here.
    expect([...validator.types].sort()).toEqual([...COVERED].sort());
    // The shapes worth seeing stored: sealed persons, an erased guarantor, old-style optional parts.
    const raw = JSON.stringify(events.map((e) => e.data));
    expect(raw).toContain('"erasable"');
    expect(raw).toContain('"guarantor":"[erased]"');
    expect(raw).toContain('"responsibleMaximumOverride"');
    expect(events.some((e) => e.metadata.idempotencyKey !== undefined)).toBe(true);
  });
});
