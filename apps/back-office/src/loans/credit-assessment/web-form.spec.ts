import { parseCreditAssessmentInput, CreditAssessmentInputError } from '@loanbook/domain';
import {
  assessmentBody,
  INCOME_KINDS,
  newIncome,
  newObligation,
  OBLIGATION_KINDS,
  type AssessmentValues,
  type IncomeRow,
} from '../../../../web/src/forms/record-forms';

/**
 * The web app's assessment form against the domain's own parser: for every income and
 * obligation kind, with every input of the form filled in, the household the form sends is one
 * the API accepts (the parser refuses a field that does not belong to the kind), so the form
 * cannot drift from parseCreditAssessmentInput unseen.
 */
describe('the web assessment form and the API’s parser', () => {
  const values: AssessmentValues = {
    assessedOn: '2022-03-18',
    householdType: 'couple',
    tenure: 'owner',
    rent: '850,00',
    serviceCosts: '',
    rentAllowance: '',
    mortgageGrossCharge: '1.100,00',
    applicantBirthDate: '1984-05-12',
    signingDate: '2022-04-01',
    termMonths: '48',
    incomes: [],
    obligations: [],
    wageGarnishment: false,
    divorceInProgress: false,
    requestedAmount: '15.000',
  };
  const filled = (kind: IncomeRow['kind'], phase: string): IncomeRow => ({
    ...newIncome(kind),
    description: 'partner',
    monthlyNet: '2.400,00',
    structural: true,
    structuralMonths: '12',
    endsOn: '2030-06-30',
    yearlyProfits: ['31.000,00', '-2.000,50'],
    documentedYears: '2',
    phase,
    remainingContractMonths: '7',
    declarationOfIntent: true,
    daysSick: '10',
    inProbation: true,
    foreignNational: true,
    monthsWorkedHere: '24',
    monthsCreditRegistered: '18',
  });
  const phaseOf = (kind: string, agency: string) =>
    kind === 'defence' ? 'II' : kind === 'agency-work' ? agency : '';

  it.each(['A', 'B', 'C'])(
    'sends every income kind as the API takes it (agency work in phase %s)',
    (agency) => {
      const incomes = INCOME_KINDS.map((kind) => filled(kind, phaseOf(kind, agency)));
      const built = assessmentBody({ ...values, incomes }, 'nl');
      expect(built.errors).toBeUndefined();
      const input = parseCreditAssessmentInput(built.body!.household);
      expect(input.incomes.map((i) => i.kind)).toEqual(INCOME_KINDS);
    },
  );

  it('sends every obligation kind as the API takes it', () => {
    const obligations = OBLIGATION_KINDS.map((kind) => ({
      ...newObligation(kind),
      description: 'bank X',
      amount: '1.000,00',
      allowance: '80',
      system: 'old',
    }));
    const built = assessmentBody({ ...values, incomes: [filled('salary', '')], obligations }, 'nl');
    const input = parseCreditAssessmentInput(built.body!.household);
    expect(input.obligations.map((o) => o.kind)).toEqual(OBLIGATION_KINDS);
  });

  it('sends as typed what only the server can name, and the server names that field', () => {
    const built = assessmentBody(
      { ...values, incomes: [{ ...filled('commission', ''), structuralMonths: 'twaalf' }] },
      'nl',
    );
    let thrown: unknown;
    try {
      parseCreditAssessmentInput(built.body!.household);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CreditAssessmentInputError);
    expect((thrown as CreditAssessmentInputError).errors).toEqual([
      expect.objectContaining({ field: 'incomes.0.structuralMonths', code: 'integer' }),
    ]);
  });
});
