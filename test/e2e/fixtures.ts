import { randomUUID } from 'node:crypto';
import type { RunningApp } from './harness';

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
export async function registeredLoan(bo: RunningApp): Promise<string> {
  const res = await bo.as('clerk').post('/api/v1/loans').send(impulskredietApplication());
  expect(res.status).toBe(201);
  return res.body.loanId as string;
}

/** An offer (approved by an officer, not the clerk who registered it), ready to be paid out. */
export async function approvedOffer(bo: RunningApp): Promise<string> {
  const loanId = await registeredLoan(bo);
  const res = await bo
    .as('officer')
    .post(`/api/v1/loans/${loanId}/approval`)
    .send({ approvedOn: '2018-03-15' });
  expect(res.status).toBe(200);
  return loanId;
}

/** An offer paid out: an active loan, with a schedule. */
export async function activeLoan(bo: RunningApp): Promise<string> {
  const loanId = await approvedOffer(bo);
  const res = await bo
    .as('clerk')
    .post(`/api/v1/loans/${loanId}/disbursement`)
    .send({ disbursedOn: '2018-03-20' });
  expect(res.status).toBe(200);
  return loanId;
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
