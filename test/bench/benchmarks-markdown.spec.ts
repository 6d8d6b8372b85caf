import { benchmarksMarkdown, formatNumber, type MachineInfo } from '../../bench/suite/markdown';
import { percentile } from '../../bench/suite/types';

const machine: MachineInfo = {
  date: '2026-11-21 18:00 UTC',
  mode: 'full',
  cpu: 'Test CPU',
  cores: 2,
  memoryGb: 23,
  node: 'v20.20.2',
  postgres: 'PostgreSQL 15.20',
  pglite: '0.5.16',
  os: 'Linux 6.1',
};

describe('BENCHMARKS.md', () => {
  it('given measurements, writes the machine, the aims and one table per section in order', () => {
    const text = benchmarksMarkdown(
      machine,
      [
        {
          section: 'Projection catch-up',
          subject: 'runner',
          store: 'PostgreSQL',
          value: 130754.2,
          unit: 'events/s',
          baseline: { subject: 'scan', value: 311335, unit: 'rows/s' },
          ratio: 0.42,
          aim: { description: '≥ 0.2 × the scan', met: true },
        },
        {
          section: 'Appends',
          subject: 'Loanbook, 8 writers',
          store: 'PostgreSQL',
          value: 1500,
          unit: 'events/s',
          p50Ms: 4.25,
          p99Ms: 12.5,
          baseline: { subject: 'plain INSERT, 8 clients', value: 2000, unit: 'rows/s' },
          ratio: 0.75,
          aim: { description: '≥ 1.0 × plain INSERT', met: false },
          note: 'a | pipe',
        },
      ],
      [{ benchmark: 'http', error: 'port in use' }],
    );
    expect(text).toContain('| CPU | 2 × Test CPU |');
    expect(text).toContain(
      '- met: Projection catch-up, runner (PostgreSQL): ≥ 0.2 × the scan; measured 130,754 events/s, 0.42 ×',
    );
    expect(text).toContain(
      '- **missed**: Appends, Loanbook, 8 writers (PostgreSQL): ≥ 1.0 × plain INSERT; measured 1,500 events/s, 0.75 ×. a \\| pipe',
    );
    expect(text.indexOf('## Appends')).toBeLessThan(text.indexOf('## Projection catch-up'));
    expect(text).toContain(
      '| Loanbook, 8 writers | PostgreSQL | 1,500 events/s | 4.25 | 12.50 | plain INSERT, 8 clients: 2,000 rows/s | 0.75 × | **missed**: ≥ 1.0 × plain INSERT | a \\| pipe |',
    );
    expect(text).toContain('- http: port in use');
  });

  it('formats large figures without decimals and small ones with', () => {
    expect(formatNumber(1234567.8)).toBe('1,234,568');
    expect(formatNumber(3.7249)).toBe('3.72');
    expect(formatNumber(0.4213)).toBe('0.421');
    expect(formatNumber(Number.NaN)).toBe('—');
  });

  it('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});
