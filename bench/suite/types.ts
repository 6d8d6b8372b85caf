/**
 * What every benchmark of the suite (`npm run bench`) gets and gives back. The suite runs them one
 * after another on the same machine and writes BENCHMARKS.md from their measurements: each figure
 * next to a baseline measured in the same run, as a ratio (timings are never asserted in tests).
 */
export interface BenchContext {
  /** `--quick`: small sizes, the whole suite under 2 minutes. */
  quick: boolean;
  /**
   * A PostgreSQL database the benchmark may create throw-away schemas in (and, with CREATE
   * DATABASE rights, databases of its own); it drops what it made.
   */
  databaseUrl: string;
  /** A progress line for the terminal (stderr). */
  log(line: string): void;
}

export interface Baseline {
  subject: string;
  value: number;
  unit: string;
}

export interface Aim {
  /** As the issue states it, e.g. "≥ 1.0 × plain INSERT at 8 clients". */
  description: string;
  met: boolean;
}

export interface Measurement {
  /**
   * The BENCHMARKS.md section, and the JSON results' `benchmark` (markdown.ts's SECTIONS order
   * them): 'Appends', 'Bulk import', 'Projection catch-up', 'Read models', 'HTTP commands',
   * 'Loan life', 'Demo', 'Start-up', 'Token', 'Reports', 'Peer'; any other comes after them.
   */
  section: string;
  /** What was measured, e.g. 'Loanbook appendToStream, 8 writers'. */
  subject: string;
  store: 'PostgreSQL' | 'PGlite' | '—';
  value: number;
  /** e.g. 'events/s', 'requests/s', 's', 'MB'. */
  unit: string;
  p50Ms?: number;
  p99Ms?: number;
  /** Measured in the same run; `ratio` = value / baseline.value (higher is better unless said). */
  baseline?: Baseline;
  ratio?: number;
  aim?: Aim;
  /** Sizes and settings (e.g. '20,000 commands, 8 writers'), and where the time goes if an aim is missed. */
  note?: string;
}

export type Benchmark = (context: BenchContext) => Promise<Measurement[]>;

/** Percentile of already sorted numbers (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

/** Seconds since `started` (process.hrtime.bigint()). */
export function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}
