import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessmentBody,
  assessmentFields,
  INCOME_FIELDS,
  INCOME_KINDS,
  incomeFields,
  informationBody,
  informationField,
  isEmployment,
  newIncome,
  newObligation,
  OBLIGATION_FIELDS,
  OBLIGATION_KINDS,
  type AssessmentValues,
  type IncomeRow,
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
      { ...newIncome(), monthlyNet: '3.150,00' },
      { ...newIncome(), monthlyNet: '1900' },
    ],
    obligations: [
      { ...newObligation(), amount: '210,00' },
      { ...newObligation('revolving-credit'), amount: '2.500' },
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
          incomes: [{ ...newIncome(), monthlyNet: '3.150,005' }],
          obligations: [newObligation('second-mortgage')],
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

  /** A row with every field of every kind filled in: what it sends is its kind's choice. */
  const everything: IncomeRow = {
    kind: 'salary',
    description: ' loon partner ',
    monthlyNet: '2.400,00',
    structural: true,
    structuralMonths: '12',
    endsOn: '2030-06-30',
    yearlyProfits: ['31.000,00', '-2.000,50', '36.500'],
    documentedYears: '3',
    phase: 'B',
    remainingContractMonths: '4',
    declarationOfIntent: true,
    daysSick: '10',
    inProbation: true,
    foreignNational: true,
    monthsWorkedHere: '24',
    monthsCreditRegistered: '18',
  };
  const incomeOf = (row: IncomeRow) => {
    const built = assessmentBody({ ...values, incomes: [row] }, 'nl');
    if (!built.body) throw new Error(JSON.stringify(built.errors));
    return built.body.household.incomes[0]!;
  };

  it('sends for each income kind its own fields and no other', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INCOME_KINDS),
        fc.constantFrom('A', 'B', 'C', 'I', 'II', 'III'),
        (kind, phase) => {
          const row = { ...everything, kind, phase };
          const sent = Object.keys(incomeOf(row)).sort();
          const own = incomeFields(row);
          expect(sent).toEqual(
            [
              'kind',
              'description',
              'foreignNational',
              ...(isEmployment(kind) ? ['inProbation'] : []),
              ...own,
            ].sort(),
          );
          expect(own.every((f) => INCOME_FIELDS[kind].includes(f))).toBe(true);
        },
      ),
    );
  });

  it('sends the conditional fields as the API takes them: decimal strings, whole numbers, dates', () => {
    expect(incomeOf({ ...everything, kind: 'self-employed', foreignNational: false })).toEqual({
      kind: 'self-employed',
      description: 'loon partner',
      yearlyProfits: ['31000.00', '-2000.50', '36500.00'],
      documentedYears: 3,
    });
    expect(
      incomeOf({ ...newIncome('alimony-received'), monthlyNet: '450', endsOn: '2030-06-30' }),
    ).toEqual({ kind: 'alimony-received', monthlyNet: '450.00', endsOn: '2030-06-30' });
    // Without an end date it has none (counted as lasting).
    expect(incomeOf({ ...newIncome('alimony-received'), monthlyNet: '450' })).toEqual({
      kind: 'alimony-received',
      monthlyNet: '450.00',
    });
    expect(
      incomeOf({ ...newIncome('commission'), monthlyNet: '300,50', structuralMonths: '12' }),
    ).toEqual({ kind: 'commission', monthlyNet: '300.50', structuralMonths: 12 });
    expect(incomeOf({ ...newIncome('shift-allowance'), monthlyNet: '120' })).toEqual({
      kind: 'shift-allowance',
      monthlyNet: '120.00',
      structural: false,
    });
    // Agency work: the remaining months and the declaration only in phase B, and optional there.
    expect(
      incomeOf({ ...newIncome('agency-work'), monthlyNet: '1800', phase: 'A', daysSick: '3' }),
    ).toEqual({ kind: 'agency-work', monthlyNet: '1800.00', phase: 'A' });
    expect(incomeOf({ ...newIncome('agency-work'), monthlyNet: '1800', phase: 'B' })).toEqual({
      kind: 'agency-work',
      monthlyNet: '1800.00',
      phase: 'B',
    });
    expect(
      incomeOf({
        ...newIncome('temporary-contract'),
        monthlyNet: '2000',
        remainingContractMonths: '5',
      }),
    ).toEqual({ kind: 'temporary-contract', monthlyNet: '2000.00', remainingContractMonths: 5 });
  });

  it('names the conditional fields it cannot send on their own paths', () => {
    const built = assessmentBody(
      {
        ...values,
        incomes: [
          { ...newIncome('self-employed'), yearlyProfits: ['31.000', '12,5,0'] },
          { ...newIncome('defence'), monthlyNet: '2100' },
          { ...newIncome('temporary-contract'), monthlyNet: '2000', foreignNational: true },
          { ...newIncome('self-employed'), yearlyProfits: [], documentedYears: '2' },
        ],
        obligations: [newObligation('student-debt-not-repaying')],
      },
      'nl',
    );
    expect(built.errors).toEqual({
      'household.incomes.0.yearlyProfits.1': 'input.amountFormat',
      'household.incomes.0.documentedYears': 'input.required',
      'household.incomes.1.phase': 'input.required',
      'household.incomes.2.remainingContractMonths': 'input.required',
      'household.incomes.2.foreignNational.monthsWorkedHere': 'input.required',
      'household.incomes.2.foreignNational.monthsCreditRegistered': 'input.required',
      'household.incomes.3.yearlyProfits': 'input.oneItem',
      'household.obligations.0.debt': 'input.required',
      'household.obligations.0.system': 'input.required',
    });
    // Each of them, and the API's, is a field the form shows.
    const shown = assessmentFields({
      incomes: [
        { ...newIncome('self-employed'), yearlyProfits: ['', ''] },
        { ...newIncome('agency-work'), phase: 'B', foreignNational: true },
      ],
      obligations: [newObligation('child-care')],
    });
    expect(shown).toEqual(
      expect.arrayContaining([
        'household.incomes.0.yearlyProfits.1',
        'household.incomes.0.documentedYears',
        'household.incomes.1.remainingContractMonths',
        'household.incomes.1.foreignNational.monthsCreditRegistered',
        'household.obligations.0.monthlyAmount',
        'household.obligations.0.allowance',
      ]),
    );
    expect(shown).not.toContain('household.incomes.0.monthlyNet');
  });

  it('sends each obligation kind with its own fields', () => {
    for (const kind of OBLIGATION_KINDS) {
      const built = assessmentBody(
        {
          ...values,
          obligations: [
            { kind, description: 'bank X', amount: '1.000', allowance: '80', system: 'new' },
          ],
        },
        'nl',
      );
      const sent = built.body!.household.obligations[0]!;
      expect(Object.keys(sent).sort()).toEqual(
        ['kind', 'description', ...OBLIGATION_FIELDS[kind]].sort(),
      );
      expect(sent[OBLIGATION_FIELDS[kind][0]!]).toBe('1000.00');
    }
  });
});
