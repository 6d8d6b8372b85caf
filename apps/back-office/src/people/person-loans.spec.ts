import { newDataKey, sealField } from './field-crypto';
import {
  borrowerNames,
  confirmsLoans,
  loanIdsOf,
  normaliseName,
  PersonNamedDifferentlyProblem,
  type PersonLoan,
} from './person-loans';

describe('forgetting a person named differently on their loans', () => {
  const person = '3845e364-4a3c-4d6b-9d5e-0a1b2c3d4e5f';
  const key = newDataKey();
  const borrowerLoan = (loanId: string, name: string | null): PersonLoan => ({
    loanId,
    role: 'borrower',
    productCode: 'impulskrediet',
    appliedOn: '2018-03-01',
    sealedName: name === null ? null : sealField(key, person, name),
  });

  it('takes case, Unicode forms and spacing as one name', () => {
    expect(normaliseName('  Jan   Peeters ')).toBe(normaliseName('JAN PEETERS'));
    expect(normaliseName('Ｊａｎ Peeters')).toBe(normaliseName('jan peeters'));
    expect(normaliseName('Jan Peeters')).not.toBe(normaliseName('Marie Peeters'));
  });

  it("counts the borrower's distinct names, opened with the person's key", () => {
    const loans = [
      borrowerLoan('a', 'Jan Peeters'),
      borrowerLoan('b', 'jan  peeters'),
      // A name the read model does not keep sealed (an application stored before) is not known.
      borrowerLoan('c', null),
      { ...borrowerLoan('d', null), role: 'lender' as const },
    ];
    expect(borrowerNames(loans, key)).toEqual(new Set(['JAN PEETERS']));
    expect(borrowerNames([...loans, borrowerLoan('e', 'Marie Peeters')], key).size).toBe(2);
  });

  it('is confirmed only by exactly the loans, in any order and case', () => {
    const ids = loanIdsOf([
      borrowerLoan('0b4f4c55-5d0e-4f7e-8a53-5f0c2f4a0c01', 'x'),
      { ...borrowerLoan('0b4f4c55-5d0e-4f7e-8a53-5f0c2f4a0c01', null), role: 'guarantor' },
      borrowerLoan('0b4f4c55-5d0e-4f7e-8a53-5f0c2f4a0c02', 'y'),
    ]);
    expect(ids).toEqual([
      '0b4f4c55-5d0e-4f7e-8a53-5f0c2f4a0c01',
      '0b4f4c55-5d0e-4f7e-8a53-5f0c2f4a0c02',
    ]);
    expect(confirmsLoans(undefined, ids)).toBe(false);
    expect(confirmsLoans([ids[0]], ids)).toBe(false);
    expect(confirmsLoans([...ids, '0b4f4c55-5d0e-4f7e-8a53-5f0c2f4a0c03'], ids)).toBe(false);
    expect(confirmsLoans([ids[1].toUpperCase(), ids[0]], ids)).toBe(true);
  });

  it('answers 409 with the loans, never the names', () => {
    const problem = new PersonNamedDifferentlyProblem(
      person,
      [borrowerLoan('a', 'Jan Peeters'), borrowerLoan('b', 'Marie Peeters')],
      2,
    );
    expect(problem.getStatus()).toBe(409);
    const body = problem.getResponse();
    expect(body).toMatchObject({
      status: 409,
      personId: person,
      loans: [
        { loanId: 'a', role: 'borrower', productCode: 'impulskrediet', appliedOn: '2018-03-01' },
        { loanId: 'b', role: 'borrower', productCode: 'impulskrediet', appliedOn: '2018-03-01' },
      ],
    });
    expect(JSON.stringify(body)).not.toContain('Peeters');
  });
});
