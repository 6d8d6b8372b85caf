import { randomUUID } from 'node:crypto';
import type { RunningApp } from '../harness';
import { freshEnterpriseNumber } from '../fixtures';

/** Request bodies and steps the co-financing and start-loan tests share. */

/**
 * DOMAIN.md's co-financing: investment need 400,000.00; own contribution 60,000.00 of which a
 * win-win loan of 20,000.00; a bank co-finances 160,000.00 over 7 years; PMV lends 140,000.00
 * over 7 years. Filed on 2021-03-01 by a company of a fresh enterprise number.
 */
export const cofinancingApplication = (
  over: Record<string, unknown> = {},
): Record<string, unknown> => ({
  productCode: 'cofinanciering',
  borrower: {
    enterpriseNumber: freshEnterpriseNumber(),
    name: 'Kinderopvang Zonneke',
    province: 'Antwerpen',
  },
  amount: '140000.00',
  termMonths: 84,
  purpose: 'new wing of the day-care centre',
  appliedOn: '2021-03-01',
  investmentNeed: '400000.00',
  ownContribution: '60000.00',
  ownContributionItems: [
    { kind: 'own-funds', amount: '40000.00' },
    { kind: 'winwin-loan', amount: '20000.00', description: 'win-win loan of a friend' },
  ],
  coFinancing: { amount: '160000.00', termMonths: 84, partner: { kind: 'bank', name: 'KBC Bank' } },
  ...over,
});

/**
 * A starter's Startlening of 80,000.00 on an own contribution of 20,000.00 over 7 years: a natural
 * person self-employed since 2019-01-01, with a start-loan attest valid until 2021-06-30.
 */
export const startLoanApplication = (
  over: Record<string, unknown> = {},
): Record<string, unknown> => ({
  productCode: 'startlening',
  borrower: {
    enterpriseNumber: freshEnterpriseNumber(),
    name: `Lotte Claes ${randomUUID().slice(0, 8)}`,
    province: 'Oost-Vlaanderen',
    naturalPerson: true,
  },
  amount: '80000.00',
  termMonths: 84,
  purpose: 'bicycle repair shop',
  appliedOn: '2021-03-01',
  ownContribution: '20000.00',
  selfEmployment: { since: '2019-01-01', mainOccupation: true },
  startAttest: { number: 'SA-2021-00417', validUntil: '2021-06-30' },
  ...over,
});

/** A reference curve recorded by an officer: [tenorMonths, rate] pairs. */
export async function recordCurve(
  bo: RunningApp,
  recordedOn: string,
  points: Array<[number, string]>,
): Promise<void> {
  const res = await bo
    .as('officer')
    .post('/api/v1/reference-curves')
    .send({
      recordedOn,
      source: 'ICE swap rates',
      points: points.map(([tenorMonths, rate]) => ({ tenorMonths, rate })),
    });
  expect(res.status).toBe(201);
}

/** An application filed by the clerk: its loan id. */
export async function filed(bo: RunningApp, body: Record<string, unknown>): Promise<string> {
  const res = await bo.as('clerk').post('/api/v1/loans').send(body);
  if (res.status !== 201) throw new Error(`application refused: ${res.status} ${res.text}`);
  return res.body.loanId as string;
}

/** The LoanApproved event's data of a loan, as the API lists it. */
export async function approvedData(
  bo: RunningApp,
  loanId: string,
): Promise<Record<string, unknown>> {
  const res = await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`).expect(200);
  const approved = (res.body.events as Array<{ type: string; data: Record<string, unknown> }>).find(
    (e) => e.type === 'LoanApproved',
  );
  if (!approved) throw new Error(`loan ${loanId} has no LoanApproved`);
  return approved.data;
}
