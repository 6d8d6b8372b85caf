import { LocalDate } from '@js-joda/core';
import { Money } from '../../money';
import { defaultCatalogue } from '../../products';
import { DeciderSpecification } from '../../testing/decider-specification';
import { recordedHistory } from '../../testing/loan-history';
import { fixedClock } from '../../time';
import { applicationCompleteness } from '../application-completeness';
import type { ApplyForLoan, LoanCommand, RecordApplicationInformation } from '../commands';
import type { DecisionContext } from '../context';
import { decide } from '../decide';
import { LoanStateConflictError, RuleViolationError } from '../errors';
import type { LoanEvent } from '../events';
import { evolve, foldLoan, initialLoanState, type LoanState } from '../state';

// The code of conduct's obligations at application and refusal (DOMAIN.md 4.1, 4.4): the
// information items asked of the enterprise and its personal guarantors, and the written
// refusal statement due only when asked within 6 months of the application.

const loanId = '7d1e3f5a-2b4c-4d6e-8f0a-1b2c3d4e5f60';
const clock = fixedClock('2026-11-21T10:00:00Z');
const ctx = (): DecisionContext => ({ catalogue: defaultCatalogue(), clock });
const spec = new DeciderSpecification<LoanCommand, LoanEvent, LoanState, DecisionContext>(
  { decide, evolve, initialState: initialLoanState },
  ctx,
);
const date = (s: string) => LocalDate.parse(s);
const eur = (s: string) => Money.parse(s);
const rules = (e: RuleViolationError) => e.violations.map((v) => v.rule);

function recorded(given: LoanEvent[], commands: LoanCommand[]): LoanEvent[] {
  return recordedHistory(given, commands, ctx());
}

const apply: ApplyForLoan = {
  type: 'ApplyForLoan',
  loanId,
  productCode: 'impulskrediet',
  borrower: { enterpriseNumber: '0403.170.701', name: 'Bakkerij Peeters', province: 'Antwerpen' },
  amount: eur('20000.00'),
  termMonths: 48,
  purpose: 'a delivery van',
  appliedOn: date('2018-03-15'),
  registeredBy: 'clerk-anna',
  guarantees: [
    { kind: 'personal', guarantor: 'Jan Peeters', amount: eur('5000.00') },
    { kind: 'real', guarantor: 'pledge on the van', amount: eur('15000.00') },
  ],
};
const applied = recorded([], [apply]);
const refused = recorded(applied, [
  {
    type: 'RefuseLoan',
    loanId,
    refusedOn: date('2018-04-02'),
    reasons: ['known-payment-arrears', 'insufficient-securities-or-equity'],
    explanation: 'arrears with the supplier; no equity',
  },
]);
const request = (requestedOn: string): LoanCommand => ({
  type: 'RequestWrittenRefusal',
  loanId,
  requestedOn: date(requestedOn),
});

