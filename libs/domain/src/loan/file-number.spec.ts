import { decide } from './decide';
import {
  FILE_NUMBER_PREFIXES,
  fileNumberSeries,
  formatFileNumber,
  parseFileNumber,
} from './file-number';
import { foldLoan } from './state';
import * as obligations from '../testing/obligations-loan';

describe('file numbers (issue 21)', () => {
  it('given each product, gives it a prefix of its own', () => {
    expect(FILE_NUMBER_PREFIXES).toEqual({
      impulskrediet: 'IK',
      winwinlening: 'WW',
      cofinanciering: 'KC',
      startlening: 'SL',
    });
    expect(new Set(Object.values(FILE_NUMBER_PREFIXES)).size).toBe(4);
  });

  it('given a series and a place in it, writes four digits at least', () => {
    const series = fileNumberSeries('impulskrediet', 2022);
    expect(formatFileNumber(series, 42)).toBe('IK-2022-0042');
    expect(formatFileNumber(series, 9999)).toBe('IK-2022-9999');
    expect(formatFileNumber(series, 12345)).toBe('IK-2022-12345');
    expect(() => formatFileNumber(series, 0)).toThrow(RangeError);
  });

  it('given a file number as typed, reads it back; given anything else, nothing', () => {
    expect(parseFileNumber(' ik-2022-0042 ')).toEqual({
      prefix: 'IK',
      year: 2022,
      sequence: 42,
      fileNumber: 'IK-2022-0042',
    });
    for (const text of ['XX-2022-0042', 'IK-22-0042', 'IK-2022-042', 'IK-2022-0000', 'bakkerij'])
      expect([text, parseFileNumber(text)]).toEqual([text, undefined]);
  });

  it('given an application decided with its place in the series, records the number of its product and year', () => {
    const [applied] = decide(obligations.apply, foldLoan([]), {
      ...obligations.ctx(),
      fileSequence: 7,
    });
    expect(applied.type).toBe('LoanApplied');
    expect(applied.data).toMatchObject({ fileNumber: 'IK-2018-0007' });
    expect(foldLoan([applied]).application?.fileNumber).toBe('IK-2018-0007');
  });

  it('given an application decided without one, records none (as before file numbers)', () => {
    const [applied] = decide(obligations.apply, foldLoan([]), obligations.ctx());
    expect(applied.data).not.toHaveProperty('fileNumber');
  });

  it('given an application recorded without one, when the migration gives it a number, then the loan has it', () => {
    const [applied] = decide(obligations.apply, foldLoan([]), obligations.ctx());
    const state = foldLoan([
      applied,
      {
        type: 'LoanFileNumberAssigned',
        effectiveOn: '2026-12-07',
        data: { loanId: applied.data.loanId, fileNumber: 'IK-2018-0031' },
      },
    ]);
    expect(state.application?.fileNumber).toBe('IK-2018-0031');
    expect(state.status).toBe('applied');
  });
});
