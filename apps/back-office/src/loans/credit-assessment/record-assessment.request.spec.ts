import { LocalDate } from '@js-joda/core';
import { CREDIT_ASSESSMENT_EXAMPLES } from '../../http/command-examples';
import { ValidationProblem } from '../../http/problem';
import { toCommand } from './record-assessment.request';

const ids = { loanId: 'd3743642-087d-4f6e-a0f4-58f54bfe68f2', assessedBy: 'clerk-anna' };
const example = CREDIT_ASSESSMENT_EXAMPLES.household.value;

describe('a credit assessment as the domain takes it (POST /loans/{id}/credit-assessment)', () => {
  it("reads the household with the domain's parser, by the user who sent it", () => {
    const command = toCommand(example, ids);
    expect(command).toMatchObject({
      type: 'RecordCreditAssessment',
      ...ids,
      assessedOn: LocalDate.parse('2022-03-10'),
      input: { householdType: 'couple-with-children', termMonths: 60 },
    });
    expect(command.input.incomes).toHaveLength(2);
  });

  it('names every field it cannot read as household.<path>: a 400', () => {
    const household = { ...example.household, termMonths: 'sixty', incomes: [{ kind: 'salary' }] };
    let problem: unknown;
    try {
      toCommand({ ...example, household }, ids);
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(ValidationProblem);
    const fields = (problem as ValidationProblem).errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['household.termMonths', 'household.incomes.0.monthlyNet']),
    );
    expect(fields.every((f) => f.startsWith('household'))).toBe(true);
  });
});
