import { isConnectionError } from './pg-errors';

describe('isConnectionError', () => {
  it.each([
    [
      'refused',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
    ],
    [
      'admin shutdown',
      Object.assign(new Error('terminating connection due to administrator command'), {
        code: '57P01',
      }),
    ],
    [
      'connection exception class',
      Object.assign(new Error('connection failure'), { code: '08006' }),
    ],
    [
      'too many connections',
      Object.assign(new Error('sorry, too many clients already'), { code: '53300' }),
    ],
    ['terminated by message only', new Error('Connection terminated unexpectedly')],
    [
      // What pg reports for ALTER DATABASE … ALLOW_CONNECTIONS false (security review, issue 17).
      'a database that accepts no connections (55000, as PostgreSQL sends it)',
      Object.assign(new Error('database "loanbook" is not currently accepting connections'), {
        code: '55000',
        severity: 'FATAL',
        routine: 'CheckMyDatabase',
      }),
    ],
    [
      'a database that accepts no connections, by its message alone',
      Object.assign(new Error('database "loanbook" is not currently accepting connections'), {
        code: '55000',
      }),
    ],
    ['the database dropped under the session', Object.assign(new Error('x'), { code: '57P04' })],
    ['an idle session ended', Object.assign(new Error('x'), { code: '57P05' })],
    [
      "a database's or role's connection limit",
      Object.assign(new Error('too many connections for role "loanbook"'), { code: '53400' }),
    ],
    [
      'any FATAL server error: the session is gone',
      Object.assign(new Error('terminating connection due to conflict with recovery'), {
        code: '40001',
        severity: 'FATAL',
      }),
    ],
    [
      'a refused connection inside an AggregateError',
      new AggregateError(
        [
          Object.assign(new Error('database "x" is not currently accepting connections'), {
            code: '55000',
            severity: 'FATAL',
          }),
        ],
        '',
      ),
    ],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    [
      'dual-stack refusal',
      new AggregateError(
        [Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' })],
        '',
      ),
    ],
  ])('treats %s as unavailable', (_label, error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a syntax error', Object.assign(new Error('syntax error'), { code: '42601' })],
    ['a plain error', new Error('boom')],
    [
      'a statement refused for the state of an object (55000 at ERROR)',
      Object.assign(new Error('currval of sequence "s" is not yet defined in this session'), {
        code: '55000',
        severity: 'ERROR',
        routine: 'currval_oid',
      }),
    ],
    [
      'a serialization failure (ERROR)',
      Object.assign(new Error('could not serialize access'), { code: '40001', severity: 'ERROR' }),
    ],
    ['not an error', 'ECONNREFUSED'],
  ])('does not treat %s as unavailable', (_label, error) => {
    expect(isConnectionError(error)).toBe(false);
  });
});
