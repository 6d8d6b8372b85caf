import { LENDER_RELATIONS, LENDER_RELATION_DESCRIPTIONS, isLenderRelation } from './index';

describe('lender relations', () => {
  it('has the codes of API.md, each with a description', () => {
    expect(LENDER_RELATIONS).toEqual([
      'none',
      'friend',
      'family',
      'employee',
      'spouse-or-cohabitant',
      'director-or-manager',
      'shareholder-over-5-percent',
    ]);
    for (const r of LENDER_RELATIONS) expect(LENDER_RELATION_DESCRIPTIONS[r]).toBeTruthy();
  });

  it('tells codes from other values', () => {
    expect(isLenderRelation('employee')).toBe(true);
    expect(isLenderRelation('neighbour')).toBe(false);
    expect(isLenderRelation(undefined)).toBe(false);
  });
});
