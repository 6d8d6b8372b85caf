import { LocalDate } from '@js-joda/core';
import { parseExtraHolidays, WorkingDayCalendar } from '@loanbook/banking';
import { defaultCatalogue, ProductCatalogue } from '../products';
import { computeSchedule } from '../schedule';
import { date, recordedHistory, specContext } from '../testing/loan-spec';
import * as impulskrediet from '../testing/impulskrediet-loan';
import {
  addMonthsClamped,
  fixedClock,
  holidaysMovingDueDates,
  shiftDueDate,
  type DueDateShift,
  type HolidayCalendar,
} from '../time';
import type { DecisionContext } from './context';
import type { LoanDisbursedData, LoanEvent } from './events';
import { arrearsOf, lastDueOnOrBefore, ledgerOf, replayLedger, scheduleTermsOf } from './ledger';
import { Money } from '../money';
import { reminderDue } from './rules/reminders';
import { foldLoan, type Movement } from './state';

/**
 * Working days (issue 22): a due date on a Saturday, Sunday or Belgian public holiday (or a bank
 * holiday the lender adds) is due on the next working day; the disbursement records the holidays
 * that moved it, so the schedule never changes afterwards; days past due count from the moved date.
 */

const belgium = new WorkingDayCalendar();
const following = (...holidays: string[]): DueDateShift => ({
  convention: 'following',
  holidays: new Set(holidays),
});

/** After every date below, so that no disbursement is in the future. */
const CLOCK = fixedClock('2028-06-01T10:00:00Z');

function context(over: Partial<DecisionContext> = {}): DecisionContext {
  return specContext({ clock: CLOCK, holidays: belgium, ...over });
}

/** An Impulskrediet (7 %, monthly annuity over `termMonths`) approved and paid out on `on`. */
function disbursedLoan(on: LocalDate, ctx: DecisionContext, termMonths = 12): LoanEvent[] {
  return recordedHistory(
    [],
    [
      impulskrediet.apply({ appliedOn: on, termMonths }),
      impulskrediet.approve({ approvedOn: on }),
      impulskrediet.disburse({ disbursedOn: on }),
    ],
    ctx,
  );
}

function disbursement(events: LoanEvent[]): LoanDisbursedData {
  const e = events.find((x) => x.type === 'LoanDisbursed');
  if (e?.type !== 'LoanDisbursed') throw new Error('not disbursed');
  return e.data;
}

/** A disbursement date and the instalment whose contractual due date is `due`. */
function instalmentDueOn(due: LocalDate): { disbursedOn: LocalDate; number: number } {
  for (let months = 1; months <= 3; months++) {
    const disbursedOn = due.minusMonths(months);
    if (addMonthsClamped(disbursedOn, months).equals(due)) return { disbursedOn, number: months };
  }
  throw new Error(`no instalment can fall due on ${due.toString()}`);
}

/** The date a loan's instalment contractually due on `due` is due on, through the decider. */
function movedDueDate(due: string, ctx = context()): string {
  const { disbursedOn, number } = instalmentDueOn(date(due));
  const state = foldLoan(disbursedLoan(disbursedOn, ctx));
  const instalment = ledgerOf(state).instalments[number - 1];
  expect((instalment.contractualDueOn ?? instalment.dueOn).toString()).toBe(due);
  return instalment.dueOn.toString();
}

describe('shiftDueDate', () => {
  it('given no shift (a loan disbursed before working days, or the convention none), when due on a Saturday, then it is due that Saturday', () => {
    expect(shiftDueDate(date('2025-03-15'), undefined)).toEqual(date('2025-03-15'));
  });

  it('given following, when due on a Saturday or a Sunday, then it is due on the Monday', () => {
    expect(shiftDueDate(date('2025-03-15'), following())).toEqual(date('2025-03-17'));
    expect(shiftDueDate(date('2025-03-16'), following())).toEqual(date('2025-03-17'));
  });

  it('given following, when due on a working day, then it stays', () => {
    expect(shiftDueDate(date('2025-03-14'), following())).toEqual(date('2025-03-14'));
    expect(shiftDueDate(date('2025-03-17'), following('2025-04-21'))).toEqual(date('2025-03-17'));
  });

  it('given following and Easter Monday, when due on Easter Sunday, then it is due on the Tuesday', () => {
    expect(shiftDueDate(date('2025-04-20'), following('2025-04-21'))).toEqual(date('2025-04-22'));
  });

  it('given following and only the recorded holidays, when due on a holiday not recorded, then it stays (the event is the whole truth)', () => {
    expect(shiftDueDate(date('2025-04-21'), following())).toEqual(date('2025-04-21'));
  });

  it('given a calendar, when the due dates meet holidays, then exactly those are to be recorded', () => {
    const dues = ['2025-04-20', '2025-05-28', '2025-11-01', '2025-12-25'].map(date);
    expect(holidaysMovingDueDates(dues, belgium)).toEqual(['2025-04-21', '2025-12-25']);
  });

  it('given a calendar where every day is a holiday, when shifting, then it stops with an error', () => {
    const always: HolidayCalendar = { isHoliday: () => true };
    expect(() => holidaysMovingDueDates([date('2025-01-02')], always)).toThrow(/no working day/);
  });
});

