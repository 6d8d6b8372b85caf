import type { LoanEvent } from '@loanbook/domain';
import { applied, approved, disbursed } from '@loanbook/domain/testing/active-loan';
import { defaultChartOfAccounts } from './chart';
import { isBalanced, postLoanEvent, postLoanHistory, type EntryDraft } from './posting';

// Posting rules, given the loan's earlier events / when one event / then its entries, as
// [kind, date, [account, debit, credit]...] on the default chart.

const chart = defaultChartOfAccounts();
const loanId = (applied().data as { loanId: string }).loanId;

function given(...history: LoanEvent[]) {
  return {
    when(event: LoanEvent) {
      const { books } = postLoanHistory(history, chart);
      const { entries } = postLoanEvent(books!, event, chart);
      return {
        then(expected: Array<[string, string, ...Array<[string, string, string]>]>) {
          for (const e of entries) expect(isBalanced(e)).toBe(true);
          expect(entries.map(shape)).toEqual(expected);
        },
      };
    },
  };
}
const shape = (e: EntryDraft) => [
  e.kind,
  e.businessDate,
  ...e.lines.map((l) => [l.account, l.debit, l.credit]),
];

const paid = (
  paymentId: string,
  paidOn: string,
  principal: string,
  interest: string,
): LoanEvent => ({
  type: 'InstalmentPaid',
  effectiveOn: paidOn,
  data: {
    loanId,
    paymentId,
    paidOn,
    amount: (BigInt(principal.replace('.', '')) + BigInt(interest.replace('.', '')))
      .toString()
      .replace(/(\d\d)$/, '.$1'),
    allocation: [],
    principalPaid: principal,
    interestPaid: interest,
    outstandingPrincipal: '0.00',
  },
});
const defaulted = (outstanding: string): LoanEvent => ({
  type: 'LoanDefaulted',
  effectiveOn: '2024-06-01',
  data: {
    loanId,
    defaultedOn: '2024-06-01',
    cause: 'bankruptcy',
    outstandingPrincipal: outstanding,
    arrearsInterest: '0.00',
    arrearsPrincipal: '0.00',
    daysPastDue: 0,
  },
});
const called = (amount: string): LoanEvent => ({
  type: 'GuaranteeCalled',
  effectiveOn: '2024-07-01',
  data: { loanId, guaranteeId: 'g1', calledOn: '2024-07-01', amount },
});
const recovery = (
  amount: string,
  source: 'borrower' | 'guarantor',
  on = '2024-08-01',
): LoanEvent => ({
  type: 'RecoveryRecorded',
  effectiveOn: on,
  data: { loanId, receivedOn: on, amount, source, outstandingPrincipal: '0.00' },
});
const writtenOff = (amount: string): LoanEvent => ({
  type: 'LoanWrittenOff',
  effectiveOn: '2024-09-01',
  data: { loanId, writtenOffOn: '2024-09-01', amount, reason: 'nothing left' },
});
const winwinApplied = (): LoanEvent => {
  const e = applied();
  return { ...e, data: { ...e.data, productCode: 'winwinlening' } } as LoanEvent;
};

const active = [applied(), approved(), disbursed()];
const disbursedOn = disbursed().effectiveOn;

