import { defaultCatalogue } from '../products';
import { eur } from '../testing/loan-spec';
import type { LoanEvent } from './events';
import { foldLoan, initialLoanState } from './state';
import { needsWinwinExposure, winwinLimitsFor } from './winwin-registration';
import * as winwin from '../testing/winwin-loan';

describe('helpers for the application service', () => {
  const { signed, appliedFor, applied, registered } = winwin;

  it('needsWinwinExposure: only for an open win-win application', () => {
    expect(needsWinwinExposure(initialLoanState)).toBe(false);
    expect(needsWinwinExposure(foldLoan([applied]))).toBe(true);
    expect(needsWinwinExposure(foldLoan([applied, registered]))).toBe(false);
    const impuls = foldLoan([
      {
        ...applied,
        data: {
          ...applied.data,
          productCode: 'impulskrediet',
          productVersion: 'impulskrediet-2021-02',
        },
      } as LoanEvent,
    ]);
    expect(needsWinwinExposure(impuls)).toBe(false);
  });

  it('winwinLimitsFor: the limits of the version of the signing date', () => {
    const limits = winwinLimitsFor(foldLoan([applied]), defaultCatalogue());
    expect(limits?.productVersion).toBe('winwinlening-2020-10-07');
    expect(limits?.maxPerBorrower.toString()).toBe('300000.00');
    expect(limits?.maxPerLender.toString()).toBe('75000.00');
    expect(limits?.lenderLimit).toBe('total');
    const old = foldLoan([appliedFor(signed('2020-10-06'))]);
    expect(winwinLimitsFor(old, defaultCatalogue({ winwinLenderLimit: 'per-loan' }))).toEqual({
      productVersion: 'winwinlening-2020-03-15',
      maxPerBorrower: eur('200000.00'),
      maxPerLender: eur('50000.00'),
      lenderLimit: 'per-loan',
    });
    expect(winwinLimitsFor(initialLoanState, defaultCatalogue())).toBeUndefined();
  });
});
