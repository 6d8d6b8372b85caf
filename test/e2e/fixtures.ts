import { codaFile } from '@loanbook/banking/statements/testing/coda-writer';
import { randomUUID } from 'node:crypto';
import type { RunningApp, UserClient } from './harness';

/** Request bodies the end-to-end tests share; each test overrides what it is about. */

/** An Impulskrediet application of 25,000.00 over 60 months, filed on 2018-03-01 (6 % then). */
export const impulskredietApplication = (
  over: Record<string, unknown> = {},
): Record<string, unknown> => ({
  productCode: 'impulskrediet',
  borrower: { enterpriseNumber: '0403.170.701', name: 'Bakkerij Peeters', province: 'Antwerpen' },
  amount: '25000.00',
  termMonths: 60,
  purpose: 'oven and working capital',
  appliedOn: '2018-03-01',
  ...over,
});

/**
 * A win-win registration of 60,000.00 at 1 % over 5 years, signed on 2021-03-01 (the rules of
 * 2020-10-07) and received on 2021-03-10, by a new lender each time so limits never interfere.
 */
export const winwinRegistration = (
  over: Record<string, unknown> = {},
): Record<string, unknown> => ({
  productCode: 'winwinlening',
  borrower: { enterpriseNumber: '0403.170.701', name: 'Brouwerij De Klok', province: 'Limburg' },
  lender: { id: `lender-${randomUUID()}`, name: 'An Janssens', relationToBorrower: 'friend' },
  amount: '60000.00',
  termMonths: 60,
  annualRate: '0.01',
  purpose: 'brewing kettle',
  signedOn: '2021-03-01',
  appliedOn: '2021-03-10',
  ...over,
});

/** An Impulskrediet application registered by the clerk: its loan id. */
export async function registeredLoan(
  bo: RunningApp,
  over: Record<string, unknown> = {},
): Promise<string> {
  const res = await bo.as('clerk').post('/api/v1/loans').send(impulskredietApplication(over));
  expect(res.status).toBe(201);
  return res.body.loanId as string;
}

/** An offer (approved by an officer, not the clerk who registered it), ready to be paid out. */
export async function approvedOffer(
  bo: RunningApp,
  over: Record<string, unknown> = {},
): Promise<string> {
  const loanId = await registeredLoan(bo, over);
  const res = await bo
    .as('officer')
    .post(`/api/v1/loans/${loanId}/approval`)
    .send({ approvedOn: '2018-03-15' });
  expect(res.status).toBe(200);
  return loanId;
}

/**
 * An offer paid out on 2018-03-20: an active loan, with a schedule (25,000.00 at 6 % over 60
 * months: 483.32 a month, due on the 20th from 2018-04-20).
 */
export async function activeLoan(
  bo: RunningApp,
  over: Record<string, unknown> = {},
): Promise<string> {
  const loanId = await approvedOffer(bo, over);
  const res = await bo
    .as('clerk')
    .post(`/api/v1/loans/${loanId}/disbursement`)
    .send({ disbursedOn: '2018-03-20' });
  expect(res.status).toBe(200);
  return loanId;
}

/** A real and a personal guarantee, given with the application: g1 and g2. */
export const applicationGuarantees = () => [
  { kind: 'real', guarantor: 'Mortgage on Kerkstraat 12, Lier', amount: '10000.00' },
  { kind: 'personal', guarantor: 'Jan Peeters', amount: '5000.00' },
];

/** An application with a real (g1) and a personal (g2) guarantee. */
export const guaranteedLoan = (bo: RunningApp) =>
  registeredLoan(bo, { guarantees: applicationGuarantees() });

/** An active Impulskrediet with guarantees g1 and g2, declared in default (bankruptcy) on 2018-05-01. */
export async function defaultedLoan(bo: RunningApp): Promise<string> {
  const loanId = await activeLoan(bo, { guarantees: applicationGuarantees() });
  const res = await bo
    .as('officer')
    .post(`/api/v1/loans/${loanId}/default`)
    .send({ on: '2018-05-01', cause: 'bankruptcy' });
  expect(res.status).toBe(200);
  return loanId;
}

/**
 * A valid Belgian enterprise number not used before in this process: the win-win limits per
 * borrowing enterprise then never interfere between tests.
 */
let enterpriseSerial = 0;
export function freshEnterpriseNumber(): string {
  const base = 4_000_000 + ((process.pid * 1000 + ++enterpriseSerial) % 5_000_000);
  const digits = `${String(base).padStart(8, '0')}${String(97 - (base % 97)).padStart(2, '0')}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** A win-win loan registered on 2021-03-15 and paid out on 2021-03-20, for a fresh borrower. */
export async function activeWinwin(
  bo: RunningApp,
  over: Record<string, unknown> = {},
): Promise<string> {
  const apply = await bo
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
    );
  expect(apply.status).toBe(201);
  const loanId = apply.body.loanId as string;
  const approval = await bo
    .as('officer')
    .post(`/api/v1/loans/${loanId}/approval`)
    .send({ approvedOn: '2021-03-15' });
  expect(approval.status).toBe(200);
  const disbursement = await bo
    .as('clerk')
    .post(`/api/v1/loans/${loanId}/disbursement`)
    .send({ disbursedOn: '2021-03-20' });
  expect(disbursement.status).toBe(200);
  return loanId;
}

/** A win-win loan (40 % government guarantee) declared in default for bankruptcy on 2021-05-01. */
export async function defaultedWinwin(bo: RunningApp): Promise<string> {
  const loanId = await activeWinwin(bo);
  const res = await bo
    .as('officer')
    .post(`/api/v1/loans/${loanId}/default`)
    .send({ on: '2021-05-01', cause: 'bankruptcy' });
  expect(res.status).toBe(200);
  return loanId;
}

/** The loan's events as the API lists them. */
export async function loanEvents(
  bo: RunningApp,
  loanId: string,
): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
  const res = await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`);
  expect(res.status).toBe(200);
  return res.body.events;
}