describe('the written refusal statement (DOMAIN.md 4.4)', () => {
  it('given a refusal, when the enterprise asks on the last day of the 6 months after its application, then the request is recorded with that deadline', () => {
    spec
      .given(refused)
      .when(request('2018-09-15'))
      .then([
        {
          type: 'WrittenRefusalRequested',
          effectiveOn: '2018-09-15',
          data: { loanId, requestedOn: '2018-09-15', requestDeadline: '2018-09-15' },
        },
      ]);
  });

  it('given a refusal, when the enterprise asks one day after the 6 months, then 422 written-refusal-too-late naming both dates', () => {
    spec
      .given(refused)
      .when(request('2018-09-16'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['written-refusal-too-late']);
        expect(e.violations[0].message).toBe(
          'the enterprise asked on 2018-09-16, more than 6 months after its application of 2018-03-15: a written refusal statement is due only when asked by 2018-09-15',
        );
      });
  });

  it('given an application of 31 August, when asked on the last day of February (6 months on, clamped), then it is in time; a day later it is not', () => {
    const lateSummer = recorded(
      [],
      [
        { ...apply, appliedOn: date('2018-08-31') },
        {
          type: 'RefuseLoan',
          loanId,
          refusedOn: date('2018-09-10'),
          reasons: ['outside-lender-policy'],
        },
      ],
    );
    spec
      .given(lateSummer)
      .when(request('2019-02-28'))
      .thenEvents((events) => expect(events[0].type).toBe('WrittenRefusalRequested'));
    spec
      .given(lateSummer)
      .when(request('2019-03-01'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['written-refusal-too-late']),
      );
  });

  it('given a refusal, when the request is dated before the refusal, then 422; on the refusal day it is recorded', () => {
    spec
      .given(refused)
      .when(request('2018-04-01'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['written-refusal-before-refusal']),
      );
    spec
      .given(refused)
      .when(request('2018-04-02'))
      .thenEvents((events) => expect(events).toHaveLength(1));
  });

  it('given a request recorded already, when asked again, then 409: the statement exists', () => {
    spec
      .given(recorded(refused, [request('2018-05-01')]))
      .when(request('2018-05-02'))
      .thenThrows(LoanStateConflictError, (e) =>
        expect(e.message).toContain('requested on 2018-05-01 already'),
      );
  });

  it('given an application not refused, when a written refusal is asked, then 409', () => {
    spec.given(applied).when(request('2018-04-01')).thenThrows(LoanStateConflictError);
  });

  it('given a refusal, when the request lies after today, then 422 date-in-future', () => {
    const today = clock.today();
    const recent = recorded(
      [],
      [
        { ...apply, appliedOn: today.minusDays(10) },
        {
          type: 'RefuseLoan',
          loanId,
          refusedOn: today.minusDays(5),
          reasons: ['outside-lender-policy'],
        },
      ],
    );
    spec
      .given(recent)
      .when({ type: 'RequestWrittenRefusal', loanId, requestedOn: today.plusDays(1) })
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['date-in-future']));
  });
});

const information = (
  items: RecordApplicationInformation['items'],
  recordedOn = '2018-03-20',
): LoanCommand => ({
  type: 'RecordApplicationInformation',
  loanId,
  recordedOn: date(recordedOn),
  recordedBy: 'clerk-anna',
  items,
});

