import {
  CreditAssessmentInputError,
  assessCreditMaximum,
  defaultCreditAssessmentRuleBook,
  parseCreditAssessmentInput,
  serializeCreditAssessment,
  serializeCreditAssessmentInput,
  type FieldProblem,
} from './index';
import { d, m } from './testing';

const body = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  householdType: 'couple',
  housing: { tenure: 'renter', rent: '800.00', serviceCosts: '40.00', rentAllowance: '0.00' },
  applicantBirthDate: '1985-06-30',
  signingDate: '2025-03-01',
  termMonths: 48,
  incomes: [
    { kind: 'salary', monthlyNet: '2400.00', description: 'applicant' },
    {
      kind: 'temporary-contract',
      monthlyNet: '1200.00',
      remainingContractMonths: 4,
      declarationOfIntent: true,
      inProbation: false,
      foreignNational: { monthsWorkedHere: 40, monthsCreditRegistered: 38 },
    },
    { kind: 'self-employed', yearlyProfits: ['20000.00', '-1000.50'], documentedYears: 2 },
    { kind: 'alimony-received', monthlyNet: '300.00', endsOn: '2031-12-31' },
    { kind: 'agency-work', monthlyNet: '500.00', phase: 'B' },
  ],
  obligations: [
    { kind: 'revolving-credit', limit: '2500.00' },
    { kind: 'student-debt-not-repaying', debt: '15000.00', system: 'old' },
    { kind: 'child-care', monthlyAmount: '400.00', allowance: '250.00', description: 'crèche' },
  ],
  wageGarnishment: false,
  divorceInProgress: false,
  requestedAmount: '10000.00',
  ...overrides,
});

function problems(json: unknown): FieldProblem[] {
  try {
    parseCreditAssessmentInput(json);
  } catch (e) {
    if (e instanceof CreditAssessmentInputError) return [...e.errors];
    throw e;
  }
  throw new Error('expected the input to be refused');
}

const fieldsAndCodes = (json: unknown) => problems(json).map((p) => [p.field, p.code]);

