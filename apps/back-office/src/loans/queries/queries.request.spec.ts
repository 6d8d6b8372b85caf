import { LocalDate } from '@js-joda/core';
import { ValidationProblem } from '../../http/problem';
import { toAsOf } from './as-of.request';
import { toListRequest } from './list.request';

describe("the loan queries' query strings as the query service takes them", () => {
  it('a page of 50 by default, and every filter as given', () => {
    expect(toListRequest({}, 'clerk-anna')).toEqual({ limit: 50 });
    expect(
      toListRequest(
        {
          productCode: 'impulskrediet',
          status: 'active',
          enterpriseNumber: '0403170701',
          q: 'bakkerij',
          arrears: '31-90',
          arrearsAsOf: '2019-01-01',
          limit: '200',
          cursor: 'abc',
          minPosition: '17',
        },
        'clerk-anna',
      ),
    ).toEqual({
      productCode: 'impulskrediet',
      status: 'active',
      enterpriseNumber: '0403170701',
      search: 'bakkerij',
      arrears: { bucket: '31-90', asOf: '2019-01-01' },
      limit: 200,
      cursor: 'abc',
      minPosition: 17,
    });
  });

  it("the officers' queue leaves out the caller, as four eyes compares actors", () => {
    expect(toListRequest({ awaiting: 'second-approval' }, 'Officer-Straße')).toMatchObject({
      awaitingSecondApproval: { notByActorKey: 'officer-strasse' },
    });
  });

  it('an officer filter compares user ids as four eyes does', () => {
    expect(toListRequest({ officer: 'Officer-Straße' }, 'clerk-anna')).toMatchObject({
      officerKey: 'officer-strasse',
    });
  });

  it.each(['0', '201'])('refuses a limit of %s: 400 out-of-range on limit', (limit) => {
    expect(() => toListRequest({ limit }, 'clerk-anna')).toThrow(ValidationProblem);
    try {
      toListRequest({ limit }, 'clerk-anna');
    } catch (error) {
      expect((error as ValidationProblem).errors).toEqual([
        expect.objectContaining({ field: 'limit', code: 'out-of-range' }),
      ]);
    }
  });

  it('a day to read the ledger as of, or none (the service then takes today)', () => {
    expect(toAsOf({ asOf: '2018-09-01' })).toEqual(LocalDate.parse('2018-09-01'));
    expect(toAsOf({})).toBeUndefined();
  });
});