// Each Belgian public holiday the issue names, 2025–2027: [name, holiday, due on it → paid on,
// the day before → paid on, the day after → paid on].
const holidays: [string, string, string, string, string, string, string][] = [
  [
    'Easter Monday 2025',
    '2025-04-21',
    '2025-04-22',
    '2025-04-20',
    '2025-04-22',
    '2025-04-22',
    '2025-04-22',
  ],
  [
    'Ascension 2025',
    '2025-05-29',
    '2025-05-30',
    '2025-05-28',
    '2025-05-28',
    '2025-05-30',
    '2025-05-30',
  ],
  [
    'Whit Monday 2025',
    '2025-06-09',
    '2025-06-10',
    '2025-06-08',
    '2025-06-10',
    '2025-06-10',
    '2025-06-10',
  ],
  [
    '21 July 2025',
    '2025-07-21',
    '2025-07-22',
    '2025-07-20',
    '2025-07-22',
    '2025-07-22',
    '2025-07-22',
  ],
  [
    '15 August 2025',
    '2025-08-15',
    '2025-08-18',
    '2025-08-14',
    '2025-08-14',
    '2025-08-16',
    '2025-08-18',
  ],
  [
    '1 November 2025',
    '2025-11-01',
    '2025-11-03',
    '2025-10-31',
    '2025-10-31',
    '2025-11-02',
    '2025-11-03',
  ],
  [
    '11 November 2025',
    '2025-11-11',
    '2025-11-12',
    '2025-11-10',
    '2025-11-10',
    '2025-11-12',
    '2025-11-12',
  ],
  [
    '25 December 2025',
    '2025-12-25',
    '2025-12-26',
    '2025-12-24',
    '2025-12-24',
    '2025-12-26',
    '2025-12-26',
  ],
  [
    'Easter Monday 2026',
    '2026-04-06',
    '2026-04-07',
    '2026-04-05',
    '2026-04-07',
    '2026-04-07',
    '2026-04-07',
  ],
  [
    'Ascension 2026',
    '2026-05-14',
    '2026-05-15',
    '2026-05-13',
    '2026-05-13',
    '2026-05-15',
    '2026-05-15',
  ],
  [
    'Whit Monday 2026',
    '2026-05-25',
    '2026-05-26',
    '2026-05-24',
    '2026-05-26',
    '2026-05-26',
    '2026-05-26',
  ],
  [
    '21 July 2026',
    '2026-07-21',
    '2026-07-22',
    '2026-07-20',
    '2026-07-20',
    '2026-07-22',
    '2026-07-22',
  ],
  [
    '15 August 2026',
    '2026-08-15',
    '2026-08-17',
    '2026-08-14',
    '2026-08-14',
    '2026-08-16',
    '2026-08-17',
  ],
  [
    '1 November 2026',
    '2026-11-01',
    '2026-11-02',
    '2026-10-31',
    '2026-11-02',
    '2026-11-02',
    '2026-11-02',
  ],
  [
    '11 November 2026',
    '2026-11-11',
    '2026-11-12',
    '2026-11-10',
    '2026-11-10',
    '2026-11-12',
    '2026-11-12',
  ],
  [
    '25 December 2026',
    '2026-12-25',
    '2026-12-28',
    '2026-12-24',
    '2026-12-24',
    '2026-12-26',
    '2026-12-28',
  ],
  [
    'Easter Monday 2027',
    '2027-03-29',
    '2027-03-30',
    '2027-03-28',
    '2027-03-30',
    '2027-03-30',
    '2027-03-30',
  ],
  [
    'Ascension 2027',
    '2027-05-06',
    '2027-05-07',
    '2027-05-05',
    '2027-05-05',
    '2027-05-07',
    '2027-05-07',
  ],
  [
    'Whit Monday 2027',
    '2027-05-17',
    '2027-05-18',
    '2027-05-16',
    '2027-05-18',
    '2027-05-18',
    '2027-05-18',
  ],
  [
    '21 July 2027',
    '2027-07-21',
    '2027-07-22',
    '2027-07-20',
    '2027-07-20',
    '2027-07-22',
    '2027-07-22',
  ],
  [
    '15 August 2027',
    '2027-08-15',
    '2027-08-16',
    '2027-08-14',
    '2027-08-16',
    '2027-08-16',
    '2027-08-16',
  ],
  [
    '1 November 2027',
    '2027-11-01',
    '2027-11-02',
    '2027-10-31',
    '2027-11-02',
    '2027-11-02',
    '2027-11-02',
  ],
  [
    '11 November 2027',
    '2027-11-11',
    '2027-11-12',
    '2027-11-10',
    '2027-11-10',
    '2027-11-12',
    '2027-11-12',
  ],
  [
    '25 December 2027',
    '2027-12-25',
    '2027-12-27',
    '2027-12-24',
    '2027-12-24',
    '2027-12-26',
    '2027-12-27',
  ],
];

