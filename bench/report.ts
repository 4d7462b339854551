// Shared printing for benchmarks: one line per figure, with its target and whether it is met.
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The figure must be at most this; omit for figures that only inform. */
  target?: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Prints the figures and returns true when every target is met. */
export function report(title: string, figures: Figure[]): boolean {
  console.log(`\n${title}`);
  let ok = true;
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    const value = `${f.value < 10 ? f.value.toFixed(3) : f.value.toFixed(1)} ${f.unit}`;
    const met =
      f.target === undefined
        ? ''
        : f.value <= f.target
          ? `  target ≤ ${f.target} ${f.unit}  ok`
          : `  target ≤ ${f.target} ${f.unit}  OVER`;
    if (f.target !== undefined && f.value > f.target) ok = false;
    console.log(`  ${f.name.padEnd(width)}  ${value.padStart(12)}${met}`);
  }
  return ok;
}
