import type { Measurement } from './types';

export interface MachineInfo {
  date: string;
  mode: 'full' | 'quick';
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  postgres: string;
  pglite: string;
  os: string;
}

/** The order of BENCHMARKS.md's sections. */
export const SECTIONS = [
  'Appends',
  'Bulk import',
  'Projection catch-up',
  'Read models',
  'HTTP commands',
  'Loan life',
  'Demo',
  'Start-up',
  'Token',
  'Reports',
  'Peer',
];

/** 1234567.8 → "1,234,568"; small values keep two decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const ms = (value: number | undefined) => (value === undefined ? '' : formatNumber(value));

/** BENCHMARKS.md from one run's measurements. */
export function benchmarksMarkdown(
  machine: MachineInfo,
  measurements: readonly Measurement[],
  failures: readonly { benchmark: string; error: string }[] = [],
): string {
  const lines: string[] = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench${machine.mode === 'quick' ? ' -- --quick' : ''}\` on ${machine.date}` +
      `${machine.mode === 'quick' ? ' (quick run: small sizes, indicative only)' : ''}. Every figure ` +
      'stands next to a baseline measured in the same run on the same machine; the ratio is figure ÷ ' +
      'baseline. Timings are reported here, never asserted by tests.',
    '',
    '| machine | |',
    '| --- | --- |',
    `| CPU | ${machine.cores} × ${cell(machine.cpu)} |`,
    `| memory | ${machine.memoryGb} GB |`,
    `| OS | ${cell(machine.os)} |`,
    `| Node.js | ${machine.node} |`,
    `| PostgreSQL | ${cell(machine.postgres)} |`,
    `| PGlite | ${machine.pglite} |`,
    '',
  ];
  const aimed = measurements.filter((m) => m.aim);
  if (aimed.length > 0) {
    lines.push('## Aims', '');
    for (const m of aimed) {
      lines.push(
        `- ${m.aim!.met ? 'met' : '**missed**'}: ${m.section}, ${m.subject} (${m.store}): ` +
          `${cell(m.aim!.description)}; measured ${formatNumber(m.value)} ${m.unit}` +
          `${m.ratio === undefined ? '' : `, ${m.ratio.toFixed(2)} ×`}` +
          `${m.aim!.met || !m.note ? '' : `. ${cell(m.note)}`}`,
      );
    }
    lines.push('');
  }
  const sections = [
    ...SECTIONS,
    ...new Set(measurements.map((m) => m.section).filter((s) => !SECTIONS.includes(s))),
  ];
  for (const section of sections) {
    const rows = measurements.filter((m) => m.section === section);
    if (rows.length === 0) continue;
    lines.push(
      `## ${section}`,
      '',
      '| measured | store | figure | p50 ms | p99 ms | baseline (same run) | ratio | aim | note |',
      '| --- | --- | ---: | ---: | ---: | --- | ---: | --- | --- |',
    );
    for (const m of rows) {
      const baseline = m.baseline
        ? `${cell(m.baseline.subject)}: ${formatNumber(m.baseline.value)} ${m.baseline.unit}`
        : '';
      const aim = m.aim ? `${m.aim.met ? 'met' : '**missed**'}: ${cell(m.aim.description)}` : '';
      lines.push(
        `| ${cell(m.subject)} | ${m.store} | ${formatNumber(m.value)} ${m.unit} | ${ms(m.p50Ms)} | ${ms(m.p99Ms)} | ` +
          `${baseline} | ${m.ratio === undefined ? '' : `${m.ratio.toFixed(2)} ×`} | ${aim} | ${cell(m.note)} |`,
      );
    }
    lines.push('');
  }
  if (failures.length > 0) {
    lines.push('## Not measured in this run', '');
    for (const f of failures) lines.push(`- ${f.benchmark}: ${cell(f.error)}`);
    lines.push('');
  }
  return lines.join('\n');
}