describe('the information asked at application (DOMAIN.md 4.1)', () => {
  it('given a new application, then only the identity and the purpose (from the application) are there; the rest and the surety’s two items are missing', () => {
    const completeness = applicationCompleteness(foldLoan(applied));
    expect(completeness.complete).toBe(false);
    expect(
      completeness.items.filter((i) => i.status !== 'missing').map((i) => [i.item, i.source]),
    ).toEqual([
      ['enterprise-identity', 'application'],
      ['credit-purpose', 'application'],
    ]);
    expect(completeness.missing.map((i) => i.guaranteeId ?? i.item)).toEqual([
      'group-and-shareholder-structure',
      'activity-and-market-position',
      'financial-results-and-plan',
      'existing-relationship-with-lender',
      'outstanding-financing-elsewhere',
      'securities-and-available-assets',
      'negative-pledges-and-commitments',
      'articles-of-association',
      'social-balance-sheet',
      'product-sheet-handed-over',
      // Only the personal guarantee's guarantor is asked; the pledge (g2) is not a person.
      'g1',
      'g1',
    ]);
  });

  it('given an application, when every missing item is recorded, then it is complete, each with its status, date and clerk', () => {
    const all = recorded(applied, [
      information([
        { item: 'group-and-shareholder-structure', status: 'not-applicable', note: 'sole trader' },
        { item: 'activity-and-market-position', status: 'provided' },
        { item: 'financial-results-and-plan', status: 'provided' },
        { item: 'existing-relationship-with-lender', status: 'already-known' },
        { item: 'outstanding-financing-elsewhere', status: 'provided' },
        { item: 'securities-and-available-assets', status: 'provided' },
        { item: 'negative-pledges-and-commitments', status: 'not-applicable' },
        { item: 'articles-of-association', status: 'not-applicable' },
        { item: 'social-balance-sheet', status: 'not-applicable' },
      ]),
      information(
        [
          { item: 'product-sheet-handed-over', status: 'provided' },
          { item: 'guarantor-identity', guaranteeId: 'g1', status: 'provided' },
          { item: 'guarantor-assets', guaranteeId: 'g1', status: 'provided' },
        ],
        '2018-03-22',
      ),
    ]);
    const completeness = applicationCompleteness(foldLoan(all));
    expect(completeness.complete).toBe(true);
    expect(completeness.missing).toEqual([]);
    expect(completeness.items.find((i) => i.item === 'group-and-shareholder-structure')).toEqual({
      item: 'group-and-shareholder-structure',
      status: 'not-applicable',
      source: 'recorded',
      recordedOn: date('2018-03-20'),
      recordedBy: 'clerk-anna',
      note: 'sole trader',
    });
    expect(completeness.items.find((i) => i.item === 'guarantor-assets')?.recordedOn).toEqual(
      date('2018-03-22'),
    );
  });

  it('given an item recorded, when it is recorded again, then the later record wins', () => {
    const twice = recorded(applied, [
      information([{ item: 'financial-results-and-plan', status: 'not-applicable' }]),
      information([{ item: 'financial-results-and-plan', status: 'provided' }], '2018-03-25'),
    ]);
    const item = applicationCompleteness(foldLoan(twice)).items.find(
      (i) => i.item === 'financial-results-and-plan',
    );
    expect(item).toMatchObject({ status: 'provided', recordedOn: date('2018-03-25') });
  });

  it('given an application, when a guarantor item names no guarantee, a real guarantee, or an unknown one, then 422 with each field', () => {
    spec
      .given(applied)
      .when(
        information([
          { item: 'guarantor-identity', status: 'provided' },
          { item: 'guarantor-assets', guaranteeId: 'g2', status: 'provided' },
          { item: 'guarantor-identity', guaranteeId: 'g9', status: 'provided' },
          { item: 'articles-of-association', guaranteeId: 'g1', status: 'provided' },
        ]),
      )
      .thenThrows(RuleViolationError, (e) => {
        expect(e.violations.map((v) => [v.rule, v.field])).toEqual([
          ['guarantee-required', 'items[0].guaranteeId'],
          ['not-a-personal-guarantee', 'items[1].guaranteeId'],
          ['unknown-guarantee', 'items[2].guaranteeId'],
          ['guarantee-not-for-item', 'items[3].guaranteeId'],
        ]);
        expect(e.violations[1].message).toBe(
          'guarantee g2 is a real guarantee; guarantor-assets is asked of personal guarantors only',
        );
      });
  });

  it('given an application, when an unknown item or status, an item twice, or no item is sent, then 422', () => {
    spec
      .given(applied)
      .when(
        information([
          { item: 'horoscope' as never, status: 'provided' },
          { item: 'social-balance-sheet', status: 'maybe' as never },
          { item: 'social-balance-sheet', status: 'provided' },
        ]),
      )
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual([
          'unknown-information-item',
          'unknown-information-status',
          'information-item-twice',
        ]),
      );
    spec
      .given(applied)
      .when(information([]))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['information-items-required']),
      );
  });

  it('given an application of 15 March, when information is dated the day before, then 422; on the day itself it is recorded', () => {
    spec
      .given(applied)
      .when(information([{ item: 'social-balance-sheet', status: 'provided' }], '2018-03-14'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['information-before-application']),
      );
    spec
      .given(applied)
      .when(information([{ item: 'social-balance-sheet', status: 'provided' }], '2018-03-15'))
      .thenEvents((events) => expect(events[0].type).toBe('ApplicationInformationRecorded'));
  });

  it('given a decided application, when information is recorded, then 409', () => {
    spec
      .given(refused)
      .when(information([{ item: 'social-balance-sheet', status: 'provided' }]))
      .thenThrows(LoanStateConflictError);
  });
});

const household = (over: Record<string, unknown> = {}): LoanCommand => ({
  type: 'RecordCreditAssessment',
  loanId,
  assessedOn: date('2018-03-20'),
  assessedBy: 'clerk-anna',
  input: {
    householdType: 'single',
    housing: { tenure: 'renter', rent: eur('650.00') },
    applicantBirthDate: date('1985-06-01'),
    signingDate: date('2018-04-01'),
    termMonths: 48,
    incomes: [{ kind: 'salary', monthlyNet: eur('2400.00') }],
    obligations: [],
    wageGarnishment: false,
    divorceInProgress: false,
    ...over,
  } as never,
});
const approve = (amount: string, justification?: string): LoanCommand => ({
  type: 'ApproveLoan',
  loanId,
  approvedOn: date('2018-04-01'),
  amount: eur(amount),
  officer: { id: 'officer-bart' },
  ...(justification !== undefined ? { responsibleMaximumOverride: { justification } } : {}),
});

