import {
  benchEvent,
  combineRuns,
  databaseUrlWith,
  EVENTS_PER_STREAM,
  parsePgbenchTps,
  StreamCursor,
  summarize,
} from '../../bench/suite/pg-baselines';

describe('parsePgbenchTps', () => {
  const output = `pgbench (15.8 (Debian 15.8-0+deb12u1))
starting vacuum...end.
transaction type: <builtin: TPC-B (sort of)>
scaling factor: 1
query mode: simple
number of clients: 8
number of threads: 8
maximum number of tries: 1
duration: 3 s
number of transactions actually processed: 4321
number of failed transactions: 0 (0.000%)
latency average = 5.556 ms
initial connection time = 12.345 ms
tps = 1439.876543 (without initial connection time)
`;

  it('reads the tps without initial connection time', () => {
    expect(parsePgbenchTps(output)).toBe(1439.876543);
  });

  it('does not take the older "including connections establishing" line', () => {
    expect(
      parsePgbenchTps(
        'tps = 99.5 (including connections establishing)\ntps = 101.25 (without initial connection time)\n',
      ),
    ).toBe(101.25);
    expect(parsePgbenchTps('tps = 99.5 (including connections establishing)\n')).toBeUndefined();
  });

  it('answers undefined when pgbench printed no tps', () => {
    expect(parsePgbenchTps('pgbench: error: connection to server failed')).toBeUndefined();
  });
});

describe('summarize', () => {
  it('gives operations per second and nearest-rank percentiles of unsorted latencies', () => {
    const latencies = Array.from({ length: 200 }, (_, i) => 200 - i); // 200 … 1 ms
    const result = summarize(8, latencies, 4);
    expect(result).toEqual({
      clients: 8,
      operations: 200,
      seconds: 4,
      perSecond: 50,
      p50Ms: 100,
      p99Ms: 198,
    });
  });

  it('leaves the caller’s array as it was', () => {
    const latencies = [3, 1, 2];
    summarize(1, latencies, 1);
    expect(latencies).toEqual([3, 1, 2]);
  });
});

describe('databaseUrlWith', () => {
  it('keeps server, credentials and parameters and changes the database', () => {
    expect(
      databaseUrlWith(
        'postgres://bench:s%40cret@127.0.0.1:5432/test?sslmode=disable',
        'loanbook_bench_x',
      ),
    ).toBe('postgres://bench:s%40cret@127.0.0.1:5432/loanbook_bench_x?sslmode=disable');
  });
});

describe('StreamCursor', () => {
  it('stays on a stream for EVENTS_PER_STREAM appends, then starts a new one at version 0', () => {
    const cursor = new StreamCursor();
    const first = cursor.streamId;
    expect(first).toMatch(/^loan-[0-9a-f-]{36}$/);
    for (let v = 1; v < EVENTS_PER_STREAM; v++) {
      cursor.advance(v);
      expect(cursor.streamId).toBe(first);
      expect(cursor.version).toBe(v);
    }
    cursor.advance(EVENTS_PER_STREAM);
    expect(cursor.streamId).not.toBe(first);
    expect(cursor.version).toBe(0);
  });
});

describe('benchEvent', () => {
  it('has the same size whatever the instalment, so every store carries the same bytes', () => {
    const size = (n: number) => {
      const e = benchEvent(n);
      return JSON.stringify(e.data).length + JSON.stringify(e.metadata).length;
    };
    const sizes = new Set(Array.from({ length: 40 }, (_, i) => size(i + 1)));
    expect(sizes.size).toBe(1);
  });

  it('has a fresh event id each time', () => {
    expect(benchEvent(1).eventId).not.toBe(benchEvent(1).eventId);
  });
});

describe('combineRuns', () => {
  it('adds operations and seconds, pools latencies and spreads CPU over every operation', () => {
    const result = combineRuns([
      { clients: 8, latenciesMs: [1, 2, 3], seconds: 1, cpu: { serverUs: 300, clientUs: 30 } },
      { clients: 8, latenciesMs: [4, 5, 6, 7], seconds: 2, cpu: { serverUs: 400, clientUs: 40 } },
    ]);
    expect(result).toEqual({
      clients: 8,
      operations: 7,
      seconds: 3,
      perSecond: 7 / 3,
      p50Ms: 4,
      p99Ms: 7,
      cpu: { serverUs: 100, clientUs: 10 },
    });
  });

  it('gives no CPU figure when any run could not measure it', () => {
    const result = combineRuns([
      { clients: 1, latenciesMs: [1], seconds: 1, cpu: { serverUs: 300, clientUs: 30 } },
      { clients: 1, latenciesMs: [1], seconds: 1 },
    ]);
    expect(result.cpu).toBeUndefined();
  });
});
