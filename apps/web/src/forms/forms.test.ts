import { describe, expect, it } from 'vitest';
import { availableActions } from '../loan/permissions';
import type { Session } from '../auth/session';
import {
  earlyRepaymentBody,
  refusalBody,
  amountAsInput,
  applicationBody,
  approvalBody,
  emptyApplication,
  repaymentBody,
  todayInBrussels,
} from './forms';

describe('the application form', () => {
  const values = {
    ...emptyApplication('2022-03-01'),
    borrower: {
      enterpriseNumber: ' 0403.170.701 ',
      name: 'Bakkerij Peeters',
      province: 'Antwerpen',
      naturalPerson: false,
    },
    amount: '25.000,00',
    purpose: 'oven',
  };

  it('becomes the API’s body, the amount a decimal string', () => {
    expect(applicationBody(values, 'nl')).toEqual({
      body: {
        productCode: 'impulskrediet',
        borrower: {
          enterpriseNumber: '0403.170.701',
          name: 'Bakkerij Peeters',
          province: 'Antwerpen',
          naturalPerson: false,
        },
        amount: '25000.00',
        termMonths: 60,
        purpose: 'oven',
        appliedOn: '2022-03-01',
      },
    });
  });

  it('says which fields it cannot send, by the API’s paths', () => {
    expect(
      applicationBody(
        { ...values, amount: 'veel', borrower: { ...values.borrower, name: ' ' } },
        'nl',
      ),
    ).toEqual({ errors: { amount: 'input.amountFormat', 'borrower.name': 'input.required' } });
  });

  it('sends a term that is no whole number as typed, for the server to name', () => {
    expect(applicationBody({ ...values, termMonths: '60,5' }, 'nl').body?.termMonths).toBe('60,5');
  });
});

describe('the approval form', () => {
  const applied = { amount: '25000.00', termMonths: 60 };

  it('sends only what the officer changed', () => {
    expect(
      approvalBody(
        { approvedOn: '2022-03-15', amount: '25000,00', termMonths: '60', offerValidUntil: '' },
        applied,
        'nl',
        false,
      ),
    ).toEqual({ body: { approvedOn: '2022-03-15' } });
    expect(
      approvalBody(
        {
          approvedOn: '2022-03-15',
          amount: '20.000',
          termMonths: '48',
          offerValidUntil: '2022-04-30',
        },
        applied,
        'nl',
        false,
      ),
    ).toEqual({
      body: {
        approvedOn: '2022-03-15',
        amount: '20000.00',
        termMonths: 48,
        offerValidUntil: '2022-04-30',
      },
    });
  });

  it('seconds a proposal on its own terms: the date alone', () => {
    expect(
      approvalBody(
        { approvedOn: '2022-03-16', amount: '1', termMonths: '1', offerValidUntil: '' },
        applied,
        'nl',
        true,
      ),
    ).toEqual({ body: { approvedOn: '2022-03-16' } });
  });
});

describe('the repayment form', () => {
  it('takes the amount as typed in the user’s language', () => {
    expect(repaymentBody({ paidOn: '2022-04-20', amount: '483,32' }, 'nl')).toEqual({
      body: { paidOn: '2022-04-20', amount: '483.32' },
    });
    expect(repaymentBody({ paidOn: '', amount: '' }, 'nl')).toEqual({
      errors: { paidOn: 'input.required', amount: 'input.required' },
    });
    expect(amountAsInput('483.32', 'nl')).toBe('483,32');
  });

  it('starts on today in Brussels', () => {
    expect(todayInBrussels(new Date('2022-03-31T22:30:00Z'))).toBe('2022-04-01');
  });
});

