import { date, loanSpec, rules } from '../../testing/loan-spec';
import { WorkingDayCalendar } from '@loanbook/banking';
import { RuleViolationError } from '../errors';
import * as impulskrediet from '../../testing/impulskrediet-loan';

describe('disburse', () => {
  const { spec, applied, approved, disburse, disbursed, evolveAll } = impulskrediet;

  it('given an offer, when disbursed within its validity, then LoanDisbursed of the offered amount', () => {
    spec.given([applied, approved]).when(disburse()).then([disbursed]);
  });

  it("given an offer and the lender's calendar, when disbursed, then LoanDisbursed records the holidays its due dates meet", () => {
    // Due on the 20th: Sunday 20 May 2018 moves past Whit Monday (21st) to the 22nd, Saturday
    // 20 April 2019 past Easter Monday (22nd) to the 23rd; the other 20ths of 2018–2023 on a
    // weekend move to a Monday that is a working day.
    loanSpec({ holidays: new WorkingDayCalendar() })
      .given([applied, approved])
      .when(disburse())
      .then([
        {
          ...disbursed,
          data: {
            ...disbursed.data,
            dueDateShift: { convention: 'following', holidays: ['2018-05-21', '2019-04-22'] },
          },
        } as typeof disbursed,
      ]);
  });

  it('given an offer, when disbursed on its last valid day, then it is active', () => {
    spec
      .given([applied, approved])
      .when(disburse({ disbursedOn: date('2018-04-14') }))
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['LoanDisbursed']));
  });

  it('given an offer, when disbursed the day after its validity, then offer-lapsed', () => {
    spec
      .given([applied, approved])
      .when(disburse({ disbursedOn: date('2018-04-15') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['offer-lapsed']));
  });

  it('given an offer, when disbursed before its approval or in the future, then both are named', () => {
    spec
      .given([applied, approved])
      .when(disburse({ disbursedOn: date('2018-03-14') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['disbursement-before-approval']),
      );
    spec
      .given([applied, approved])
      .when(disburse({ disbursedOn: date('2026-11-22') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['date-in-future', 'offer-lapsed']),
      );
  });

  it('given an offer and the structured communication claimed for it, when disbursed, then LoanDisbursed records it', () => {
    loanSpec({ structuredCommunication: { communication: '+++090/9337/55493+++', attempt: 1 } })
      .given([applied, approved])
      .when(disburse())
      .then([
        {
          ...disbursed,
          data: {
            ...disbursed.data,
            structuredCommunication: '+++090/9337/55493+++',
            communicationAttempt: 1,
          },
        } as typeof disbursed,
      ]);
  });

  it('evolves the structured communication of LoanDisbursed or of StructuredCommunicationAssigned', () => {
    const given = evolveAll([
      applied,
      approved,
      {
        ...disbursed,
        data: { ...disbursed.data, structuredCommunication: '+++090/9337/55493+++' },
      },
    ] as (typeof disbursed)[]);
    expect(given.structuredCommunication).toBe('+++090/9337/55493+++');
    const migrated = evolveAll([
      applied,
      approved,
      disbursed,
      {
        type: 'StructuredCommunicationAssigned',
        effectiveOn: '2026-12-07',
        data: {
          loanId: disbursed.data.loanId,
          structuredCommunication: '+++123/4567/89002+++',
          communicationAttempt: 0,
        },
      },
    ] as (typeof disbursed)[]);
    expect(migrated.structuredCommunication).toBe('+++123/4567/89002+++');
  });

  it('evolves to active with the disbursement date and amount', () => {
    const state = evolveAll([applied, approved, disbursed]);
    expect(state.status).toBe('active');
    expect(state.disbursement?.disbursedOn.toString()).toBe('2018-03-20');
    expect(state.disbursement?.amount.toString()).toBe('25000.00');
  });
});
