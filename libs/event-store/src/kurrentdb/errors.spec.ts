import {
  AccessDeniedError,
  DeadlineExceededError,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { isAppendConflict, isUnavailable } from './errors';

describe('KurrentDB error mapping', () => {
  it.each([
    ['the client’s UnavailableError', new UnavailableError()],
    ['a deadline exceeded', new DeadlineExceededError()],
    ['a server-side write timeout', new TimeoutError()],
    [
      // What a multi-stream append against a refused port throws (client 1.3.1, seen here).
      'a raw gRPC UNAVAILABLE',
      Object.assign(
        new Error(
          '14 UNAVAILABLE: No connection established. Last error: Error: connect ECONNREFUSED 127.0.0.1:1.',
        ),
        { code: 14 },
      ),
    ],
    ['a raw gRPC DEADLINE_EXCEEDED', Object.assign(new Error('4 DEADLINE_EXCEEDED'), { code: 4 })],
    ['a bridge error known by message only', new UnknownError(undefined, 'transport error')],
    [
      'a dual-stack refusal',
      new AggregateError([
        Object.assign(new Error('connect ECONNREFUSED ::1:2113'), { code: 'ECONNREFUSED' }),
      ]),
    ],
  ])('treats %s as unavailable', (_label, error) => {
    expect(isUnavailable(error)).toBe(true);
  });

  it.each([
    [
      'a wrong expected version',
      new WrongExpectedVersionError(undefined, {
        streamName: 's',
        expected: 'no_stream',
        current: 0n,
      }),
    ],
    ['a missing stream', new StreamNotFoundError(undefined, 's')],
    ['access denied', new AccessDeniedError()],
    ['a plain error', new Error('boom')],
    ['not an error', 'ECONNREFUSED'],
  ])('does not treat %s as unavailable', (_label, error) => {
    expect(isUnavailable(error)).toBe(false);
  });

  it('tells a refused append (a stream not as expected) from other failures', () => {
    expect(
      isAppendConflict(
        new WrongExpectedVersionError(undefined, {
          streamName: 's',
          expected: 1n,
          current: 'no_stream',
        }),
      ),
    ).toBe(true);
    expect(isAppendConflict(new UnavailableError())).toBe(false);
    expect(isAppendConflict(new Error('wrong expected version'))).toBe(false);
  });
});
