import { benchmarksJson, type JsonResults } from '../../bench/suite/json';
import { benchmarksMarkdown, type MachineInfo } from '../../bench/suite/markdown';
import type { Measurement } from '../../bench/suite/types';

const machine: MachineInfo = {
  date: '2026-12-07 18:00 UTC',
  mode: 'quick',
  cpu: 'Test CPU',
  cores: 2,
  memoryGb: 23,
  node: 'v20.20.2',
  postgres: 'PostgreSQL 15.20',
  pglite: '0.5.16',
  os: 'Linux 6.1',
};

/** Rows as the suite's benchmarks give them (figures of a quick run), one or more per section. */
const measurements: Measurement[] = [
  {
    section: 'Appends',
    subject: 'Loanbook appendToStream, 8 writers',
    store: 'PostgreSQL',
    value: 7051,
    unit: 'events/s',
    p50Ms: 1.1,
    p99Ms: 1.86,
    baseline: { subject: 'Plain INSERT per transaction, 8 clients', value: 8192, unit: 'rows/s' },
    ratio: 7051 / 8192,
    aim: { description: '≥ 1.0 × plain INSERT at 8 clients', met: false },
    note: 'group commit | 8.0 appends per commit',
  },
  {
    section: 'Appends',
    subject: 'pgbench TPC-B, 8 clients',
    store: 'PostgreSQL',
    value: 2008,
    unit: 'tps',
  },
  {
    section: 'Demo',
    subject: 'npm run demo: loading',
    store: 'PGlite',
    value: 18.4,
    unit: 's',
    baseline: { subject: 'PGlite INSERT of the same rows', value: 2500, unit: 'rows/s' },
    ratio: 0.5,
    aim: { description: '≤ 20 s of loading on PGlite', met: true },
  },
  {
    section: 'Reports',
    subject: 'peak memory of the report process',
    store: '—',
    value: 173,
    unit: 'MB',
  },
  {
    section: 'Token',
    subject: 'npm run -s token',
    store: 'PGlite',
    value: Number.NaN,
    unit: 's',
    aim: { description: 'a token printed ≤ 2 s', met: false },
    note: 'no token printed',
  },
];

describe('npm run bench -- --json', () => {
  const text = benchmarksJson(machine, measurements, [{ benchmark: 'http', error: 'port in use' }]);
  const parsed = JSON.parse(text) as JsonResults;

  it('given a run, writes one result per measurement in order with the stable keys', () => {
    expect(parsed.results).toHaveLength(measurements.length);
    for (const result of parsed.results) {
      expect(Object.keys(result).slice(0, 9)).toEqual([
        'benchmark',
        'measured',
        'store',
        'figure',
        'unit',
        'baseline',
        'ratio',
        'aim',
        'met',
      ]);
    }
    expect(parsed.results.map((r) => r.benchmark)).toEqual(measurements.map((m) => m.section));
    expect(parsed.results[0]).toEqual({
      benchmark: 'Appends',
      measured: 'Loanbook appendToStream, 8 writers',
      store: 'PostgreSQL',
      figure: 7051,
      unit: 'events/s',
      baseline: {
        measured: 'Plain INSERT per transaction, 8 clients',
        figure: 8192,
        unit: 'rows/s',
      },
      ratio: 7051 / 8192,
      aim: '≥ 1.0 × plain INSERT at 8 clients',
      met: false,
      p50Ms: 1.1,
      p99Ms: 1.86,
      note: 'group commit | 8.0 appends per commit',
    });
  });

  it('gives null for a row without an aim or baseline, a figure of no store, and a figure not taken', () => {
    const [, pgbench, demo, memory, token] = parsed.results;
    expect(pgbench).toMatchObject({ baseline: null, ratio: null, aim: null, met: null });
    expect(demo).toMatchObject({ store: 'PGlite', met: true, aim: '≤ 20 s of loading on PGlite' });
    expect(memory).toMatchObject({ store: null, figure: 173, met: null });
    expect(token).toMatchObject({ figure: null, met: false, note: 'no token printed' });
    expect(text).not.toContain('NaN');
  });

  it('keeps the machine and what was not measured, and agrees with BENCHMARKS.md on the aims', () => {
    expect(parsed.machine).toEqual(machine);
    expect(parsed.notMeasured).toEqual([{ benchmark: 'http', error: 'port in use' }]);
    const markdown = benchmarksMarkdown(machine, measurements);
    const missed = (markdown.match(/^- \*\*missed\*\*/gm) ?? []).length;
    const met = (markdown.match(/^- met:/gm) ?? []).length;
    expect(parsed.results.filter((r) => r.met === false)).toHaveLength(missed);
    expect(parsed.results.filter((r) => r.met === true)).toHaveLength(met);
    // Each section is named as BENCHMARKS.md heads it.
    for (const r of parsed.results) expect(markdown).toContain(`## ${r.benchmark}\n`);
  });
});