describe('due dates on Belgian public holidays, 2025–2027 (convention following)', () => {
  it.each(holidays)(
    'given a loan with an instalment due on %s (%s), when disbursed, then it is due on %s; the day before (%s) on %s, the day after (%s) on %s',
    (_name, holiday, movedTo, before, beforeTo, after, afterTo) => {
      expect(movedDueDate(holiday)).toBe(movedTo);
      expect(movedDueDate(before)).toBe(beforeTo);
      expect(movedDueDate(after)).toBe(afterTo);
    },
  );
});

describe('schedules with following and none', () => {
  it('given following, when disbursed on 2025-03-21, then LoanDisbursed records the holidays met and the schedule moves only the dates', () => {
    const events = disbursedLoan(date('2025-03-21'), context());
    expect(disbursement(events).dueDateShift).toEqual({
      convention: 'following',
      holidays: ['2025-04-21', '2025-07-21'],
    });
    const instalments = ledgerOf(foldLoan(events)).instalments;
    expect(instalments.map((i) => i.dueOn.toString())).toEqual([
      '2025-04-22', // Monday 21 April: Easter Monday
      '2025-05-21',
      '2025-06-23', // Saturday 21 June
      '2025-07-22', // 21 July
      '2025-08-21',
      '2025-09-22', // Sunday
      '2025-10-21',
      '2025-11-21',
      '2025-12-22', // Sunday
      '2026-01-21',
      '2026-02-23', // Saturday
      '2026-03-23', // Saturday
    ]);
    expect(instalments[0].contractualDueOn).toEqual(date('2025-04-21'));
    expect(instalments[1].contractualDueOn).toBeUndefined();
    // Interest and amounts are the contractual periods': what the offer said, to the cent.
    const offer = computeSchedule({
      principal: instalments[0].outstandingAfter.plus(instalments[0].principal),
      annualRate: foldLoan(events).offer!.annualRate,
      termMonths: 12,
      repayment: foldLoan(events).offer!.repayment,
      disbursedOn: date('2025-03-21'),
    });
    expect(instalments.map((i) => [i.principal.toString(), i.interest.toString()])).toEqual(
      offer.instalments.map((i) => [i.principal.toString(), i.interest.toString()]),
    );
  });

  it('given a product with the convention none, when disbursed, then no shift is recorded and due dates stay on weekends and holidays', () => {
    const base = defaultCatalogue();
    const catalogue = new ProductCatalogue(
      base
        .products()
        .flatMap((code) =>
          base.versions(code).map((v) => ({ ...v, dueDateConvention: 'none' as const })),
        ),
    );
    const events = disbursedLoan(date('2025-03-21'), context({ catalogue }));
    expect(disbursement(events).dueDateShift).toBeUndefined();
    const dues = ledgerOf(foldLoan(events)).instalments.map((i) => i.dueOn.toString());
    expect(dues.slice(0, 3)).toEqual(['2025-04-21', '2025-05-21', '2025-06-21']);
  });

  it('given a context without a calendar (the application service always gives one), when disbursed, then no shift is recorded', () => {
    const events = disbursedLoan(date('2025-03-21'), context({ holidays: undefined }));
    expect(disbursement(events).dueDateShift).toBeUndefined();
  });

  it('given a catalogue with an unknown convention, then it is refused by name', () => {
    const base = defaultCatalogue();
    expect(
      () =>
        new ProductCatalogue(
          base
            .versions('impulskrediet')
            .map((v) => ({ ...v, dueDateConvention: 'preceding' as unknown as 'none' })),
        ),
    ).toThrow(/dueDateConvention must be one of following, none/);
  });

  it('given an extra bank holiday from the configuration, when a due date falls on it, then it moves too and is recorded', () => {
    const lender = new WorkingDayCalendar(parseExtraHolidays('2025-12-26'));
    expect(movedDueDate('2025-12-26', context())).toBe('2025-12-26');
    expect(movedDueDate('2025-12-26', context({ holidays: lender }))).toBe('2025-12-29');
    // 25 December (Thursday) then the lender's 26th, then the weekend: Monday 29 December.
    expect(movedDueDate('2025-12-25', context({ holidays: lender }))).toBe('2025-12-29');
    const events = disbursedLoan(date('2025-11-26'), context({ holidays: lender }));
    expect(disbursement(events).dueDateShift?.holidays).toEqual(['2025-12-26']);
  });

  it('given a disbursement recorded under one calendar, when the lender adds a holiday later, then the schedule replays unchanged', () => {
    const events = disbursedLoan(date('2025-11-26'), context());
    const before = ledgerOf(foldLoan(events)).instalments.map((i) => i.dueOn.toString());
    expect(before[0]).toBe('2025-12-26');
    // Deciding anything later consults the new calendar, but the schedule comes from the events.
    const later = recordedHistory(
      events,
      [
        {
          type: 'RepayInstalment',
          loanId: impulskrediet.loanId,
          paidOn: date('2025-12-26'),
          amount: disbursedPrincipalShare(events),
        },
      ],
      context({ holidays: new WorkingDayCalendar(parseExtraHolidays('2025-12-26')) }),
    );
    expect(ledgerOf(foldLoan(later)).instalments.map((i) => i.dueOn.toString())).toEqual(before);
  });

  it('given a LoanDisbursed without a shift (recorded before working days), when replayed, then due dates are the contractual ones', () => {
    const events = disbursedLoan(date('2025-03-21'), context()).map((e) =>
      e.type === 'LoanDisbursed'
        ? ({ ...e, data: { ...e.data, dueDateShift: undefined } } as LoanEvent)
        : e,
    );
    const dues = ledgerOf(foldLoan(events)).instalments.map((i) => i.dueOn.toString());
    expect(dues.slice(0, 4)).toEqual(['2025-04-21', '2025-05-21', '2025-06-21', '2025-07-21']);
  });
});

