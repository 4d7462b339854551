// The one axis order and the one colour per series every competency radar uses (Assessments,
// Progress, Compare), so the same thing looks the same on every screen.
import type { MantineColor } from '@mantine/core';

/**
 * What a series stands for: the level expected (`target`), the level the person is at now by the
 * manager's judgement or their current role (`current`), their own view (`self`), and where they
 * started (`first`).
 */
export type RadarSeriesKind = 'target' | 'current' | 'self' | 'first';

export const RADAR_SERIES_STYLE: Record<
  RadarSeriesKind,
  { color: MantineColor; opacity: number; dashed: boolean }
> = {
  target: { color: 'gray.6', opacity: 0.12, dashed: true },
  current: { color: 'indigo.6', opacity: 0.35, dashed: false },
  self: { color: 'teal.6', opacity: 0.2, dashed: false },
  first: { color: 'orange.6', opacity: 0.15, dashed: false },
};

export interface RadarSeries {
  kind: RadarSeriesKind;
  /** The name in the legend and the table's column heading. */
  name: string;
  /** Level per competency id; a competency missing here counts as 0 on the chart, a dash in the table. */
  levels: Record<string, number | undefined>;
}

/** Competencies in the framework's order, whatever order the caller's list came in. */
export function inFrameworkOrder<T extends { id: string }>(
  frameworkOrder: readonly { id: string }[],
  competencies: readonly T[],
): T[] {
  const rank = new Map(frameworkOrder.map((c, index) => [c.id, index]));
  return [...competencies].sort(
    (a, b) => (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER),
  );
}

/**
 * Splits a competency name into lines for a radar label: one line when short, else the two most even
 * lines (`Problem framing` / `and specification`), else lines of at most `width` characters.
 */
export function wrapLabel(text: string, width = 15): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (text.length <= width || words.length < 2) return [words.join(' ')];
  const splits = words
    .slice(1)
    .map((_, index) => [words.slice(0, index + 1).join(' '), words.slice(index + 1).join(' ')]);
  const longest = (lines: string[]) => Math.max(...lines.map((line) => line.length));
  const even = splits.reduce((best, next) => (longest(next) < longest(best) ? next : best));
  if (longest(even) <= width + 4) return even;
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
