import { randomUUID } from 'node:crypto';
import { hasSqlDatabase, type EventStore } from '@loanbook/event-store';
import { EVENT_STORE } from '../../../apps/back-office/src/infrastructure/tokens';
import { describePostgres } from '../../support';
import { impulskredietApplication, loanEvents } from '../fixtures';
import { startBackOffice, type RunningApp, type StoreKind } from '../harness';
import {
  amount,
  cents,
  interestForDays,
  minus,
  monthInterest,
  sixMonthsInterest,
  sum,
} from './money-by-hand';

jest.setTimeout(120_000);

interface Instalment {
  number: number;
  dueOn: string;
  principal: string;
  interest: string;
  total: string;
  outstandingAfter: string;
  paidInterest: string;
  paidPrincipal: string;
  unpaid: string;
  settledOn: string | null;
  status: string;
}

/**
 * An Impulskrediet from application to its end, over HTTP: guarantees given with the
 * application and asked for by the offer, payments (one back-dated, which moves a later one),
 * arrears as of a day, a partial early repayment with its fee checked by hand, a full early
 * repayment, the guarantees released (partly, then wholly) or their release refused, and the
 * personal guarantor forgotten. 25,000.00 at 6 % (the 2016 version) over 60 months: 483.32 a
 * month, due on the 20th from 2018-04-20.
 */
