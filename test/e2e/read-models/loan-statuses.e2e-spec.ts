import { randomUUID } from 'node:crypto';
import { LocalDate } from '@js-joda/core';
import { CommandBus } from '@nestjs/cqrs';
import { fixedClock, type LoanCommand } from '@loanbook/domain';
import {
  ExecuteLoanCommand,
  type LoanCommandResult,
} from '../../../apps/back-office/src/loans/execute-loan-command';
import { describePostgres } from '../../support';
import { impulskredietApplication } from '../fixtures';
import { startBackOffice, type RunningApp, type StoreKind } from '../harness';

jest.setTimeout(120_000);

const clock = fixedClock('2019-12-02T09:00:00Z');
const date = (s: string) => LocalDate.parse(s);

/**
 * GET /loans?status= for every status of the loan's life, on the loans read model. The steps
 * after disbursement go through the command bus (the back office's one command handler), the
 * way their endpoints send them.
 */
function statusSuite(kind: StoreKind) {
  describe(`listing loans by status on ${kind}`, () => {
    let bo: RunningApp;
    beforeAll(async () => {
      bo = await startBackOffice(kind, undefined, undefined, { clock });
    });
    afterAll(() => bo?.close());

    const execute = (command: LoanCommand): Promise<LoanCommandResult> =>
      bo.app.get(CommandBus).execute(
        new ExecuteLoanCommand(command, {
          actor: 'clerk-anna',
          correlationId: randomUUID(),
          requestId: randomUUID(),
        }),
      );

    /** An Impulskrediet of 25,000.00 approved on 2018-03-15, paid out on 2018-03-20. */
    async function activeLoan(): Promise<string> {
      const applied = await bo.as('clerk').post('/api/v1/loans').send(impulskredietApplication());
      const loanId = applied.body.loanId as string;
      await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/approval`)
        .send({ approvedOn: '2018-03-15' })
        .expect(200);
      await bo
        .as('clerk')
        .post(`/api/v1/loans/${loanId}/disbursement`)
        .send({ disbursedOn: '2018-03-20' })
        .expect(200);
      return loanId;
    }

    it('finds the repaid, defaulted, written-off and lapsed loans by their status', async () => {
      const repaid = await activeLoan();
      await execute({
        type: 'RepayEarly',
        loanId: repaid,
        repaidOn: date('2018-04-01'),
        full: true,
      });
      const defaulted = await activeLoan();
      await execute({
        type: 'DeclareDefault',
        loanId: defaulted,
        defaultedOn: date('2019-01-10'),
        cause: 'bankruptcy',
      });
      const writtenOff = await activeLoan();
      await execute({
        type: 'DeclareDefault',
        loanId: writtenOff,
        defaultedOn: date('2019-01-10'),
        cause: 'insolvency',
      });
      await execute({
        type: 'WriteOffLoan',
        loanId: writtenOff,
        writtenOffOn: date('2019-06-30'),
        reason: 'nothing left to recover',
      });
      const active = await activeLoan();
      const lapsedOffer = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(impulskredietApplication());
      const lapsed = lapsedOffer.body.loanId as string;
      await bo
        .as('officer')
        .post(`/api/v1/loans/${lapsed}/approval`)
        .send({ approvedOn: '2018-03-15' })
        .expect(200);
      const last = await execute({ type: 'LapseOffer', loanId: lapsed });

      const list = async (status: string) =>
        (
          await bo
            .as('analyst')
            .get(`/api/v1/loans?status=${status}&limit=200&minPosition=${last.position}`)
            .expect(200)
        ).body.items as { loanId: string; status: string }[];
      for (const [status, loanId] of [
        ['repaid', repaid],
        ['defaulted', defaulted],
        ['written-off', writtenOff],
        ['lapsed', lapsed],
        ['active', active],
      ] as const) {
        const items = await list(status);
        expect(items.map((i) => i.loanId)).toEqual([loanId]);
        expect(items[0].status).toBe(status);
      }
    });

    it('refuses a status no loan has, naming the field', async () => {
      const res = await bo.as('analyst').get('/api/v1/loans?status=paid-off').expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'status' })]);
    });
  });
}

statusSuite('pglite');
describePostgres('on PostgreSQL', () => statusSuite('postgres'));