/** The lender of a new win-win registration: a natural person, whom an admin may forget. */
export async function lenderPersonId(bo: RunningApp): Promise<string> {
  const res = await bo.as('clerk').post('/api/v1/loans').send(winwinRegistration());
  expect(res.status).toBe(201);
  const loan = await bo.as('analyst').get(`/api/v1/loans/${res.body.loanId}`);
  const personId = loan.body.lender?.personId as string | null;
  if (!personId) throw new Error(`the lender of a win-win loan has no personId: ${loan.text}`);
  return personId;
}

/** An application refused on 2018-03-20 for arrears and a lack of securities. */
export async function refusedLoan(
  bo: RunningApp,
  over: Record<string, unknown> = {},
): Promise<string> {
  const loanId = await registeredLoan(bo, over);
  const res = await bo
    .as('officer')
    .post(`/api/v1/loans/${loanId}/refusal`)
    .send({
      refusedOn: '2018-03-20',
      reasons: ['known-payment-arrears', 'insufficient-securities-or-equity'],
      explanation: 'arrears with two suppliers; no equity beside the loan',
    });
  expect(res.status).toBe(200);
  return loanId;
}

/**
 * The summary information document of a fresh offer, once the documents processor made it:
 * `<loanId>/documents/<documentId>`.
 */
export async function offerDocumentPath(bo: RunningApp): Promise<string> {
  const loanId = await registeredLoan(bo);
  const approved = await bo
    .as('officer')
    .post(`/api/v1/loans/${loanId}/approval`)
    .send({ approvedOn: '2018-03-15' });
  expect(approved.status).toBe(200);
  const list = await bo
    .as('analyst')
    .get(`/api/v1/loans/${loanId}/documents?minPosition=${approved.body.position}`);
  expect(list.status).toBe(200);
  const [document] = list.body.documents as { documentId: string }[];
  return `${loanId}/documents/${document.documentId}`;
}

/** A single renter earning 3,200.00 net a month: the household of a responsible credit assessment. */
export const household = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...{
    householdType: 'single',
    housing: { tenure: 'renter', rent: '650.00' },
    applicantBirthDate: '1985-06-01',
    signingDate: '2018-03-15',
    termMonths: 60,
    incomes: [{ kind: 'salary', monthlyNet: '3200.00' }],
    obligations: [],
    wageGarnishment: false,
    divorceInProgress: false,
  },
  ...over,
});

/** An application whose household was assessed on 2018-03-05: its loan id. */
export async function assessedLoan(bo: RunningApp): Promise<string> {
  const loanId = await registeredLoan(bo);
  const res = await bo
    .as('clerk')
    .post(`/api/v1/loans/${loanId}/credit-assessment`)
    .send({ assessedOn: '2018-03-05', household: household() });
  expect(res.status).toBe(200);
  return loanId;
}

/** The lender's account a back office under test takes statements of (LENDER_IBAN). */
export const LENDER_IBAN = 'BE68539007547034';
let statements = 0;

/**
 * A CODA statement of its own (a new sequence number each time) with one credit of `amount`
 * carrying a structured communication no loan has: a suspense item.
 */
export function statementFile(amount = `${101 + statements}.00`): Buffer {
  statements += 1;
  const lines = codaFile({
    creationDate: '150322',
    accountStructure: '2',
    account: LENDER_IBAN,
    statementNumber: String(statements).padStart(3, '0'),
    oldBalance: '1000.00',
    oldBalanceDate: '150322',
    newBalance: '1000.00',
    newBalanceDate: '150322',
    movements: [
      {
        sequence: 1,
        sign: 'credit',
        amount,
        valueDate: '150322',
        entryDate: '150322',
        structured: '000000000101',
        counterpartyAccount: 'BE71096123456769',
        counterpartyName: 'Bakkerij Peeters',
      },
    ],
  });
  return Buffer.from(`${lines.join('\n')}\n`, 'latin1');
}

export const uploadStatement = (as: UserClient, file: Buffer) =>
  as.post('/api/v1/bank-statements').set('Content-Type', 'application/octet-stream').send(file);

/** A fresh suspense item (uploaded by the clerk); its id. */
export async function suspenseItem(bo: RunningApp): Promise<string> {
  const amount = `${101 + statements}.00`;
  const uploaded = await uploadStatement(bo.as('clerk'), statementFile(amount)).expect(200);
  // The list is a read model: read it once it has the import.
  const { body } = await bo
    .as('clerk')
    .get(`/api/v1/bank-statements/suspense?minPosition=${uploaded.body.position}`)
    .expect(200);
  const item = (body.items as { itemId: string; amount: string }[]).find(
    (i) => i.amount === amount,
  );
  if (!item) throw new Error(`no suspense item of ${amount}: ${JSON.stringify(body.items)}`);
  return item.itemId;
}
