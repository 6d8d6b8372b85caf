import { LocalDate } from '@js-joda/core';
import { rules } from '../../testing/loan-spec';
import * as activeLoan from '../../testing/active-loan';
import { RuleViolationError, LoanStateConflictError } from '../errors';
import type { LoanEvent, ReminderIssuedData } from '../events';
import { foldLoan } from '../state';
import { DEFAULT_REMINDER_POLICY, reminderDue, reminderPolicyProblems } from '../rules/reminders';

// 25,000.00 at 6 % over 60 months paid out on 2018-03-20: 483.32 a month from 2018-04-20,
// the first instalment 125.00 interest and 358.32 principal.
const { loanId, specAt, active, pay, recorded } = activeLoan;

const at = (day: string) => specAt(`${day}T10:00:00Z`);
const reminder = (data: Omit<ReminderIssuedData, 'loanId'>): LoanEvent => ({
  type: 'ReminderIssued',
  effectiveOn: data.issuedOn,
  data: { loanId, ...data },
});
const firstInstalment = {
  instalment: 1,
  dueOn: '2018-04-20',
  interest: '125.00',
  principal: '358.32',
  total: '483.32',
};
const firstSent = reminder({
  level: 'first',
  issuedOn: '2018-05-05',
  daysPastDue: 15,
  instalments: [firstInstalment],
  totalDue: '483.32',
});

describe('a reminder for a loan in arrears (IssueReminder)', () => {
  it('given the first instalment unpaid, when the first reminder is asked 15 days after its due date, then ReminderIssued naming it', () => {
    at('2018-05-05')
      .given(active)
      .when({ type: 'IssueReminder', loanId, level: 'first' })
      .then([firstSent]);
  });

  it('given the same loan one day earlier (14 days past due), when the first reminder is asked, then reminder-not-due', () => {
    at('2018-05-04')
      .given(active)
      .when({ type: 'IssueReminder', loanId, level: 'first' })
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['reminder-not-due']);
        expect(e.violations[0].message).toContain('14 days past due');
      });
  });

  it('given the first reminder sent, when it is asked again, then reminder-already-sent: a level is sent once', () => {
    at('2018-05-10')
      .given([...active, firstSent])
      .when({ type: 'IssueReminder', loanId, level: 'first' })
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['reminder-already-sent']);
        expect(e.violations[0].message).toContain('was sent on 2018-05-05');
      });
  });

  it('given the first reminder sent, when the second is asked at 30 days past due, then only the instalment past due is named (the one due that day is not yet)', () => {
    at('2018-05-20')
      .given([...active, firstSent])
      .when({ type: 'IssueReminder', loanId, level: 'second' })
      .then([
        reminder({
          level: 'second',
          issuedOn: '2018-05-20',
          daysPastDue: 30,
          instalments: [firstInstalment],
          totalDue: '483.32',
        }),
      ]);
  });

  it('given two instalments unpaid, when the formal notice is asked at 60 days past due, then both, oldest first, and their sum', () => {
    at('2018-06-19')
      .given(active)
      .when({ type: 'IssueReminder', loanId, level: 'formal-notice' })
      .thenEvents(([e]) => {
        expect(e.type).toBe('ReminderIssued');
        const data = e.data as ReminderIssuedData;
        expect(data.daysPastDue).toBe(60);
        expect(data.instalments.map((i) => [i.instalment, i.dueOn, i.total])).toEqual([
          [1, '2018-04-20', '483.32'],
          [2, '2018-05-20', '483.32'],
        ]);
        expect(data.totalDue).toBe('966.64');
      });
  });

  it('given a part of the first instalment paid, when the first reminder is asked, then the unpaid part only, interest paid first', () => {
    const partlyPaid = recorded(active, [pay('2018-04-25', '200.00')]);
    at('2018-05-05')
      .given(partlyPaid)
      .when({ type: 'IssueReminder', loanId, level: 'first' })
      .thenEvents(([e]) => {
        expect((e.data as ReminderIssuedData).instalments).toEqual([
          { ...firstInstalment, interest: '0.00', principal: '283.32', total: '283.32' },
        ]);
      });
  });

  it('given the formal notice sent, when a second reminder is asked, then reminder-already-sent (no letter below one sent)', () => {
    const notice = reminder({
      level: 'formal-notice',
      issuedOn: '2018-06-19',
      daysPastDue: 60,
      instalments: [],
      totalDue: '966.64',
    });
    at('2018-06-25')
      .given([...active, notice])
      .when({ type: 'IssueReminder', loanId, level: 'second' })
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['reminder-already-sent']));
  });

  it('given the instalment paid on its day, when the first reminder is asked, then reminder-not-due', () => {
    at('2018-05-05')
      .given(recorded(active, [pay('2018-04-20', '483.32')]))
      .when({ type: 'IssueReminder', loanId, level: 'first' })
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['reminder-not-due']);
        expect(e.violations[0].message).toContain('no instalment past due');
      });
  });

  it('given an offer not yet paid out, when a reminder is asked, then a state conflict', () => {
    at('2018-05-05')
      .given(active.slice(0, 2))
      .when({ type: 'IssueReminder', loanId, level: 'first' })
      .thenThrows(LoanStateConflictError, (e) => expect(e.currentState).toBe('approved'));
  });

  it('given ReminderIssued, then the loan remembers the level and its day', () => {
    expect(foldLoan([...active, firstSent]).reminders).toEqual([
      { level: 'first', issuedOn: LocalDate.parse('2018-05-05') },
    ]);
  });
});

describe('reminderDue: the reminder the processor sends a loan today', () => {
  const day = (d: string) => LocalDate.parse(d);

  it('given 14 days past due then none; at 15 the first', () => {
    expect(reminderDue(foldLoan(active), day('2018-05-04'))).toBeUndefined();
    expect(reminderDue(foldLoan(active), day('2018-05-05'))?.level).toBe('first');
  });

  it('given the first sent then none until 30 days, then the second', () => {
    const state = foldLoan([...active, firstSent]);
    expect(reminderDue(state, day('2018-05-19'))).toBeUndefined();
    expect(reminderDue(state, day('2018-05-20'))?.level).toBe('second');
  });

  it('given a loan first seen at 70 days past due then the formal notice, not the levels it passed', () => {
    expect(reminderDue(foldLoan(active), day('2018-06-29'))?.level).toBe('formal-notice');
  });

  it('given a policy of 5, 10 and 20 days then those thresholds', () => {
    const policy = { first: 5, second: 10, 'formal-notice': 20 };
    expect(reminderDue(foldLoan(active), day('2018-04-25'), policy)?.level).toBe('first');
    expect(reminderDue(foldLoan(active), day('2018-05-10'), policy)?.level).toBe('formal-notice');
  });

  it('the default policy escalates; one that does not is refused with a reason per level', () => {
    expect(reminderPolicyProblems(DEFAULT_REMINDER_POLICY)).toEqual([]);
    expect(reminderPolicyProblems({ first: 0, second: 30, 'formal-notice': 30 })).toEqual([
      "the first reminder's days past due must be a whole number ≥ 1, not 0",
      'the formal-notice reminder (30 days) must come after the second (30 days)',
    ]);
  });
});
