import { date, rules } from '../../testing/loan-spec';
import { applicationCompleteness } from '../application-completeness';
import { LoanStateConflictError, RuleViolationError } from '../errors';
import { foldLoan } from '../state';
import * as obligations from '../../testing/obligations-loan';

describe('the information asked at application (DOMAIN.md 4.1)', () => {
  const { spec, recorded, applied, refused, information } = obligations;

  it('given a new application without an address, then only the identity and the purpose (from the application) are there; the address, the rest and the surety’s two items are missing', () => {
    const completeness = applicationCompleteness(foldLoan(applied));
    expect(completeness.complete).toBe(false);
    expect(
      completeness.items.filter((i) => i.status !== 'missing').map((i) => [i.item, i.source]),
    ).toEqual([
      ['enterprise-identity', 'application'],
      ['credit-purpose', 'application'],
    ]);
    expect(completeness.missing.map((i) => i.guaranteeId ?? i.item)).toEqual([
      'enterprise-address',
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
        { item: 'enterprise-address', status: 'already-known', note: 'in the KBO' },
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

  it('given an application with the borrower’s address, then the address is provided by the application', () => {
    const withAddress = recorded(
      [],
      [
        {
          ...obligations.apply,
          borrower: {
            ...obligations.apply.borrower,
            address: { street: 'Veldstraat 12', postalCode: '9000', municipality: 'Gent' },
          },
        },
      ],
    );
    const completeness = applicationCompleteness(foldLoan(withAddress));
    expect(completeness.items.find((i) => i.item === 'enterprise-address')).toEqual({
      item: 'enterprise-address',
      status: 'provided',
      source: 'application',
    });
    expect(completeness.missing.map((i) => i.item)).not.toContain('enterprise-address');
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
