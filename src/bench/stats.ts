/** Small numeric helpers of the benchmark (no timing here: pure functions, unit-tested). */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function min(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.min(...values);
}

export function max(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.max(...values);
}

/** Fixed-decimals formatting; `—` for a missing figure (NaN, ±∞). */
export function fmt(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** Median, min and max of some figures. */
export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: min(values), max: max(values) };
}

export function megabytes(kilobytes: number): number {
  return kilobytes / 1024;
}