function impulskredietLifecycle(kind: StoreKind) {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice(kind);
  });
  afterAll(async () => {
    await bo?.close();
  });

  // Unique per run: finding it in the raw store can only mean this run wrote it in clear.
  const guarantorName = `Jan Peeters ${randomUUID().slice(0, 8)}`;
  let loanId: string;
  const url = (path = '') => `/api/v1/loans/${loanId}${path}`;
  const loan = async () => (await bo.as('analyst').get(url()).expect(200)).body;
  const schedule = async (asOf?: string) =>
    (
      await bo
        .as('analyst')
        .get(url(`/schedule${asOf ? `?asOf=${asOf}` : ''}`))
        .expect(200)
    ).body;
  const pay = (paidOn: string, amount: string) =>
    bo.as('clerk').post(url('/repayments')).send({ paidOn, amount });
  const events = () => loanEvents(bo, loanId);
  const types = async () => (await events()).map((e) => e.type);

  /** The loan's stored event data as text: what someone with the database can read. */
  const rawStore = async (): Promise<string> => {
    const store = bo.app.get<EventStore>(EVENT_STORE);
    if (!hasSqlDatabase(store)) throw new Error('the tests read the store with SQL');
    const rows = await store
      .database()
      .query<{ t: string }>('SELECT data::text AS t FROM events WHERE stream_id = $1', [
        `loan-${loanId}`,
      ]);
    return rows.map((r) => r.t).join('\n');
  };

  it('records the guarantees of the application (g1, g2) and of the offer (g3)', async () => {
    const applied = await bo
      .as('clerk')
      .post('/api/v1/loans')
      .send(
        impulskredietApplication({
          guarantees: [
            { kind: 'real', guarantor: 'Mortgage on Kerkstraat 12, Lier', amount: '10000.00' },
            { kind: 'personal', guarantor: `  ${guarantorName} `, amount: '5000.00' },
          ],
        }),
      )
      .expect(201);
    loanId = applied.body.loanId;
    await bo
      .as('officer')
      .post(url('/approval'))
      .send({
        approvedOn: '2018-03-15',
        guarantees: [{ kind: 'government', guarantor: 'Gigarant', amount: '12500.00' }],
      })
      .expect(200);
    await bo.as('clerk').post(url('/disbursement')).send({ disbursedOn: '2018-03-20' }).expect(200);

    const view = await loan();
    expect(view).toMatchObject({
      status: 'active',
      annualRate: '0.06',
      outstandingPrincipal: '25000.00',
      recovered: '0.00',
      repaidOn: null,
      default: null,
      writeOff: null,
    });
    const untouched = { released: '0.00', called: '0.00', releaseRefusals: 0 };
    expect(view.guarantees).toEqual([
      {
        guaranteeId: 'g1',
        kind: 'real',
        guarantor: 'Mortgage on Kerkstraat 12, Lier',
        guarantorPersonId: null,
        amount: '10000.00',
        remaining: '10000.00',
        givenAt: 'application',
        ...untouched,
      },
      {
        guaranteeId: 'g2',
        kind: 'personal',
        // Trimmed at the edge.
        guarantor: guarantorName,
        guarantorPersonId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        amount: '5000.00',
        remaining: '5000.00',
        givenAt: 'application',
        ...untouched,
      },
      {
        guaranteeId: 'g3',
        kind: 'government',
        guarantor: 'Gigarant',
        guarantorPersonId: null,
        amount: '12500.00',
        remaining: '12500.00',
        givenAt: 'approval',
        ...untouched,
      },
    ]);
    // The personal guarantor is a natural person: never stored in clear.
    const raw = await rawStore();
    expect(raw).toContain('Mortgage on Kerkstraat 12, Lier');
    expect(raw).toContain('"erasable"');
    expect(raw).not.toContain(guarantorName);
  });

  it('allocates payments in business-date order: a back-dated payment moves a later one', async () => {
    // 25,000.00 × 6 % / 12 = 125.00 of interest in the first instalment.
    expect(monthInterest('25000.00', 6n)).toBe('125.00');
    const first = (await schedule('2018-04-20')).instalments[0];
    expect(first).toMatchObject({ dueOn: '2018-04-20', interest: '125.00', total: '483.32' });

    await pay('2018-04-20', '483.32').expect(200);
    // On 2018-06-20 two instalments are due; this payment goes to the older one (contractually
    // Sunday 2018-05-20, then Whit Monday: due on Tuesday 2018-05-22).
    await pay('2018-06-20', '483.32').expect(200);
    const p2Before = (await events()).at(-1)!;
    expect(p2Before).toMatchObject({
      type: 'InstalmentPaid',
      data: { paymentId: 'p2', allocation: [expect.objectContaining({ instalment: 2 })] },
    });
    // Entered late, dated 2018-05-20: it takes instalment 2, and p2 moves on to instalment 3.
    const reply = await pay('2018-05-20', '483.32').expect(200);
    // The reply says what the payment did and what is due after it, without a second request.
    expect(reply.body).toMatchObject({
      loanId,
      version: 7,
      position: expect.any(Number),
      status: 'active',
      recorded: [
        {
          type: 'InstalmentPaid',
          streamVersion: 6,
          data: { paymentId: 'p3', allocation: [expect.objectContaining({ instalment: 2 })] },
        },
        { type: 'RepaymentsReallocated', streamVersion: 7 },
      ],
      // Instalments 1 and 2 are paid by the end of 2018-05-20; the third falls due 2018-06-20.
      stillDue: { asOf: '2018-05-20', total: '0.00', nextDue: { number: 3, dueOn: '2018-06-20' } },
      loan: { loanId, version: 7, status: 'active' },
    });
    const [p3, reallocated] = (await events()).slice(-2);
    // Instalment 2's interest: 24,641.68 × 6 % / 12 = 123.2084 → 123.21.
    expect(monthInterest(minus('25000.00', '358.32'), 6n)).toBe('123.21');
    expect(p3).toMatchObject({
      type: 'InstalmentPaid',
      data: {
        paymentId: 'p3',
        paidOn: '2018-05-20',
        allocation: [
          { instalment: 2, dueOn: '2018-05-22', interest: '123.21', principal: '360.11' },
        ],
        interestPaid: '123.21',
        principalPaid: '360.11',
      },
    });
    expect(reallocated).toMatchObject({
      type: 'RepaymentsReallocated',
      data: {
        causedBy: 'p3',
        payments: [
          {
            paymentId: 'p2',
            allocation: [
              { instalment: 3, dueOn: '2018-06-20', interest: '121.41', principal: '361.91' },
            ],
            interestPaid: '121.41',
            principalPaid: '361.91',
          },
        ],
      },
    });

    const s = await schedule('2018-06-20');
    expect(s.instalments.slice(0, 4).map((i: Instalment) => [i.settledOn, i.status])).toEqual([
      ['2018-04-20', 'paid'],
      ['2018-05-20', 'paid'],
      ['2018-06-20', 'paid'],
      [null, 'future'],
    ]);
    expect(s.payments.map((p: { paymentId: string }) => p.paymentId)).toEqual(['p1', 'p3', 'p2']);
    expect(s.paid).toEqual({
      interest: sum(['125.00', '123.21', '121.41']),
      principal: sum(['358.32', '360.11', '361.91']),
      total: amount(3n * cents('483.32')),
    });
    expect(s.outstandingPrincipal).toBe('23919.66');
    expect((await loan()).outstandingPrincipal).toBe('23919.66');
  });

  it('shows the arrears as of a day, with the days past due of the oldest unpaid instalment', async () => {
    // Instalments 4 (2018-07-20) and 5 (2018-08-20) unpaid on 2018-09-01: 2 × 483.32, and
    // 11 days of July after the 20th + 31 of August + 1 = 43 days past due.
    const expected = {
      total: amount(2n * cents('483.32')),
      instalments: 2,
      oldestDueOn: '2018-07-20',
      daysPastDue: 43,
    };
    const arrears = await bo.as('clerk').get(url('/arrears?asOf=2018-09-01')).expect(200);
    expect(arrears.body).toMatchObject({ asOf: '2018-09-01', status: 'active', ...expected });
    expect(sum([arrears.body.interest, arrears.body.principal])).toBe('966.64');
    expect(arrears.body.nextDue).toMatchObject({ number: 6, dueOn: '2018-09-20' });

    const s = await schedule('2018-09-01');
    expect(s.arrears).toMatchObject(expected);
    expect(s.instalments.slice(3, 6).map((i: Instalment) => i.status)).toEqual([
      'overdue',
      'overdue',
      'future',
    ]);
    // On its due date an instalment is due, not in arrears.
    const onTheDay = await schedule('2018-07-20');
    expect(onTheDay.instalments[3].status).toBe('due');
    expect(onTheDay.arrears).toMatchObject({ total: '0.00', daysPastDue: 0, oldestDueOn: null });
    expect(onTheDay.amountDue).toMatchObject({ total: '483.32', oldestDueOn: '2018-07-20' });
  });

  it('refuses a payment above what is payable up to the next instalment (422), then takes it in parts', async () => {
    const before = await events();
    // On 2018-09-01 instalments 4 and 5 are due (966.64) and instalment 6 (2018-09-20) may be
    // paid ahead: 1,449.96 is payable, a cent more is an early repayment.
    const over = await pay('2018-09-01', '1449.97').expect(422);
    expect(over.body.violations).toEqual([
      expect.objectContaining({
        rule: 'payment-above-amount-due',
        field: 'amount',
        message: expect.stringMatching(/1,449\.96 payable .*966\.64 is due now/),
      }),
    ]);
    expect(await events()).toEqual(before);

    // 600.00: instalment 4 (483.32) and 116.68 of instalment 5's interest (117.78).
    await pay('2018-09-01', '600.00').expect(200);
    const s = await schedule('2018-09-01');
    expect(s.instalments[4]).toMatchObject({
      interest: '117.78',
      paidInterest: '116.68',
      paidPrincipal: '0.00',
      unpaid: '366.64',
      status: 'partly-paid',
    });
    await pay('2018-09-10', '366.64').expect(200);
    await pay('2018-09-20', '483.32').expect(200);
    const settled = await schedule('2018-09-20');
    expect(settled.arrears.total).toBe('0.00');
    expect(settled.instalments[4]).toMatchObject({ settledOn: '2018-09-10', status: 'paid' });
    expect(settled.outstandingPrincipal).toBe('22823.03');
  });

  it('quotes a partial early repayment without recording anything, then records it at the quoted figures', async () => {
    const before = await events();
    const quote = await bo
      .as('analyst')
      .get(url('/early-repayment-quote?on=2018-10-05&amount=10000.00'))
      .expect(200);
    // By hand: interest from the last due date (2018-09-20), 15 days on the capital repaid,
    // 10,000.00 × 6 % × 15 / 365 = 24.657… → 24.66; the fee is six months' interest on it,
    // 10,000.00 × 6 % × 6 / 12 = 300.00.
    const accrued = interestForDays('10000.00', 6n, 15n);
    const fee = sixMonthsInterest('10000.00', 6n);
    expect([accrued, fee]).toEqual(['24.66', '300.00']);
    expect(quote.body).toEqual({
      loanId,
      repaidOn: '2018-10-05',
      full: false,
      outstandingBefore: '22823.03',
      capitalRepaid: '10000.00',
      interestFrom: '2018-09-20',
      accruedInterest: accrued,
      fee,
      feeRegime: 'six-months-cap',
      total: sum(['10000.00', accrued, fee]),
      outstandingAfter: '12823.03',
      lines: expect.arrayContaining([
        { label: '6 months of interest at 6 %', value: '300.00' },
        { label: 'total to pay', value: '10,324.66' },
      ]),
      version: before.length,
    });
    expect(await events()).toEqual(before);

    await bo
      .as('clerk')
      .post(url('/early-repayments'))
      .set('If-Match', `"${before.length}"`)
      .send({ repaidOn: '2018-10-05', amount: '10000.00' })
      .expect(200);
    const made = (await events()).at(-1)!;
    expect(made).toMatchObject({
      type: 'EarlyRepaymentMade',
      data: {
        repaidOn: '2018-10-05',
        full: false,
        capitalRepaid: '10000.00',
        accruedInterest: quote.body.accruedInterest,
        interestFrom: '2018-09-20',
        fee: quote.body.fee,
        feeRegime: 'six-months-cap',
        total: quote.body.total,
        outstandingPrincipal: '12823.03',
      },
    });
    expect(made.data.lines).toEqual(quote.body.lines);
  });

  it('computes the later instalments again on the lower principal, keeping the term', async () => {
    const s = await schedule('2018-10-05');
    const instalments: Instalment[] = s.instalments;
    expect(instalments).toHaveLength(60);
    expect(instalments[5]).toMatchObject({ number: 6, status: 'paid', total: '483.32' });
    const seventh = instalments[6];
    // 12,823.03 × 6 % / 12 = 64.11515 → 64.12 (half up).
    expect(monthInterest('12823.03', 6n)).toBe('64.12');
    // Contractually Saturday 2018-10-20: due on Monday the 22nd, its interest the period's.
    expect(seventh).toMatchObject({
      number: 7,
      contractualDueOn: '2018-10-20',
      dueOn: '2018-10-22',
      interest: '64.12',
    });
    expect(cents(seventh.total)).toBeLessThan(cents('483.32'));
    expect(sum(instalments.slice(6).map((i) => i.principal))).toBe('12823.03');
    expect(instalments.at(-1)).toMatchObject({
      number: 60,
      dueOn: '2023-03-20',
      outstandingAfter: '0.00',
    });
    expect(s.totals.principal).toBe(minus('25000.00', '10000.00'));
    expect(s.repaidEarly).toBe('10000.00');
    expect(s.earlyRepayments).toEqual([
      { repaidOn: '2018-10-05', capitalRepaid: '10000.00', full: false },
    ]);
    expect(s.outstandingPrincipal).toBe('12823.03');
    expect((await loan()).outstandingPrincipal).toBe('12823.03');
  });

  it('refuses to release the personal guarantee with coded reasons, and releases part of the real one', async () => {
    const explanation = 'The surety still covers the remaining 12,823.03; see our letter.';
    await bo
      .as('officer')
      .post(url('/guarantees/g2/release-refusal'))
      .send({
        refusedOn: '2018-11-01',
        reasons: ['open-commitments-covered', 'known-payment-arrears'],
        explanation,
        amountRequested: '5000.00',
      })
      .expect(200);
    expect((await events()).at(-1)).toMatchObject({
      type: 'GuaranteeReleaseRefused',
      data: {
        guaranteeId: 'g2',
        refusedOn: '2018-11-01',
        reasons: ['open-commitments-covered', 'known-payment-arrears'],
        explanation,
        amountRequested: '5000.00',
      },
    });
    await bo
      .as('officer')
      .post(url('/guarantees/g1/release'))
      .send({ releasedOn: '2018-11-01', amount: '4000.00' })
      .expect(200);
    const view = await loan();
    expect(view.guarantees[0]).toMatchObject({
      guaranteeId: 'g1',
      amount: '10000.00',
      released: '4000.00',
      remaining: '6000.00',
    });
    expect(view.guarantees[1]).toMatchObject({
      guaranteeId: 'g2',
      remaining: '5000.00',
      releaseRefusals: 1,
    });
  });

  it('repays the rest early in full: the loan is repaid', async () => {
    const seventh: Instalment = (await schedule('2018-10-20')).instalments[6];
    await pay('2018-10-20', seventh.total).expect(200);
    const outstanding = minus('12823.03', seventh.principal);
    const quote = await bo
      .as('clerk')
      .get(url('/early-repayment-quote?on=2018-11-05&full=true'))
      .expect(200);
    // 16 days from 2018-10-20 (the seventh's contractual date, its interest period's end,
    // though it was due on the 22nd) on all that is outstanding, and six months' interest on it.
    const accrued = interestForDays(outstanding, 6n, 16n);
    const fee = sixMonthsInterest(outstanding, 6n);
    expect(quote.body).toMatchObject({
      full: true,
      outstandingBefore: outstanding,
      capitalRepaid: outstanding,
      interestFrom: '2018-10-20',
      accruedInterest: accrued,
      fee,
      total: sum([outstanding, accrued, fee]),
      outstandingAfter: '0.00',
    });
    await bo
      .as('clerk')
      .post(url('/early-repayments'))
      .send({ repaidOn: '2018-11-05', full: true })
      .expect(200);
    expect((await types()).slice(-2)).toEqual(['EarlyRepaymentMade', 'LoanRepaid']);
    const view = await loan();
    expect(view).toMatchObject({
      status: 'repaid',
      repaidOn: '2018-11-05',
      outstandingPrincipal: '0.00',
      arrears: null,
      nextDue: null,
    });
    const s = await schedule();
    expect(s.instalments).toHaveLength(7);
    expect(s.instalments.every((i: Instalment) => i.status === 'paid')).toBe(true);
    expect(s.outstandingPrincipal).toBe('0.00');
    expect(s.repaidEarly).toBe(sum(['10000.00', outstanding]));

    // Nothing more is paid on a repaid loan.
    const late = await pay('2018-11-20', '100.00').expect(409);
    expect(late.body).toMatchObject({ currentState: 'repaid', currentVersion: view.version });
    await bo
      .as('clerk')
      .post(url('/early-repayments'))
      .send({ repaidOn: '2018-11-20', full: true })
      .expect(409);
    await bo.as('analyst').get(url('/early-repayment-quote?on=2018-11-20&full=true')).expect(409);
  });

  it('releases the guarantees of the repaid loan wholly, and no further', async () => {
    for (const id of ['g1', 'g2', 'g3']) {
      await bo
        .as('officer')
        .post(url(`/guarantees/${id}/release`))
        .send({ releasedOn: '2018-11-10' })
        .expect(200);
    }
    const view = await loan();
    expect(
      view.guarantees.map((g: { released: string; remaining: string }) => [
        g.released,
        g.remaining,
      ]),
    ).toEqual([
      ['10000.00', '0.00'],
      ['5000.00', '0.00'],
      ['12500.00', '0.00'],
    ]);
    expect((await events()).at(-3)).toMatchObject({
      type: 'GuaranteeReleased',
      data: { guaranteeId: 'g1', amount: '6000.00', remaining: '0.00' },
    });
    const before = await events();
    const again = await bo
      .as('officer')
      .post(url('/guarantees/g1/release'))
      .send({ releasedOn: '2018-11-11' })
      .expect(422);
    expect(again.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
      'guarantee-already-released',
    ]);
    await bo
      .as('officer')
      .post(url('/guarantees/g4/release'))
      .send({ releasedOn: '2018-11-11' })
      .expect(404);
    expect(await events()).toEqual(before);
  });

  it('erases the personal guarantor once an admin forgets them; the figures stay', async () => {
    const personId = (await loan()).guarantees[1].guarantorPersonId as string;
    await bo
      .as('admin')
      .post(`/api/v1/people/${personId}/forget`)
      .send({ reason: 'erasure request, ticket 4712' })
      .expect(200);
    const view = await loan();
    expect(view.guarantees[1]).toMatchObject({
      guaranteeId: 'g2',
      kind: 'personal',
      guarantor: '[erased]',
      guarantorPersonId: personId,
      amount: '5000.00',
      released: '5000.00',
    });
    expect(view.guarantees[0].guarantor).toBe('Mortgage on Kerkstraat 12, Lier');
    const applied = (await events())[0];
    expect(applied.data.guarantees).toEqual([
      expect.objectContaining({ guaranteeId: 'g1', guarantor: 'Mortgage on Kerkstraat 12, Lier' }),
      expect.objectContaining({ guaranteeId: 'g2', guarantor: '[erased]' }),
    ]);
    expect(JSON.stringify(await events())).not.toContain(guarantorName);
  });

  it('repays a loan instalment by instalment: the last payment makes it repaid', async () => {
    const small = (
      await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(impulskredietApplication({ amount: '2500.00', termMonths: 12 }))
        .expect(201)
    ).body.loanId as string;
    const path = `/api/v1/loans/${small}`;
    await bo.as('officer').post(`${path}/approval`).send({ approvedOn: '2018-03-15' }).expect(200);
    await bo
      .as('clerk')
      .post(`${path}/disbursement`)
      .send({ disbursedOn: '2018-03-31' })
      .expect(200);
    const { instalments } = (await bo.as('analyst').get(`${path}/schedule`).expect(200)).body;
    expect(instalments).toHaveLength(12);
    // Due dates clamp to the month's end (2018-04-30, 2019-02-28), then come back to the 31st.
    expect(instalments.slice(0, 2).map((i: Instalment) => i.dueOn)).toEqual([
      '2018-04-30',
      '2018-05-31',
    ]);
    for (const i of instalments as Instalment[]) {
      await bo
        .as('clerk')
        .post(`${path}/repayments`)
        .send({ paidOn: i.dueOn, amount: i.total })
        .expect(200);
    }
    const view = (await bo.as('analyst').get(path).expect(200)).body;
    // The last instalment, contractually Sunday 2019-03-31, is due and paid on Monday 1 April.
    expect(view).toMatchObject({
      status: 'repaid',
      repaidOn: '2019-04-01',
      outstandingPrincipal: '0.00',
    });
    const history = await loanEvents(bo, small);
    expect(history.filter((e) => e.type === 'InstalmentPaid')).toHaveLength(12);
    expect(history.at(-1)).toMatchObject({
      type: 'LoanRepaid',
      data: { repaidOn: '2019-04-01' },
    });
  });
}

describe('an Impulskrediet from application to repaid, on PGlite', () =>
  impulskredietLifecycle('pglite'));
describePostgres('an Impulskrediet from application to repaid, on PostgreSQL', () =>
  impulskredietLifecycle('postgres'),
);
