import { randomUUID } from 'node:crypto';
import { LocalDate } from '@js-joda/core';
import {
  activeLoan,
  applicationGuarantees,
  approvedOffer,
  defaultedLoan,
  guaranteedLoan,
  impulskredietApplication,
  loanEvents,
  registeredLoan,
} from '../fixtures';
import { startBackOffice, type RunningApp } from '../harness';

jest.setTimeout(120_000);

/**
 * What the loan's life after the offer refuses, over HTTP: a body the API cannot read (400,
 * naming the field), a command the loan's state does not allow (409), an unknown guarantee
 * (404), a broken rule (422); and in every case nothing is recorded.
 */
describe('the loan after its offer refuses', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  const path = (loanId: string, rest = '') => `/api/v1/loans/${loanId}${rest}`;
  const rules = (res: { body: { violations: Array<{ rule: string }> } }) =>
    res.body.violations.map((v) => v.rule);
  /** Runs `act` and checks that the loan's events did not change. */
  const recordsNothing = async (loanId: string, act: () => Promise<unknown>) => {
    const before = await loanEvents(bo, loanId);
    await act();
    expect(await loanEvents(bo, loanId)).toEqual(before);
  };

  describe('payments', () => {
    it('above what is payable up to the next instalment: 422 payment-above-amount-due', async () => {
      const loanId = await activeLoan(bo);
      await recordsNothing(loanId, async () => {
        // Nothing is due before 2018-04-20; the first instalment (483.32) may be paid ahead, more
        // is an early repayment.
        const ahead = await bo
          .as('clerk')
          .post(path(loanId, '/repayments'))
          .send({ paidOn: '2018-04-19', amount: '483.33' })
          .expect(422);
        expect(ahead.body.violations).toEqual([
          expect.objectContaining({
            rule: 'payment-above-amount-due',
            field: 'amount',
            message: expect.stringContaining('nothing is due now'),
          }),
        ]);
        const cent = await bo
          .as('clerk')
          .post(path(loanId, '/repayments'))
          .send({ paidOn: '2018-04-20', amount: '483.33' })
          .expect(422);
        expect(rules(cent)).toEqual(['payment-above-amount-due']);
      });
    });

    it('the next instalment paid the day before it falls due: accepted, and not in arrears', async () => {
      const loanId = await activeLoan(bo);
      await bo
        .as('clerk')
        .post(path(loanId, '/repayments'))
        .send({ paidOn: '2018-04-19', amount: '483.32' })
        .expect(200);
      const schedule = await bo
        .as('analyst')
        .get(path(loanId, '/schedule?asOf=2018-04-25'))
        .expect(200);
      expect(schedule.body.instalments[0]).toMatchObject({
        status: 'paid',
        settledOn: '2018-04-19',
      });
      expect(schedule.body.arrears.total).toBe('0.00');
    });

    it('back-dated before a payment it would push above what was due then: 422 on paidOn', async () => {
      const loanId = await activeLoan(bo);
      // Two instalments on 2018-05-20, then one dated 2018-04-20: the first would then pay
      // only the second instalment's 483.32 out of its 966.64.
      await bo
        .as('clerk')
        .post(path(loanId, '/repayments'))
        .send({ paidOn: '2018-05-20', amount: '966.64' })
        .expect(200);
      await recordsNothing(loanId, async () => {
        const res = await bo
          .as('clerk')
          .post(path(loanId, '/repayments'))
          .send({ paidOn: '2018-04-20', amount: '483.32' })
          .expect(422);
        expect(res.body.violations).toEqual([
          expect.objectContaining({
            rule: 'payment-above-amount-due',
            field: 'paidOn',
            message: expect.stringContaining('p1'),
          }),
        ]);
      });
    });

    it('dated after today or before the disbursement: 422', async () => {
      const loanId = await activeLoan(bo);
      await recordsNothing(loanId, async () => {
        const future = await bo
          .as('clerk')
          .post(path(loanId, '/repayments'))
          .send({ paidOn: '2099-01-20', amount: '483.32' })
          .expect(422);
        expect(rules(future)).toContain('date-in-future');
        const early = await bo
          .as('clerk')
          .post(path(loanId, '/repayments'))
          .send({ paidOn: '2018-03-19', amount: '10.00' })
          .expect(422);
        expect(rules(early)).toContain('payment-before-disbursement');
      });
    });

    it('records a repeated request (same Idempotency-Key) once', async () => {
      const loanId = await activeLoan(bo);
      const send = () =>
        bo
          .as('clerk')
          .post(path(loanId, '/repayments'))
          .set('Idempotency-Key', `pay-${loanId}`)
          .send({ paidOn: '2018-04-20', amount: '483.32' })
          .expect(200);
      const first = await send();
      expect((await send()).body).toEqual(first.body);
      const paid = (await loanEvents(bo, loanId)).filter((e) => e.type === 'InstalmentPaid');
      expect(paid).toHaveLength(1);
      // The same key with another body is another request: 422.
      await bo
        .as('clerk')
        .post(path(loanId, '/repayments'))
        .set('Idempotency-Key', `pay-${loanId}`)
        .send({ paidOn: '2018-04-20', amount: '100.00' })
        .expect(422);
    });

    it('with a stale If-Match: 409', async () => {
      const loanId = await activeLoan(bo);
      await recordsNothing(loanId, async () => {
        const res = await bo
          .as('clerk')
          .post(path(loanId, '/repayments'))
          .set('If-Match', '"2"')
          .send({ paidOn: '2018-04-20', amount: '483.32' })
          .expect(409);
        expect(res.body).toMatchObject({ currentState: 'active', currentVersion: 3 });
      });
    });
  });

  describe('early repayments', () => {
    it('with instalments unpaid, or more than is outstanding, or neither amount nor full: 422', async () => {
      const loanId = await activeLoan(bo);
      await recordsNothing(loanId, async () => {
        const unpaid = await bo
          .as('clerk')
          .post(path(loanId, '/early-repayments'))
          .send({ repaidOn: '2018-05-01', amount: '1000.00' })
          .expect(422);
        expect(rules(unpaid)).toEqual(['amount-due-unpaid']);
        const tooMuch = await bo
          .as('clerk')
          .post(path(loanId, '/early-repayments'))
          .send({ repaidOn: '2018-04-01', amount: '25000.01' })
          .expect(422);
        expect(rules(tooMuch)).toEqual(['early-repayment-above-outstanding']);
        for (const body of [
          { repaidOn: '2018-04-01' },
          { repaidOn: '2018-04-01', full: false },
          { repaidOn: '2018-04-01', amount: '1000.00', full: true },
        ]) {
          const res = await bo
            .as('clerk')
            .post(path(loanId, '/early-repayments'))
            .send(body)
            .expect(422);
          expect(rules(res)).toEqual(['early-repayment-amount-or-full']);
        }
        const quote = await bo
          .as('analyst')
          .get(path(loanId, '/early-repayment-quote?on=2018-04-01'))
          .expect(422);
        expect(rules(quote)).toEqual(['early-repayment-amount-or-full']);
      });
    });

    it('quotes a day ahead, which a repayment cannot be dated', async () => {
      // A loan paid out ten days ago: its first instalment falls due in about three weeks.
      const today = LocalDate.now();
      const loanId = await registeredLoan(bo, { appliedOn: today.minusDays(20).toString() });
      await bo
        .as('officer')
        .post(path(loanId, '/approval'))
        .send({ approvedOn: today.minusDays(15).toString() })
        .expect(200);
      await bo
        .as('clerk')
        .post(path(loanId, '/disbursement'))
        .send({ disbursedOn: today.minusDays(10).toString() })
        .expect(200);
      const view = (await bo.as('analyst').get(path(loanId)).expect(200)).body;
      expect(view.annualRate).toBe('0.07');
      expect(view.arrears).toMatchObject({ total: '0.00', daysPastDue: 0 });
      expect(view.nextDue).toMatchObject({ number: 1, unpaid: view.nextDue.total });

      const ahead = today.plusDays(5).toString();
      const quote = await bo
        .as('analyst')
        .get(path(loanId, `/early-repayment-quote?on=${ahead}&amount=1000.00`))
        .expect(200);
      // Six months at 7 % on 1,000.00.
      expect(quote.body).toMatchObject({ repaidOn: ahead, fee: '35.00' });
      await recordsNothing(loanId, async () => {
        const res = await bo
          .as('clerk')
          .post(path(loanId, '/early-repayments'))
          .send({ repaidOn: ahead, amount: '1000.00' })
          .expect(422);
        expect(rules(res)).toEqual(['date-in-future']);
      });
    });
  });

  describe('commands that do not fit the loan state: 409 with the state and version', () => {
    const cases: Array<[string, (bo: RunningApp) => Promise<string>, string, string, object]> = [
      [
        'a payment on an application',
        registeredLoan,
        'clerk',
        '/repayments',
        { paidOn: '2018-04-20', amount: '10.00' },
      ],
      [
        'a payment on an offer',
        approvedOffer,
        'clerk',
        '/repayments',
        { paidOn: '2018-04-20', amount: '10.00' },
      ],
      [
        'an early repayment on an offer',
        approvedOffer,
        'clerk',
        '/early-repayments',
        { repaidOn: '2018-04-01', full: true },
      ],
      [
        'a default of an application',
        registeredLoan,
        'officer',
        '/default',
        { on: '2018-04-01', cause: 'bankruptcy' },
      ],
      [
        'a call of a guarantee on an active loan',
        (b) => activeLoan(b, { guarantees: applicationGuarantees() }),
        'officer',
        '/guarantees/g1/call',
        { calledOn: '2018-04-01' },
      ],
      [
        'a recovery on an active loan',
        activeLoan,
        'clerk',
        '/recoveries',
        { receivedOn: '2018-04-01', amount: '10.00', source: 'borrower' },
      ],
      [
        'a write-off of an active loan',
        activeLoan,
        'officer',
        '/write-off',
        { writtenOffOn: '2018-04-01', reason: 'x' },
      ],
      [
        'a government guarantee claim on an active loan',
        activeLoan,
        'officer',
        '/government-guarantee-claim',
        { claimedOn: '2018-04-01', principalLost: '10.00' },
      ],
      [
        'a payment on a defaulted loan',
        defaultedLoan,
        'clerk',
        '/repayments',
        { paidOn: '2018-05-20', amount: '10.00' },
      ],
    ];
    it.each(cases)('%s', async (_, make, user, command, body) => {
      const loanId = await make(bo);
      await recordsNothing(loanId, async () => {
        const res = await bo
          .as(user as 'clerk' | 'officer')
          .post(path(loanId, command))
          .send(body)
          .expect(409);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        const version = (await loanEvents(bo, loanId)).length;
        expect(res.body).toMatchObject({
          type: 'https://loanbook.dev/problems/conflict',
          currentState: expect.any(String),
          currentVersion: version,
        });
      });
    });

    it('queries of the ledger before the disbursement', async () => {
      const loanId = await approvedOffer(bo);
      for (const query of [
        '/schedule',
        '/arrears?asOf=2018-04-01',
        '/early-repayment-quote?on=2018-04-01&full=true',
      ]) {
        const res = await bo.as('analyst').get(path(loanId, query)).expect(409);
        expect(res.body).toMatchObject({ currentState: 'approved', currentVersion: 2 });
      }
    });
  });

  describe('guarantees', () => {
    it('unknown to the loan: 404 problem, and an unknown loan too', async () => {
      const loanId = await guaranteedLoan(bo);
      await recordsNothing(loanId, async () => {
        for (const [command, body] of [
          ['release', { releasedOn: '2018-03-10' }],
          [
            'release-refusal',
            { refusedOn: '2018-03-10', reasons: ['adverse-financial-figures'], explanation: 'x' },
          ],
        ] as const) {
          const res = await bo
            .as('officer')
            .post(path(loanId, `/guarantees/g3/${command}`))
            .send(body)
            .expect(404);
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(res.body).toMatchObject({
            status: 404,
            type: 'https://loanbook.dev/problems/not-found',
            detail: expect.stringContaining('g3'),
          });
        }
      });
      const defaulted = await defaultedLoan(bo);
      await bo
        .as('officer')
        .post(path(defaulted, '/guarantees/g9/call'))
        .send({ calledOn: '2018-06-01' })
        .expect(404);
      await bo
        .as('officer')
        .post(path(randomUUID(), '/guarantees/g1/release'))
        .send({ releasedOn: '2018-03-10' })
        .expect(404);
    });

    it.each(['G1', 'g0', 'g01', 'g12345', 'x1', 'g1;drop'])(
      'whose id is not one (%s): 400 guarantee-id',
      async (guaranteeId) => {
        const loanId = await guaranteedLoan(bo);
        const res = await bo
          .as('officer')
          .post(path(loanId, `/guarantees/${encodeURIComponent(guaranteeId)}/release`))
          .send({ releasedOn: '2018-03-10' })
          .expect(400);
        expect(res.body.errors).toEqual([
          expect.objectContaining({ field: 'guaranteeId', code: 'guarantee-id' }),
        ]);
      },
    );

    it('released for more than it covers, or called above it: 422', async () => {
      const loanId = await guaranteedLoan(bo);
      await recordsNothing(loanId, async () => {
        const res = await bo
          .as('officer')
          .post(path(loanId, '/guarantees/g1/release'))
          .send({ releasedOn: '2018-03-10', amount: '10000.01' })
          .expect(422);
        expect(rules(res)).toEqual(['release-above-guarantee']);
      });
      const defaulted = await defaultedLoan(bo);
      await recordsNothing(defaulted, async () => {
        const res = await bo
          .as('officer')
          .post(path(defaulted, '/guarantees/g2/call'))
          .send({ calledOn: '2018-06-01', amount: '5000.01' })
          .expect(422);
        expect(rules(res)).toEqual(['call-above-guarantee']);
      });
    });
  });

  describe('bodies the API cannot read: 400 naming the field', () => {
    type Case = [
      string,
      (bo: RunningApp) => Promise<string>,
      string,
      string,
      object,
      string,
      string,
    ];
    const cases: Case[] = [
      [
        'a JSON number for a payment',
        activeLoan,
        'clerk',
        '/repayments',
        { paidOn: '2018-04-20', amount: 483.32 },
        'amount',
        'money-format',
      ],
      [
        'three decimals',
        activeLoan,
        'clerk',
        '/repayments',
        { paidOn: '2018-04-20', amount: '483.321' },
        'amount',
        'money-format',
      ],
      [
        'a zero payment',
        activeLoan,
        'clerk',
        '/repayments',
        { paidOn: '2018-04-20', amount: '0.00' },
        'amount',
        'money-positive',
      ],
      [
        'a date that does not exist',
        activeLoan,
        'clerk',
        '/repayments',
        { paidOn: '2018-02-30', amount: '1.00' },
        'paidOn',
        'date-format',
      ],
      [
        'an unknown field',
        activeLoan,
        'clerk',
        '/repayments',
        { paidOn: '2018-04-20', amount: '1.00', currency: 'EUR' },
        'currency',
        'unknown-field',
      ],
      [
        'a JSON number for an early repayment',
        activeLoan,
        'clerk',
        '/early-repayments',
        { repaidOn: '2018-04-01', amount: 1000 },
        'amount',
        'money-format',
      ],
      [
        'full as text',
        activeLoan,
        'clerk',
        '/early-repayments',
        { repaidOn: '2018-04-01', full: 'true' },
        'full',
        'boolean',
      ],
      [
        'an unknown cause of default',
        activeLoan,
        'officer',
        '/default',
        { on: '2018-05-01', cause: 'bad-luck' },
        'cause',
        'one-of',
      ],
      [
        'a default without its date',
        activeLoan,
        'officer',
        '/default',
        { cause: 'bankruptcy' },
        'on',
        'required',
      ],
      [
        'a JSON number for the principal lost',
        defaultedLoan,
        'officer',
        '/government-guarantee-claim',
        { claimedOn: '2018-06-01', principalLost: 1000 },
        'principalLost',
        'money-format',
      ],
      [
        'an unknown source of a recovery',
        defaultedLoan,
        'clerk',
        '/recoveries',
        { receivedOn: '2018-06-01', amount: '10.00', source: 'lottery' },
        'source',
        'one-of',
      ],
      [
        'a write-off without a reason',
        defaultedLoan,
        'officer',
        '/write-off',
        { writtenOffOn: '2018-06-01', reason: '   ' },
        'reason',
        'required',
      ],
      [
        'a JSON number for a release',
        guaranteedLoan,
        'officer',
        '/guarantees/g1/release',
        { releasedOn: '2018-03-10', amount: 100 },
        'amount',
        'money-format',
      ],
      [
        'a refusal without reasons',
        guaranteedLoan,
        'officer',
        '/guarantees/g1/release-refusal',
        { refusedOn: '2018-03-10', reasons: [], explanation: 'x' },
        'reasons',
        'required',
      ],
      [
        'a reason given twice',
        guaranteedLoan,
        'officer',
        '/guarantees/g1/release-refusal',
        {
          refusedOn: '2018-03-10',
          reasons: ['known-payment-arrears', 'known-payment-arrears'],
          explanation: 'x',
        },
        'reasons',
        'unique',
      ],
      [
        'a reason that is no code',
        guaranteedLoan,
        'officer',
        '/guarantees/g1/release-refusal',
        { refusedOn: '2018-03-10', reasons: ['bad-weather'], explanation: 'x' },
        'reasons',
        'one-of',
      ],
      [
        'a refusal without its explanation',
        guaranteedLoan,
        'officer',
        '/guarantees/g1/release-refusal',
        { refusedOn: '2018-03-10', reasons: ['known-payment-arrears'] },
        'explanation',
        'required',
      ],
      [
        'a blank explanation',
        guaranteedLoan,
        'officer',
        '/guarantees/g1/release-refusal',
        { refusedOn: '2018-03-10', reasons: ['known-payment-arrears'], explanation: ' \n ' },
        'explanation',
        'required',
      ],
      [
        'a guarantee amount as a JSON number',
        registeredLoan,
        'officer',
        '/approval',
        { approvedOn: '2018-03-15', guarantees: [{ kind: 'real', guarantor: 'x', amount: 100 }] },
        'guarantees.0.amount',
        'money-format',
      ],
    ];
    it.each(cases)('%s', async (_, make, user, command, body, field, code) => {
      const loanId = await make(bo);
      await recordsNothing(loanId, async () => {
        const res = await bo
          .as(user as 'clerk' | 'officer')
          .post(path(loanId, command))
          .send(body)
          .expect(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
      });
    });

    it.each([
      [
        'a guarantor left blank',
        { kind: 'personal', guarantor: '   ', amount: '1.00' },
        'guarantees.0.guarantor',
        'required',
      ],
      [
        'a guarantor of 201 characters',
        { kind: 'personal', guarantor: 'x'.repeat(201), amount: '1.00' },
        'guarantees.0.guarantor',
        'too-long',
      ],
      [
        'an unknown kind',
        { kind: 'moral', guarantor: 'x', amount: '1.00' },
        'guarantees.0.kind',
        'one-of',
      ],
      [
        'a zero amount',
        { kind: 'real', guarantor: 'x', amount: '0.00' },
        'guarantees.0.amount',
        'money-positive',
      ],
      ['no guarantor', { kind: 'real', amount: '1.00' }, 'guarantees.0.guarantor', 'required'],
    ])('an application with %s', async (_, guarantee, field, code) => {
      const loanId = randomUUID();
      const res = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(impulskredietApplication({ loanId, guarantees: [guarantee] }))
        .expect(400);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
      await bo.as('analyst').get(path(loanId)).expect(404);
    });

    it.each([
      ['?amount=1000.00', 'on', 'required'],
      ['?on=2018-04-01&amount=1000.001', 'amount', 'money-format'],
      ['?on=2018-04-01&amount=-5.00', 'amount', 'money-positive'],
      ['?on=2018-04-31&full=true', 'on', 'date-format'],
      ['?on=2018-04-01&full=yes', 'full', 'one-of'],
      ['?on=2018-04-01&full=true&curve=flat', 'curve', 'unknown-field'],
    ])('a quote asked with %s', async (query, field, code) => {
      const loanId = await activeLoan(bo);
      const res = await bo
        .as('analyst')
        .get(path(loanId, `/early-repayment-quote${query}`))
        .expect(400);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
    });

    it('a schedule or arrears as of a day that does not exist', async () => {
      const loanId = await activeLoan(bo);
      for (const query of ['/schedule?asOf=2018-13-01', '/arrears?asOf=yesterday']) {
        const res = await bo.as('analyst').get(path(loanId, query)).expect(400);
        expect(res.body.errors).toEqual([
          expect.objectContaining({ field: 'asOf', code: 'date-format' }),
        ]);
      }
    });
  });
});
