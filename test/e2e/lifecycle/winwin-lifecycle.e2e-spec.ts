import { randomUUID } from 'node:crypto';
import { describePostgres } from '../../support';
import {
  activeWinwin,
  freshEnterpriseNumber,
  impulskredietApplication,
  loanEvents,
  winwinRegistration,
} from '../fixtures';
import { startBackOffice, type RunningApp, type StoreKind } from '../harness';
import { interestForDays, minus, monthInterest, share, sum } from './money-by-hand';

jest.setTimeout(120_000);

interface Instalment {
  number: number;
  dueOn: string;
  principal: string;
  interest: string;
  total: string;
}

/**
 * Win-win loans (DOMAIN.md 3.2) to their end over HTTP: a default for bankruptcy, the guarantor
 * called, recoveries, the government guarantee claimed (40 % or 30 % of the principal lost by
 * the deed's signing date, rounded half up), the write-off; and a loan repaid early, which is
 * possible only in full and costs no fee.
 */
function winwinLifecycle(kind: StoreKind) {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice(kind);
  });
  afterAll(async () => {
    await bo?.close();
  });

  const path = (loanId: string, rest = '') => `/api/v1/loans/${loanId}${rest}`;
  const view = async (loanId: string) =>
    (await bo.as('analyst').get(path(loanId)).expect(200)).body;
  const instalments = async (loanId: string): Promise<Instalment[]> =>
    (await bo.as('analyst').get(path(loanId, '/schedule')).expect(200)).body.instalments;

  /** Registered, paid out and, for a deed signed `signedOn`, ready for its life. */
  const winwin = async (over: Record<string, unknown>, approvedOn: string, disbursedOn: string) => {
    const loanId = (
      await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(
          winwinRegistration({
            borrower: {
              enterpriseNumber: freshEnterpriseNumber(),
              name: 'Brouwerij De Klok',
              province: 'Limburg',
            },
            ...over,
          }),
        )
        .expect(201)
    ).body.loanId as string;
    await bo.as('officer').post(path(loanId, '/approval')).send({ approvedOn }).expect(200);
    await bo.as('clerk').post(path(loanId, '/disbursement')).send({ disbursedOn }).expect(200);
    return loanId;
  };

  describe('a deed signed on 2021-01-10 (40 % guaranteed), to a default for bankruptcy', () => {
    let loanId: string;
    let outstandingAtDefault: string;
    const guarantor = `Els Maes ${randomUUID().slice(0, 8)}`;

    it('runs two instalments, then defaults with two in arrears', async () => {
      loanId = await winwin(
        {
          signedOn: '2021-01-10',
          appliedOn: '2021-01-20',
          guarantees: [{ kind: 'personal', guarantor, amount: '20000.00' }],
        },
        '2021-01-25',
        '2021-02-01',
      );
      const schedule = await instalments(loanId);
      // 60,000.00 at 1 %: 50.00 of interest in the first month.
      expect(monthInterest('60000.00', 1n)).toBe('50.00');
      expect(schedule[0]).toMatchObject({ dueOn: '2021-03-01', interest: '50.00' });
      for (const i of schedule.slice(0, 2)) {
        await bo
          .as('clerk')
          .post(path(loanId, '/repayments'))
          .send({ paidOn: i.dueOn, amount: i.total })
          .expect(200);
      }
      outstandingAtDefault = minus('60000.00', sum(schedule.slice(0, 2).map((i) => i.principal)));

      // On 2021-06-15, instalments 3 and 4 are unpaid: 3 contractually on Saturday 1 May 2021
      // (Labour Day), so due on Monday 3 May, and 4 on 2021-06-01: 43 days late.
      await bo
        .as('officer')
        .post(path(loanId, '/default'))
        .send({ on: '2021-06-15', cause: 'bankruptcy' })
        .expect(200);
      const defaulted = (await loanEvents(bo, loanId)).at(-1)!;
      expect(defaulted).toEqual(
        expect.objectContaining({
          type: 'LoanDefaulted',
          data: {
            loanId,
            defaultedOn: '2021-06-15',
            cause: 'bankruptcy',
            outstandingPrincipal: outstandingAtDefault,
            arrearsInterest: sum(schedule.slice(2, 4).map((i) => i.interest)),
            arrearsPrincipal: sum(schedule.slice(2, 4).map((i) => i.principal)),
            daysPastDue: 43,
          },
        }),
      );
      expect(await view(loanId)).toMatchObject({
        status: 'defaulted',
        productVersion: 'winwinlening-2020-10-07',
        outstandingPrincipal: outstandingAtDefault,
        default: {
          defaultedOn: '2021-06-15',
          cause: 'bankruptcy',
          outstandingPrincipal: outstandingAtDefault,
        },
        nextDue: null,
      });
    });

    it('takes no more payments and no second default (409)', async () => {
      await bo
        .as('clerk')
        .post(path(loanId, '/repayments'))
        .send({ paidOn: '2021-07-01', amount: '100.00' })
        .expect(409)
        .expect((res) => expect(res.body.currentState).toBe('defaulted'));
      await bo
        .as('officer')
        .post(path(loanId, '/default'))
        .send({ on: '2021-07-01', cause: 'insolvency' })
        .expect(409);
      await bo
        .as('clerk')
        .post(path(loanId, '/early-repayments'))
        .send({ repaidOn: '2021-07-01', full: true })
        .expect(409);
    });

    it('calls the guarantor and records what they pay, and a dividend of the liquidation', async () => {
      await bo
        .as('officer')
        .post(path(loanId, '/guarantees/g1/call'))
        .send({ calledOn: '2021-07-01', amount: '15000.00' })
        .expect(200);
      expect((await view(loanId)).guarantees[0]).toMatchObject({
        guaranteeId: 'g1',
        guarantor,
        called: '15000.00',
        remaining: '5000.00',
      });
      await bo
        .as('clerk')
        .post(path(loanId, '/recoveries'))
        .send({ receivedOn: '2021-07-15', amount: '15000.00', source: 'guarantor' })
        .expect(200);
      await bo
        .as('clerk')
        .post(path(loanId, '/recoveries'))
        .send({ receivedOn: '2021-09-01', amount: '2000.00', source: 'liquidation' })
        .expect(200);
      expect(await view(loanId)).toMatchObject({
        recovered: '17000.00',
        outstandingPrincipal: minus(outstandingAtDefault, '17000.00'),
      });
    });

    it('claims 40 % of the principal lost, rounded half up to the cent, once', async () => {
      const lost = minus(outstandingAtDefault, '17000.00');
      const claim = share(lost, 40n);
      await bo
        .as('officer')
        .post(path(loanId, '/government-guarantee-claim'))
        .send({ claimedOn: '2021-10-01', principalLost: lost })
        .expect(200);
      const claimed = (await loanEvents(bo, loanId)).at(-1)!;
      expect(claimed).toMatchObject({
        type: 'GovernmentGuaranteeClaimed',
        data: { claimedOn: '2021-10-01', principalLost: lost, share: '0.40', claim },
      });
      expect(claimed.data.lines).toContainEqual(expect.objectContaining({ value: '40 %' }));
      expect((await view(loanId)).governmentClaim).toEqual({
        claimedOn: '2021-10-01',
        principalLost: lost,
        claim,
      });
      const again = await bo
        .as('officer')
        .post(path(loanId, '/government-guarantee-claim'))
        .send({ claimedOn: '2021-10-02', principalLost: lost })
        .expect(422);
      expect(again.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
        'government-guarantee-already-claimed',
      ]);

      await bo
        .as('clerk')
        .post(path(loanId, '/recoveries'))
        .send({ receivedOn: '2021-11-01', amount: claim, source: 'government-guarantee' })
        .expect(200);
      expect((await view(loanId)).recovered).toBe(sum(['17000.00', claim]));
    });

    it('writes off what is left; a later recovery is still recorded', async () => {
      const left = (await view(loanId)).outstandingPrincipal as string;
      await bo
        .as('officer')
        .post(path(loanId, '/write-off'))
        .send({ writtenOffOn: '2021-12-01', reason: '  bankruptcy closed, no further dividend ' })
        .expect(200);
      expect((await loanEvents(bo, loanId)).at(-1)).toMatchObject({
        type: 'LoanWrittenOff',
        data: {
          writtenOffOn: '2021-12-01',
          amount: left,
          reason: 'bankruptcy closed, no further dividend',
        },
      });
      const written = await view(loanId);
      expect(written).toMatchObject({
        status: 'written-off',
        outstandingPrincipal: '0.00',
        writeOff: { writtenOffOn: '2021-12-01', amount: left },
        arrears: null,
      });
      await bo
        .as('officer')
        .post(path(loanId, '/write-off'))
        .send({ writtenOffOn: '2021-12-02', reason: 'again' })
        .expect(409);
      await bo
        .as('clerk')
        .post(path(loanId, '/recoveries'))
        .send({ receivedOn: '2022-01-10', amount: '100.00', source: 'liquidation' })
        .expect(200);
      expect(await view(loanId)).toMatchObject({
        status: 'written-off',
        recovered: sum([written.recovered, '100.00']),
        outstandingPrincipal: '0.00',
      });
      expect((await loanEvents(bo, loanId)).map((e) => e.type)).toEqual([
        'LoanApplied',
        'LoanApproved',
        'LoanDisbursed',
        'InstalmentPaid',
        'InstalmentPaid',
        'LoanDefaulted',
        'GuaranteeCalled',
        'RecoveryRecorded',
        'RecoveryRecorded',
        'GovernmentGuaranteeClaimed',
        'RecoveryRecorded',
        'LoanWrittenOff',
        'RecoveryRecorded',
      ]);
    });
  });

  it('claims 30 % for a deed signed in 2022, rounding a half cent up', async () => {
    const loanId = await winwin(
      { signedOn: '2022-02-01', appliedOn: '2022-02-10', amount: '20000.00' },
      '2022-02-15',
      '2022-02-20',
    );
    expect((await view(loanId)).productVersion).toBe('winwinlening-2022-01');
    await bo
      .as('officer')
      .post(path(loanId, '/default'))
      .send({ on: '2022-04-01', cause: 'insolvency' })
      .expect(200);
    // 30 % of 10,000.15 is 3,000.045: half up gives 3,000.05 (banker's rounding 3,000.04).
    expect(share('10000.15', 30n)).toBe('3000.05');
    await bo
      .as('officer')
      .post(path(loanId, '/government-guarantee-claim'))
      .send({ claimedOn: '2022-05-01', principalLost: '10000.15' })
      .expect(200);
    expect((await loanEvents(bo, loanId)).at(-1)).toMatchObject({
      type: 'GovernmentGuaranteeClaimed',
      data: { share: '0.30', claim: '3000.05' },
    });
  });

  it('refuses a claim the guarantee does not cover (422) and records nothing', async () => {
    // A default for death is no cause the guarantee covers.
    const died = await winwin({}, '2021-03-15', '2021-03-20');
    await bo
      .as('officer')
      .post(path(died, '/default'))
      .send({ on: '2021-05-01', cause: 'death' })
      .expect(200);
    const before = await loanEvents(bo, died);
    const notCovered = await bo
      .as('officer')
      .post(path(died, '/government-guarantee-claim'))
      .send({ claimedOn: '2021-06-01', principalLost: '1000.00' })
      .expect(422);
    expect(notCovered.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
      'guarantee-cause-not-covered',
    ]);
    // More than was outstanding at the default.
    const tooMuch = await bo
      .as('officer')
      .post(path(died, '/government-guarantee-claim'))
      .send({ claimedOn: '2021-06-01', principalLost: '60000.01' })
      .expect(422);
    expect(tooMuch.body.violations.map((v: { rule: string }) => v.rule)).toContain(
      'loss-above-outstanding',
    );
    expect(await loanEvents(bo, died)).toEqual(before);

    // The Impulskrediet has no government guarantee.
    const impuls = (
      await bo.as('clerk').post('/api/v1/loans').send(impulskredietApplication()).expect(201)
    ).body.loanId as string;
    await bo.as('officer').post(path(impuls, '/approval')).send({ approvedOn: '2018-03-15' });
    await bo.as('clerk').post(path(impuls, '/disbursement')).send({ disbursedOn: '2018-03-20' });
    await bo
      .as('officer')
      .post(path(impuls, '/default'))
      .send({ on: '2018-05-01', cause: 'bankruptcy' })
      .expect(200);
    const none = await bo
      .as('officer')
      .post(path(impuls, '/government-guarantee-claim'))
      .send({ claimedOn: '2018-06-01', principalLost: '1000.00' })
      .expect(422);
    expect(none.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
      'no-government-guarantee',
    ]);
  });

  it('declares a default for arrears only once they are over three months old', async () => {
    const loanId = await activeWinwin(bo);
    // First instalment due 2021-04-20, unpaid: on 2021-07-20 it is three months late, not over.
    const early = await bo
      .as('officer')
      .post(path(loanId, '/default'))
      .send({ on: '2021-07-20', cause: 'arrears' })
      .expect(422);
    expect(early.body.violations).toEqual([
      expect.objectContaining({ rule: 'arrears-not-over-three-months', field: 'cause' }),
    ]);
    await bo
      .as('officer')
      .post(path(loanId, '/default'))
      .send({ on: '2021-07-21', cause: 'arrears' })
      .expect(200);
    expect((await loanEvents(bo, loanId)).at(-1)).toMatchObject({
      type: 'LoanDefaulted',
      data: { cause: 'arrears', daysPastDue: 92 },
    });
  });

  describe('repaid early', () => {
    it('refuses a partial early repayment (422) and quotes no fee for a full one', async () => {
      const loanId = await activeWinwin(bo);
      const [first] = await instalments(loanId);
      await bo
        .as('clerk')
        .post(path(loanId, '/repayments'))
        .send({ paidOn: first.dueOn, amount: first.total })
        .expect(200);
      const before = await loanEvents(bo, loanId);
      const partial = await bo
        .as('clerk')
        .post(path(loanId, '/early-repayments'))
        .send({ repaidOn: '2021-05-05', amount: '10000.00' })
        .expect(422);
      expect(partial.body.violations).toEqual([
        expect.objectContaining({ rule: 'partial-early-repayment-not-allowed', field: 'amount' }),
      ]);
      await bo
        .as('analyst')
        .get(path(loanId, '/early-repayment-quote?on=2021-05-05&amount=10000.00'))
        .expect(422);
      expect(await loanEvents(bo, loanId)).toEqual(before);

      const outstanding = minus('60000.00', first.principal);
      const quote = await bo
        .as('analyst')
        .get(path(loanId, '/early-repayment-quote?on=2021-05-05&full=true'))
        .expect(200);
      // 15 days of interest at 1 % since 2021-04-20 on all of it; the win-win loan charges no fee.
      const accrued = interestForDays(outstanding, 1n, 15n);
      expect(quote.body).toMatchObject({
        full: true,
        capitalRepaid: outstanding,
        interestFrom: '2021-04-20',
        accruedInterest: accrued,
        fee: '0.00',
        feeRegime: 'none',
        total: sum([outstanding, accrued]),
        outstandingAfter: '0.00',
      });

      await bo
        .as('clerk')
        .post(path(loanId, '/early-repayments'))
        .send({ repaidOn: '2021-05-05', full: true })
        .expect(200);
      expect(await view(loanId)).toMatchObject({
        status: 'repaid',
        repaidOn: '2021-05-05',
        outstandingPrincipal: '0.00',
      });
      expect((await loanEvents(bo, loanId)).slice(-2)).toEqual([
        expect.objectContaining({
          type: 'EarlyRepaymentMade',
          data: expect.objectContaining({
            fee: '0.00',
            feeRegime: 'none',
            total: quote.body.total,
          }),
        }),
        expect.objectContaining({ type: 'LoanRepaid' }),
      ]);
    });
  });
}

describe('win-win loans to their end, on PGlite', () => winwinLifecycle('pglite'));
describePostgres('win-win loans to their end, on PostgreSQL', () => winwinLifecycle('postgres'));