describe('an early repayment on a shifted schedule', () => {
  it('given following, when capital is repaid early, then the recomputed instalments keep the moved dates', () => {
    const events = disbursedLoan(date('2025-03-21'), context());
    const terms = scheduleTermsOf(foldLoan(events));
    const dues = (movements: Movement[]) =>
      replayLedger(terms, movements).instalments.map((i) => i.dueOn.toString());
    const early: Movement = {
      kind: 'early',
      date: date('2025-05-01'),
      capital: Money.parse('1000.00'),
      full: false,
    };
    expect(dues([early])).toEqual(dues([]));
    expect(dues([early])[3]).toBe('2025-07-22');
  });
});

describe('interest on the contractual periods', () => {
  it('given instalment 1 moved from Easter Monday to 22 April, when repaying early after it, then interest accrues from the contractual 21 April', () => {
    const ledger = ledgerOf(foldLoan(disbursedLoan(date('2025-03-21'), context())));
    // Before the moved due date the instalment is not yet due: interest runs from disbursement.
    expect(lastDueOnOrBefore(ledger, date('2025-04-21'))).toBeUndefined();
    expect(lastDueOnOrBefore(ledger, date('2025-04-22'))).toEqual(date('2025-04-21'));
    expect(lastDueOnOrBefore(ledger, date('2025-05-21'))).toEqual(date('2025-05-21'));
  });
});

describe('days past due from the moved due date', () => {
  // Disbursed 2025-10-01: the first instalment is contractually due on 1 November 2025, a
  // Saturday and a public holiday, so on Monday 3 November.
  const events = disbursedLoan(date('2025-10-01'), context());
  const state = foldLoan(events);

  it('given the first instalment moved from Saturday 1 November to Monday 3 November, then it is due on the 3rd, not in arrears', () => {
    expect(ledgerOf(state).instalments[0].dueOn).toEqual(date('2025-11-03'));
    expect(arrearsOf(ledgerOf(state, date('2025-11-02')), date('2025-11-02')).daysPastDue).toBe(0);
    expect(arrearsOf(ledgerOf(state, date('2025-11-03')), date('2025-11-03')).daysPastDue).toBe(0);
  });

  it('when unpaid, then days past due count calendar days from the 3rd', () => {
    const on = (d: string) => arrearsOf(ledgerOf(state, date(d)), date(d));
    expect(on('2025-11-04').daysPastDue).toBe(1);
    expect(on('2025-11-04').oldestDueOn).toEqual(date('2025-11-03'));
    expect(on('2025-11-18').daysPastDue).toBe(15);
  });

  it('then the first reminder (15 days) is due on 18 November, not on the 16th', () => {
    expect(reminderDue(state, date('2025-11-16'))).toBeUndefined();
    expect(reminderDue(state, date('2025-11-17'))).toBeUndefined();
    expect(reminderDue(state, date('2025-11-18'))?.level).toBe('first');
  });
});

/** The first instalment of a loan's schedule: what a borrower pays on its due date. */
function disbursedPrincipalShare(events: LoanEvent[]) {
  return ledgerOf(foldLoan(events)).instalments[0].total;
}
