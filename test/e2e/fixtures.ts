import { randomUUID } from 'node:crypto';

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
