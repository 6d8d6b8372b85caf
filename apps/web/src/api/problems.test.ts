import { describe, expect, it } from 'vitest';
import { problemsForForm, toProblem, type Describe } from './problems';

const fields = ['borrower.name', 'borrower.enterpriseNumber', 'amount', 'termMonths'];
const none: Describe = () => undefined;

describe('a problem spread over a form', () => {
  it('puts each 400 field error beside its field, in the server’s words', () => {
    const placed = problemsForForm(
      {
        status: 400,
        errors: [
          { field: 'borrower.name', code: 'required', message: 'borrower.name is verplicht' },
          { field: 'amount', code: 'money-format', message: 'amount moet een bedrag zijn' },
        ],
      },
      fields,
      none,
    );
    expect(placed).toEqual({
      fields: {
        'borrower.name': 'borrower.name is verplicht',
        amount: 'amount moet een bedrag zijn',
      },
      general: [],
    });
  });

  it('puts a 422 rule on its field, in the app’s words when it has them', () => {
    const describe: Describe = (kind, code) =>
      kind === 'rule' && code === 'amount-above-maximum' ? 'Boven het maximum' : undefined;
    const placed = problemsForForm(
      {
        status: 422,
        violations: [
          { rule: 'amount-above-maximum', message: 'the amount … maximum', field: 'amount' },
          { rule: 'term-above-maximum', message: 'a term of 72 months …', field: 'termMonths' },
          { rule: 'four-eyes-registrar', message: 'anna registered this application' },
        ],
      },
      fields,
      describe,
    );
    expect(placed.fields).toEqual({
      amount: 'Boven het maximum',
      termMonths: 'a term of 72 months …',
    });
    expect(placed.general).toEqual(['anna registered this application']);
  });

  it('joins two errors on one field, and sends a field the form lacks above it', () => {
    const placed = problemsForForm(
      {
        status: 422,
        violations: [
          { rule: 'a', message: 'first', field: 'amount' },
          { rule: 'b', message: 'second', field: 'amount' },
          { rule: 'c', message: 'elsewhere', field: 'guarantees[0].amount' },
        ],
      },
      fields,
      none,
    );
    expect(placed).toEqual({ fields: { amount: 'first; second' }, general: ['elsewhere'] });
  });

  it('says the problem’s detail when it names no field', () => {
    expect(problemsForForm({ status: 409, detail: 'the loan moved on' }, fields, none)).toEqual({
      fields: {},
      general: ['the loan moved on'],
    });
  });

  it('makes a problem of a body that is none', () => {
    expect(toProblem(502, undefined)).toEqual({ status: 502, title: undefined });
    expect(toProblem(409, { status: 409, currentVersion: 3 })).toMatchObject({ currentVersion: 3 });
  });
});