describe('posting rules (default chart: 2910 loans, 2970 doubtful, 416 guarantors, 550 bank, 751 interest, 754 fees)', () => {
  it('disbursement: Dr loans receivable, Cr bank', () => {
    given(applied(), approved())
      .when(disbursed())
      .then([
        ['disbursement', disbursedOn, ['2910', '25000.00', '0.00'], ['550', '0.00', '25000.00']],
      ]);
  });

  it('instalment paid: Dr bank, Cr loans receivable (principal) and interest income', () => {
    given(...active)
      .when(paid('p1', '2024-02-15', '358.32', '125.00'))
      .then([
        [
          'instalment',
          '2024-02-15',
          ['550', '483.32', '0.00'],
          ['2910', '0.00', '358.32'],
          ['751', '0.00', '125.00'],
        ],
      ]);
  });

  it('early repayment: Dr bank, Cr principal, accrued interest and the reinvestment fee', () => {
    given(...active)
      .when({
        type: 'EarlyRepaymentMade',
        effectiveOn: '2024-03-10',
        data: {
          loanId,
          repaidOn: '2024-03-10',
          full: true,
          capitalRepaid: '24641.68',
          accruedInterest: '102.00',
          interestFrom: '2024-02-15',
          fee: '739.25',
          feeRegime: 'six-months-cap',
          total: '25482.93',
          outstandingPrincipal: '0.00',
          lines: [],
        },
      })
      .then([
        [
          'early-repayment',
          '2024-03-10',
          ['550', '25482.93', '0.00'],
          ['2910', '0.00', '24641.68'],
          ['751', '0.00', '102.00'],
          ['754', '0.00', '739.25'],
        ],
      ]);
  });

  it('reallocation after a back-dated payment: the moved payment reversed and booked again on its own day', () => {
    given(...active, paid('p1', '2024-03-15', '300.00', '183.32'))
      .when({
        type: 'RepaymentsReallocated',
        effectiveOn: '2024-02-15',
        data: {
          loanId,
          causedBy: 'p2',
          payments: [
            { paymentId: 'p1', allocation: [], principalPaid: '358.32', interestPaid: '125.00' },
          ],
        },
      })
      .then([
        [
          'reallocation-reversal',
          '2024-03-15',
          ['2910', '300.00', '0.00'],
          ['751', '183.32', '0.00'],
          ['550', '0.00', '483.32'],
        ],
        [
          'reallocation-repost',
          '2024-03-15',
          ['550', '483.32', '0.00'],
          ['2910', '0.00', '358.32'],
          ['751', '0.00', '125.00'],
        ],
      ]);
  });

  it('default: the principal outstanding moves to doubtful loans', () => {
    given(...active)
      .when(defaulted('20000.00'))
      .then([
        ['default', '2024-06-01', ['2970', '20000.00', '0.00'], ['2910', '0.00', '20000.00']],
      ]);
  });

  it('guarantee call: a receivable from the guarantor, at most what is on doubtful loans', () => {
    given(...active, defaulted('20000.00'))
      .when(called('5000.00'))
      .then([
        ['guarantee-call', '2024-07-01', ['416', '5000.00', '0.00'], ['2970', '0.00', '5000.00']],
      ]);
    given(...active, defaulted('2000.00'))
      .when(called('5000.00'))
      .then([
        ['guarantee-call', '2024-07-01', ['416', '2000.00', '0.00'], ['2970', '0.00', '2000.00']],
      ]);
  });

  it('government guarantee claim on a funded loan: a receivable from the state', () => {
    given(...active, defaulted('20000.00'))
      .when({
        type: 'GovernmentGuaranteeClaimed',
        effectiveOn: '2024-07-02',
        data: {
          loanId,
          claimedOn: '2024-07-02',
          principalLost: '20000.00',
          share: '0.30',
          claim: '6000.00',
          lines: [],
        },
      })
      .then([
        ['guarantee-call', '2024-07-02', ['416', '6000.00', '0.00'], ['2970', '0.00', '6000.00']],
      ]);
  });

  it('recovery: from the guarantor on its receivable, from the borrower on doubtful loans', () => {
    given(...active, defaulted('20000.00'), called('5000.00'))
      .when(recovery('5000.00', 'guarantor'))
      .then([['recovery', '2024-08-01', ['550', '5000.00', '0.00'], ['416', '0.00', '5000.00']]]);
    given(...active, defaulted('20000.00'), called('5000.00'))
      .when(recovery('1000.00', 'borrower'))
      .then([['recovery', '2024-08-01', ['550', '1000.00', '0.00'], ['2970', '0.00', '1000.00']]]);
  });

  it('write-off: the loss of what is left on doubtful loans and the guarantor; a later recovery is income', () => {
    given(...active, defaulted('20000.00'), called('5000.00'), recovery('1000.00', 'borrower'))
      .when(writtenOff('19000.00'))
      .then([
        [
          'write-off',
          '2024-09-01',
          ['6410', '19000.00', '0.00'],
          ['2970', '0.00', '14000.00'],
          ['416', '0.00', '5000.00'],
        ],
      ]);
    given(...active, defaulted('20000.00'), writtenOff('20000.00'))
      .when(recovery('300.00', 'borrower', '2024-10-01'))
      .then([
        [
          'recovery-after-write-off',
          '2024-10-01',
          ['550', '300.00', '0.00'],
          ['764', '0.00', '300.00'],
        ],
      ]);
  });

  it('win-win loan: no balance-sheet entry, the guaranteed principal as a memorandum pair (050/051)', () => {
    given(winwinApplied(), approved())
      .when(disbursed())
      .then([
        [
          'guarantee-exposure',
          disbursedOn,
          ['050', '25000.00', '0.00'],
          ['051', '0.00', '25000.00'],
        ],
      ]);
    given(winwinApplied(), approved(), disbursed())
      .when(paid('p1', '2024-02-15', '358.32', '125.00'))
      .then([
        ['guarantee-exposure', '2024-02-15', ['050', '0.00', '358.32'], ['051', '358.32', '0.00']],
      ]);
    given(winwinApplied(), approved(), disbursed(), defaulted('20000.00'))
      .when({
        type: 'GovernmentGuaranteeClaimed',
        effectiveOn: '2024-07-02',
        data: {
          loanId,
          claimedOn: '2024-07-02',
          principalLost: '25000.00',
          share: '0.30',
          claim: '7500.00',
          lines: [],
        },
      })
      .then([
        ['guarantee-claim', '2024-07-02', ['050', '0.00', '25000.00'], ['051', '25000.00', '0.00']],
      ]);
  });

  it('events that move no money post nothing', () => {
    given(...active)
      .when({
        type: 'LoanRepaid',
        effectiveOn: '2029-01-15',
        data: { loanId, repaidOn: '2029-01-15' },
      })
      .then([]);
  });
});