describe('parseCreditAssessmentInput', () => {
  it('reads money, dates, kinds and conditions into the typed input', () => {
    const input = parseCreditAssessmentInput(body());
    expect(input.householdType).toBe('couple');
    expect(input.housing).toEqual({
      tenure: 'renter',
      rent: m('800.00'),
      serviceCosts: m('40.00'),
      rentAllowance: m('0.00'),
    });
    expect(input.applicantBirthDate).toEqual(d('1985-06-30'));
    expect(input.incomes[1]).toEqual({
      kind: 'temporary-contract',
      monthlyNet: m('1200.00'),
      remainingContractMonths: 4,
      declarationOfIntent: true,
      inProbation: false,
      foreignNational: { monthsWorkedHere: 40, monthsCreditRegistered: 38 },
    });
    expect(input.incomes[2]).toEqual({
      kind: 'self-employed',
      yearlyProfits: [m('20000.00'), m('-1000.50')],
      documentedYears: 2,
    });
    expect(input.incomes[3]).toMatchObject({ endsOn: d('2031-12-31') });
    expect(input.obligations[1]).toEqual({
      kind: 'student-debt-not-repaying',
      debt: m('15000.00'),
      system: 'old',
    });
    expect(input.requestedAmount).toEqual(m('10000.00'));
  });

  it('takes obligations as optional, and null as absent', () => {
    const input = parseCreditAssessmentInput(
      body({ obligations: undefined, requestedAmount: null }),
    );
    expect(input.obligations).toEqual([]);
    expect(input).not.toHaveProperty('requestedAmount');
  });

  it('given amounts, dates and counts outside the bounds every value stays within then each is out-of-range', () => {
    expect(
      fieldsAndCodes(
        body({
          housing: { tenure: 'renter', rent: '1000000000.00' },
          applicantBirthDate: '1899-12-31',
          termMonths: 2 ** 40,
          requestedAmount: '99999999999999999999.99',
        }),
      ),
    ).toEqual([
      ['housing.rent', 'out-of-range'],
      ['applicantBirthDate', 'out-of-range'],
      ['termMonths', 'out-of-range'],
      ['requestedAmount', 'out-of-range'],
    ]);
  });

  it('given something other than an object then one problem for the body', () => {
    expect(problems([])).toEqual([
      { field: '', code: 'object', message: 'the body must be a JSON object' },
    ]);
  });

  it('given an empty object then every required field is named', () => {
    expect(fieldsAndCodes({})).toEqual([
      ['householdType', 'required'],
      ['housing', 'required'],
      ['applicantBirthDate', 'required'],
      ['signingDate', 'required'],
      ['termMonths', 'required'],
      ['incomes', 'required'],
      ['wageGarnishment', 'required'],
      ['divorceInProgress', 'required'],
    ]);
  });

  it('lists every problem at once, with its path', () => {
    const json = body({
      householdType: 'family',
      housing: { tenure: 'owner', mortgageGrossCharge: '1.234,00', rent: '500.00' },
      termMonths: 12.5,
      incomes: [
        { kind: 'salary', monthlyNet: 2400 },
        { kind: 'lottery', monthlyNet: '10.00' },
        { kind: 'temporary-contract', monthlyNet: '1000.00' },
        { kind: 'alimony-received', monthlyNet: '-5.00', inProbation: true },
        { kind: 'defence', monthlyNet: '1000.00', phase: 'IV' },
        { kind: 'sick-pay', monthlyNet: '1000.00', daysSick: -1 },
      ],
      obligations: [{ kind: 'revolving-credit', monthlyAmount: '50.00' }],
      wageGarnishment: 'no',
      requestedAmount: '0.00',
      extra: 1,
    });
    expect(fieldsAndCodes(json)).toEqual([
      ['extra', 'unknown-field'],
      ['householdType', 'one-of'],
      ['housing.rent', 'unknown-field'],
      ['housing.mortgageGrossCharge', 'money-format'],
      ['termMonths', 'integer'],
      ['incomes.0.monthlyNet', 'money-format'],
      ['incomes.1.kind', 'one-of'],
      ['incomes.2.remainingContractMonths', 'required'],
      ['incomes.3.inProbation', 'unknown-field'],
      ['incomes.4.phase', 'one-of'],
      ['obligations.0.monthlyAmount', 'unknown-field'],
      ['obligations.0.limit', 'required'],
      ['wageGarnishment', 'boolean'],
      // ranges, once the formats are read
      ['incomes.3.monthlyNet', 'out-of-range'],
      ['incomes.5.daysSick', 'out-of-range'],
      ['requestedAmount', 'out-of-range'],
    ]);
  });

  it('explains fields that belong to another kind', () => {
    const [p] = problems(
      body({ incomes: [{ kind: 'salary', monthlyNet: '1.00', structuralMonths: 12 }] }),
    );
    expect(p).toEqual({
      field: 'incomes.0.structuralMonths',
      code: 'unknown-field',
      message: 'incomes.0.structuralMonths does not apply to an income with kind salary',
    });
  });

  it('passes the money parser’s explanation on, prefixed with the field', () => {
    const [p] = problems(body({ requestedAmount: '10.000,00' }));
    expect(p.message).toBe(
      'requestedAmount: "10.000,00" contains a comma; use a point for the cents and no thousands separators, e.g. "25000.00"',
    );
  });

  it('given a birth date not before the signing date then a problem', () => {
    expect(fieldsAndCodes(body({ applicantBirthDate: '2025-03-01' }))).toEqual([
      ['applicantBirthDate', 'out-of-range'],
    ]);
  });

  it('given more than 50 incomes then too many', () => {
    const incomes = Array.from({ length: 51 }, () => ({ kind: 'salary', monthlyNet: '1.00' }));
    expect(fieldsAndCodes(body({ incomes }))).toEqual([['incomes', 'too-many']]);
  });

  it('given a term of 1,201 months then out of range; 1,200 is read', () => {
    expect(fieldsAndCodes(body({ termMonths: 1201 }))).toEqual([['termMonths', 'out-of-range']]);
    expect(parseCreditAssessmentInput(body({ termMonths: 1200 })).termMonths).toBe(1200);
  });
});

describe('serializing', () => {
  const book = defaultCreditAssessmentRuleBook();

  it('writes the input back as the JSON the parser reads', () => {
    const json = body();
    const input = parseCreditAssessmentInput(json);
    expect(serializeCreditAssessmentInput(input)).toEqual(json);
    expect(parseCreditAssessmentInput(serializeCreditAssessmentInput(input))).toEqual(input);
  });

  it('writes an assessment as plain JSON: money as strings, dates as YYYY-MM-DD', () => {
    const assessment = assessCreditMaximum(parseCreditAssessmentInput(body()), book);
    const json = serializeCreditAssessment(assessment);
    // It survives a trip through JSON unchanged: nothing but strings, numbers and booleans.
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.rules).toEqual({ version: 'responsible-credit-2016', validFrom: '2016-01-01' });
    expect(json.incomes[1]).toMatchObject({
      kind: 'temporary-contract',
      monthlyNet: '1200.00',
      weight: '1',
      counted: '1200.00',
    });
    expect(json.incomes[4]).toMatchObject({
      kind: 'agency-work',
      weight: '0.7',
      counted: '350.00',
    });
    expect(json.livingCostNorm).toMatchObject({
      base: '1888.00',
      surcharge: '0.1',
      tenure: 'renter',
    });
    expect(json.maximumCredit).toBe(assessment.maximumCredit.toString());
    expect(json.lines[0]).toEqual({
      label: 'income, salary (applicant): 100 % of 2,400.00; no conditions',
      amount: '2400.00',
    });
    expect(json).toMatchObject({ requestedAmount: '10000.00', withinMaximum: true });
  });
});