describe('the responsible credit maximum on approval (DOMAIN.md 3.5)', () => {
  // A single renter: 2,400.00 − norm (1,302 + 10 % × 1,098 = 1,411.80) − rent 650.00
  // = 338.20 a month; × 50 = 16,910.00.
  const assessed = recorded(applied, [household()]);

  it('given an application, when the household is assessed, then the maximum and its figures are recorded, the details as JSON', () => {
    const [event] = decide(household(), foldLoan(applied), ctx());
    expect(event).toMatchObject({
      type: 'CreditAssessmentRecorded',
      data: {
        enterpriseNumber: '0403.170.701',
        requestedAmount: '20000.00',
        monthlyCapacity: '338.20',
        maximumCredit: '16910.00',
        withinMaximum: false,
        knockOuts: [],
      },
    });
    const details = JSON.parse((event.data as { assessment: string }).assessment);
    expect(details.result.maximumCredit).toBe('16910.00');
    expect(details.input.incomes[0]).toEqual({ kind: 'salary', monthlyNet: '2400.00' });
  });

  it('given the assessment, when an offer of exactly the maximum is approved, then no override is needed', () => {
    spec
      .given(assessed)
      .when(approve('16910.00'))
      .thenEvents((events) => expect(events[0].type).toBe('LoanApproved'));
  });

  it('given the assessment, when an offer one cent above the maximum is approved without a justification, then 422 naming both figures', () => {
    spec
      .given(assessed)
      .when(approve('16910.01'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['amount-above-responsible-maximum']);
        expect(e.violations[0].message).toContain(
          'the offer of EUR 16,910.01 is more than the responsible credit maximum of EUR 16,910.00 assessed on 2018-03-20',
        );
      });
  });

  it('given the assessment, when the officer overrides it with a written justification, then the offer records it with the figures', () => {
    spec
      .given(assessed)
      .when(approve('20000.00', 'the partner starts a salaried job in May, contract signed'))
      .thenEvents((events) =>
        expect(events[0]).toMatchObject({
          type: 'LoanApproved',
          data: {
            offer: {
              responsibleMaximumOverride: {
                justification: 'the partner starts a salaried job in May, contract signed',
                overriddenBy: 'officer-bart',
                amount: '20000.00',
                maximumCredit: '16910.00',
                assessedOn: '2018-03-20',
                knockOuts: [],
              },
            },
          },
        }),
      );
    spec
      .given(assessed)
      .when(approve('20000.00', 'too short'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['override-justification-too-short']),
      );
  });

  it('given a knock-out (wage garnishment), then the maximum is 0.00 and any offer needs the override', () => {
    const knockedOut = recorded(applied, [household({ wageGarnishment: true })]);
    expect(foldLoan(knockedOut).creditAssessment).toMatchObject({
      knockOuts: ['wage-garnishment'],
    });
    spec
      .given(knockedOut)
      .when(approve('2500.00'))
      .thenThrows(RuleViolationError, (e) =>
        expect(e.violations[0].message).toContain('(knock-outs: wage-garnishment)'),
      );
  });

  it('given no assessment, or an offer within it, when an override is sent, then 422: there is nothing to override', () => {
    spec
      .given(applied)
      .when(approve('20000.00', 'the partner starts a salaried job in May, contract signed'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['responsible-maximum-override-not-needed']),
      );
    spec
      .given(assessed)
      .when(approve('10000.00', 'the partner starts a salaried job in May, contract signed'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['responsible-maximum-override-not-needed']),
      );
  });

  it('given a decided application, when a household is assessed, then 409', () => {
    spec.given(refused).when(household()).thenThrows(LoanStateConflictError);
  });
});
