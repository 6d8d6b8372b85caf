import { describe, expect, it } from 'vitest';
import type { Session } from '../auth/session';
import { availableActions } from '../loan/permissions';
import {
  callBody,
  claimBody,
  defaultBody,
  recoveryBody,
  refuseReleaseBody,
  releaseBody,
  writeOffBody,
} from './default-forms';

describe('the guarantee forms', () => {
  it('releases all the guarantee still covers when no amount is given, else the amount typed', () => {
    expect(releaseBody({ guaranteeId: 'g1', releasedOn: '2023-04-01', amount: '' }, 'nl')).toEqual({
      body: { releasedOn: '2023-04-01' },
    });
    expect(
      releaseBody({ guaranteeId: 'g1', releasedOn: '2023-04-01', amount: '4.000,50' }, 'nl'),
    ).toEqual({ body: { releasedOn: '2023-04-01', amount: '4000.50' } });
    expect(releaseBody({ guaranteeId: '', releasedOn: '', amount: '4.000,505' }, 'nl')).toEqual({
      errors: {
        guaranteeId: 'input.required',
        releasedOn: 'input.required',
        amount: 'input.amountFormat',
      },
    });
  });

  it('refuses a release only with a reason and the explanation for the letter', () => {
    const values = {
      guaranteeId: 'g2',
      refusedOn: '2023-04-01',
      amountRequested: '',
      reasons: [] as string[],
      explanation: '  ',
    };
    expect(refuseReleaseBody(values, 'nl')).toEqual({
      errors: { reasons: 'input.reasons', explanation: 'input.required' },
    });
    expect(
      refuseReleaseBody(
        {
          ...values,
          reasons: ['open-commitments-covered'],
          explanation: ' De borg dekt de achterstallen. ',
          amountRequested: '2500',
        },
        'nl',
      ),
    ).toEqual({
      body: {
        refusedOn: '2023-04-01',
        reasons: ['open-commitments-covered'],
        explanation: 'De borg dekt de achterstallen.',
        amountRequested: '2500.00',
      },
    });
  });

  it('calls a guarantee wholly or for an amount', () => {
    expect(callBody({ guaranteeId: 'g1', calledOn: '2018-06-01', amount: '' }, 'en')).toEqual({
      body: { calledOn: '2018-06-01' },
    });
    expect(
      callBody({ guaranteeId: 'g1', calledOn: '2018-06-01', amount: '5,000.00' }, 'en'),
    ).toEqual({ body: { calledOn: '2018-06-01', amount: '5000.00' } });
  });
});

describe('the default forms', () => {
  it('needs a cause and a day for the default', () => {
    expect(defaultBody({ on: '2018-05-01', cause: '' })).toEqual({
      errors: { cause: 'input.required' },
    });
    expect(defaultBody({ on: '2018-05-01', cause: 'bankruptcy' })).toEqual({
      body: { on: '2018-05-01', cause: 'bankruptcy' },
    });
  });

  it('sends the claim, the recovery and the write-off as the API names them', () => {
    expect(claimBody({ claimedOn: '2021-06-01', principalLost: '60.000,00' }, 'nl')).toEqual({
      body: { claimedOn: '2021-06-01', principalLost: '60000.00' },
    });
    expect(claimBody({ claimedOn: '2021-06-01', principalLost: '' }, 'nl')).toEqual({
      errors: { principalLost: 'input.required' },
    });
    expect(
      recoveryBody({ receivedOn: '2018-06-01', amount: '1 000,00', source: 'liquidation' }, 'fr'),
    ).toEqual({ body: { receivedOn: '2018-06-01', amount: '1000.00', source: 'liquidation' } });
    expect(writeOffBody({ writtenOffOn: '2018-09-01', reason: '' })).toEqual({
      errors: { reason: 'input.required' },
    });
  });
});

describe('who may act on guarantees and defaults', () => {
  const user = (sub: string, ...roles: Session['roles']): Session => ({
    token: 't',
    sub,
    roles,
    expiresAt: '2999-01-01T00:00:00Z',
  });
  const guarantee = (guaranteeId: string, remaining: string) => ({
    guaranteeId,
    kind: 'personal' as const,
    guarantor: 'Jan Peeters',
    guarantorPersonId: null,
    givenAt: 'application' as const,
    amount: '5000.00',
    released: '0.00',
    called: '0.00',
    releaseRefusals: 0,
    remaining,
  });
  const base = { registeredBy: 'anna', proposedApproval: null, governmentClaim: null };
  const officer = user('bart', 'credit-officer');
  const clerk = user('anna', 'clerk');

  it('lets an officer release or refuse a guarantee that still covers something, and declare a default', () => {
    const active = {
      ...base,
      status: 'active' as const,
      productCode: 'impulskrediet' as const,
      default: null,
      guarantees: [guarantee('g1', '0.00'), guarantee('g2', '5000.00')],
    };
    expect(availableActions(officer, active).actions).toEqual([
      'early-repayment',
      'release-guarantee',
      'refuse-release',
      'declare-default',
    ]);
    const nothingLeft = { ...active, guarantees: [guarantee('g1', '0.00')] };
    expect(availableActions(officer, nothingLeft).actions).toEqual([
      'early-repayment',
      'declare-default',
    ]);
    expect(availableActions(clerk, active).actions).toEqual(['repay', 'early-repayment']);
  });

  it('after a default: the officer calls, claims (win-win, a covered cause, once) and writes off; the clerk records recoveries', () => {
    const defaulted = {
      ...base,
      status: 'defaulted' as const,
      productCode: 'winwinlening' as const,
      default: {
        defaultedOn: '2021-05-01',
        cause: 'bankruptcy' as const,
        outstandingPrincipal: '60000.00',
      },
      guarantees: [],
    };
    expect(availableActions(officer, defaulted).actions).toEqual([
      'claim-government-guarantee',
      'write-off',
    ]);
    expect(availableActions(clerk, defaulted).actions).toEqual(['record-recovery']);
    const death = { ...defaulted, default: { ...defaulted.default, cause: 'death' as const } };
    expect(availableActions(officer, death).actions).toEqual(['write-off']);
    const claimed = {
      ...defaulted,
      governmentClaim: { claimedOn: '2021-06-01', principalLost: '60000.00', claim: '24000.00' },
    };
    expect(availableActions(officer, claimed).actions).toEqual(['write-off']);
    const impuls = { ...defaulted, productCode: 'impulskrediet' as const };
    expect(availableActions(officer, impuls).actions).toEqual(['write-off']);
    const writtenOff = {
      ...defaulted,
      status: 'written-off' as const,
      guarantees: [guarantee('g1', '5000.00')],
    };
    expect(availableActions(officer, writtenOff).actions).toEqual([
      'release-guarantee',
      'refuse-release',
      'call-guarantee',
      'claim-government-guarantee',
    ]);
    expect(availableActions(user('eva', 'analyst'), writtenOff).actions).toEqual([]);
  });
});