describe('what the user may do', () => {
  const user = (sub: string, ...roles: Session['roles']): Session => ({
    token: 't',
    sub,
    roles,
    expiresAt: '2999-01-01T00:00:00Z',
  });
  const applied = { status: 'applied' as const, registeredBy: 'anna', proposedApproval: null };
  const proposal = {
    proposedBy: 'dirk',
    approvalLimit: '10000.00',
    approvedOn: '2022-03-15',
    amount: '25000.00',
    annualRate: '0.07',
    termMonths: 60,
    offerValidUntil: '2022-04-14',
    repayment: {
      method: 'annuity' as const,
      frequency: 'monthly' as const,
      capitalHolidayMonths: 0,
    },
    guarantees: [],
  };

  it('shows an officer the approval, a second officer the second approval', () => {
    expect(availableActions(user('bart', 'credit-officer'), applied).actions).toEqual([
      'approve',
      'refuse',
      'withdraw',
      'record-information',
      'record-assessment',
    ]);
    expect(
      availableActions(user('bart', 'credit-officer'), { ...applied, proposedApproval: proposal })
        .actions,
    ).toEqual(['second', 'refuse', 'withdraw', 'record-information', 'record-assessment']);
  });

  it('hides the approval from the registrar and the proposer (four eyes), and from a clerk', () => {
    // A refusal knows no four eyes: the registrar's officer may refuse.
    expect(availableActions(user('Anna', 'credit-officer'), applied)).toEqual({
      actions: ['refuse', 'withdraw', 'record-information', 'record-assessment'],
      blocked: 'registrar',
    });
    expect(
      availableActions(user('dirk', 'credit-officer'), { ...applied, proposedApproval: proposal }),
    ).toEqual({
      actions: ['refuse', 'withdraw', 'record-information', 'record-assessment'],
      blocked: 'own-proposal',
    });
    expect(availableActions(user('anna', 'clerk'), applied).actions).toEqual([
      'withdraw',
      'record-information',
      'record-assessment',
    ]);
  });

  it('shows a clerk the disbursement of an offer and the payment of an active loan, an analyst nothing', () => {
    expect(
      availableActions(user('anna', 'clerk'), { ...applied, status: 'approved' }).actions,
    ).toEqual(['withdraw', 'disburse']);
    expect(
      availableActions(user('anna', 'clerk'), { ...applied, status: 'active' }).actions,
    ).toEqual(['repay', 'early-repayment']);
    expect(
      availableActions(user('bart', 'credit-officer'), { ...applied, status: 'refused' }).actions,
    ).toEqual(['written-refusal']);
    expect(
      availableActions(user('bart', 'credit-officer'), { ...applied, status: 'refused' }, true)
        .actions,
    ).toEqual([]);
    expect(
      availableActions(user('eva', 'analyst'), { ...applied, status: 'active' }).actions,
    ).toEqual([]);
  });
});

describe('the refusal and early repayment bodies', () => {
  it('refuses only with a reason, the explanation sent when given', () => {
    expect(refusalBody({ refusedOn: '2022-03-20', reasons: [], explanation: '' })).toEqual({
      errors: { reasons: 'input.reasons' },
    });
    expect(
      refusalBody({
        refusedOn: '2022-03-20',
        reasons: ['known-payment-arrears'],
        explanation: ' twee leveranciers ',
      }),
    ).toEqual({
      body: {
        refusedOn: '2022-03-20',
        reasons: ['known-payment-arrears'],
        explanation: 'twee leveranciers',
      },
    });
  });

  it('repays early an amount typed in Dutch, or in full without one', () => {
    expect(
      earlyRepaymentBody({ repaidOn: '2022-06-01', amount: '5.000,00', full: false }, 'nl'),
    ).toEqual({ body: { repaidOn: '2022-06-01', amount: '5000.00' } });
    expect(earlyRepaymentBody({ repaidOn: '2022-06-01', amount: 'x', full: true }, 'nl')).toEqual({
      body: { repaidOn: '2022-06-01', full: true },
    });
    expect(
      earlyRepaymentBody({ repaidOn: '2022-06-01', amount: '', full: false }, 'nl').errors,
    ).toEqual({ amount: 'input.required' });
  });
});
