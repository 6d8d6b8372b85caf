import type { MachineInfo } from './markdown';
import type { Measurement } from './types';

/**
 * One figure of `npm run bench -- --json FILE`, with stable keys so that a check can read them:
 * `benchmark` is the BENCHMARKS.md section the measurement names (its `section`), `store`
 * 'PostgreSQL' or 'PGlite' (null for a figure of no store), `met` null for a row without an aim.
 * Numbers that are not finite (a figure that could not be taken) are null, as JSON has no NaN.
 */
export interface JsonResult {
  benchmark: string;
  measured: string;
  store: 'PostgreSQL' | 'PGlite' | null;
  figure: number | null;
  unit: string;
  baseline: { measured: string; figure: number | null; unit: string } | null;
  ratio: number | null;
  aim: string | null;
  met: boolean | null;
  p50Ms: number | null;
  p99Ms: number | null;
  note: string | null;
}

export interface JsonResults {
  machine: MachineInfo;
  results: JsonResult[];
  notMeasured: { benchmark: string; error: string }[];
}

const num = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : value;

export function jsonResult(m: Measurement): JsonResult {
  return {
    benchmark: m.section,
    measured: m.subject,
    store: m.store === '—' ? null : m.store,
    figure: num(m.value),
    unit: m.unit,
    baseline: m.baseline
      ? { measured: m.baseline.subject, figure: num(m.baseline.value), unit: m.baseline.unit }
      : null,
    ratio: num(m.ratio),
    aim: m.aim?.description ?? null,
    met: m.aim ? m.aim.met : null,
    p50Ms: num(m.p50Ms),
    p99Ms: num(m.p99Ms),
    note: m.note ?? null,
  };
}

/** The whole run as JSON text: the machine, every figure in the order measured, what failed. */
export function benchmarksJson(
  machine: MachineInfo,
  measurements: readonly Measurement[],
  failures: readonly { benchmark: string; error: string }[] = [],
): string {
  const results: JsonResults = {
    machine,
    results: measurements.map(jsonResult),
    notMeasured: [...failures],
  };
  return `${JSON.stringify(results, null, 2)}\n`;
}
