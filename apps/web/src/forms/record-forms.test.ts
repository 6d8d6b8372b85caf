import { describe, expect, it } from 'vitest';
import {
  assessmentBody,
  assessmentFields,
  informationBody,
  informationField,
  type AssessmentValues,
} from './record-forms';

describe('the information items received', () => {
  const rows = [
    { item: 'enterprise-identity' as const, status: '' as const, note: '' },
    {
      item: 'financial-results-and-plan' as const,
      status: 'provided' as const,
      note: ' jaarrekening 2021 ',
    },
    {
      item: 'guarantor-identity' as const,
      guaranteeId: 'g2',
      status: 'already-known' as const,
      note: '',
    },
  ];

  it('sends the items with a status chosen, a note trimmed, the guarantee of a guarantor item', () => {
    expect(informationBody({ recordedOn: '2022-03-18', rows })).toEqual({
      built: {
        body: {
          recordedOn: '2022-03-18',
          items: [
            { item: 'financial-results-and-plan', status: 'provided', note: 'jaarrekening 2021' },
            { item: 'guarantor-identity', status: 'already-known', guaranteeId: 'g2' },
          ],
        },
      },
      sentRows: [1, 2],
    });
  });

  it('asks for a day and at least one item, and puts the API errors of item i on its row', () => {
    const none = rows.map((r) => ({ ...r, status: '' as const }));
    expect(informationBody({ recordedOn: '', rows: none }).built).toEqual({
      errors: { recordedOn: 'input.required', items: 'input.oneItem' },
    });
    expect(informationField('items.1.note', [1, 2])).toBe('rows.2.note');
    expect(informationField('items.0', [1, 2])).toBe('rows.1.status');
    expect(informationField('items.5.note', [1, 2])).toBe('items');
    expect(informationField('recordedOn', [1, 2])).toBe('recordedOn');
  });
});

describe('the responsible credit assessment', () => {
  const values: AssessmentValues = {
    assessedOn: '2022-03-18',
    householdType: 'couple-with-children',
    tenure: 'renter',
    rent: '850,00',
    serviceCosts: '40',
    rentAllowance: '',
    mortgageGrossCharge: '999',
    applicantBirthDate: '1984-05-12',
    signingDate: '2022-04-01',
    termMonths: '48',
    incomes: [
      { kind: 'salary', monthlyNet: '3.150,00' },
      { kind: 'salary', monthlyNet: '1900' },
    ],
    obligations: [
      { kind: 'personal-loan', amount: '210,00' },
      { kind: 'revolving-credit', amount: '2.500' },
    ],
    wageGarnishment: false,
    divorceInProgress: false,
    requestedAmount: '',
  };

  it('builds the household with amounts as decimal strings, the housing of the tenure only', () => {
    expect(assessmentBody(values, 'nl')).toEqual({
      body: {
        assessedOn: '2022-03-18',
        household: {
          householdType: 'couple-with-children',
          housing: { tenure: 'renter', rent: '850.00', serviceCosts: '40.00' },
          applicantBirthDate: '1984-05-12',
          signingDate: '2022-04-01',
          termMonths: 48,
          incomes: [
            { kind: 'salary', monthlyNet: '3150.00' },
            { kind: 'salary', monthlyNet: '1900.00' },
          ],
          obligations: [
            { kind: 'personal-loan', monthlyAmount: '210.00' },
            { kind: 'revolving-credit', limit: '2500.00' },
          ],
          wageGarnishment: false,
          divorceInProgress: false,
        },
      },
    });
    const owner = assessmentBody({ ...values, tenure: 'owner', requestedAmount: '20.000' }, 'nl');
    expect(owner.body?.household.housing).toEqual({
      tenure: 'owner',
      mortgageGrossCharge: '999.00',
    });
    expect(owner.body?.household.requestedAmount).toBe('20000.00');
  });

  it('names the fields it cannot send under the API’s household paths', () => {
    expect(
      assessmentBody(
        {
          ...values,
          householdType: '',
          rent: '',
          incomes: [{ kind: 'salary', monthlyNet: '3.150,005' }],
          obligations: [{ kind: 'second-mortgage', amount: '' }],
        },
        'nl',
      ),
    ).toEqual({
      errors: {
        'household.householdType': 'input.required',
        'household.housing.rent': 'input.required',
        'household.incomes.0.monthlyNet': 'input.amountFormat',
        'household.obligations.0.limit': 'input.required',
      },
    });
    expect(assessmentBody({ ...values, incomes: [] }, 'nl').errors).toEqual({
      'household.incomes': 'input.oneItem',
    });
    expect(assessmentFields(values)).toEqual(
      expect.arrayContaining([
        'household.incomes.1.monthlyNet',
        'household.obligations.0.monthlyAmount',
        'household.obligations.1.limit',
      ]),
    );
  });
});
