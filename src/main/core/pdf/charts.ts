// Charts drawn with PDFKit's vector paths, each tagged as a Figure whose alternative text says what
// the chart shows (the numbers a sighted reader would take from it), not merely that it is a chart.
import { COLORS, TEXT, type Layout, type Struct } from './layout';

/** Distinct in print and in greyscale order. */
export const SERIES = ['#3b5bdb', '#d9480f', '#2b8a3e', '#ae3ec9', '#0c8599'];

/** A figure `height` points tall at the cursor: its drawing is the Figure's marked content. */
function figure(
  layout: Layout,
  parent: Struct,
  height: number,
  alt: string,
  paint: (top: number) => void,
): void {
  layout.need(height);
  const top = layout.y;
  const bbox: [number, number, number, number] = [layout.left, top, layout.left + layout.width, top + height];
  layout.element(parent, 'Figure', () => paint(top), { alt, bbox, placement: 'Block' });
  layout.y = top + height;
}

/** Current against target level on each numbered competency, 0–4 from the centre. */
export function radar(
  layout: Layout,
  parent: Struct,
  gaps: { name: string; current: number; target: number }[],
  alt: string,
  x: number,
): void {
  const size = 180;
  figure(layout, parent, size, alt, (top) => {
    const { doc } = layout;
    const cx = x + size / 2;
    const cy = top + size / 2;
    const r = 66;
    const point = (i: number, level: number): [number, number] => {
      const angle = (Math.PI * 2 * i) / gaps.length - Math.PI / 2;
      return [cx + Math.cos(angle) * r * (level / 4), cy + Math.sin(angle) * r * (level / 4)];
    };
    const polygon = (levels: number[]) => {
      const points = levels.map((level, i) => point(i, level));
      doc.polygon(...points);
    };
    doc.lineWidth(0.5).strokeColor(COLORS.rule);
    for (const level of [1, 2, 3, 4]) {
      polygon(gaps.map(() => level));
      doc.stroke();
    }
    gaps.forEach((_, i) => {
      const [px, py] = point(i, 4);
      doc.moveTo(cx, cy).lineTo(px, py).stroke();
    });
    polygon(gaps.map((g) => g.target));
    doc.fillOpacity(0.12).fillAndStroke('#868e96', '#868e96');
    polygon(gaps.map((g) => g.current));
    doc.fillOpacity(0.3).lineWidth(1).fillAndStroke(COLORS.accent, COLORS.accent);
    doc.fillOpacity(1);
    gaps.forEach((_, i) => {
      const [px, py] = point(i, 4.9);
      layout.draw(String(i + 1), TEXT.small, px - 6, 12, py - 4);
    });
  });
}

/** The plan's phases as bars along its weeks, with the 30/60/90-day marks. */
export function timeline(
  layout: Layout,
  parent: Struct,
  phases: { label: string; start: number; end: number }[],
  marks: { label: string; at: number }[],
  alt: string,
): void {
  const barHeight = 13;
  const height = phases.length * (barHeight + 4) + 22;
  figure(layout, parent, height, alt, (top) => {
    const { doc } = layout;
    const labelWidth = 150;
    const x0 = layout.left + labelWidth;
    const span = layout.width - labelWidth;
    phases.forEach((phase, i) => {
      const y = top + i * (barHeight + 4);
      layout.draw(phase.label, TEXT.small, layout.left, labelWidth - 6, y + 2);
      doc.rect(x0 + phase.start * span, y, Math.max(2, (phase.end - phase.start) * span), barHeight);
      doc.fill(SERIES[i % SERIES.length] ?? COLORS.accent);
    });
    const axis = top + phases.length * (barHeight + 4) + 2;
    doc
      .moveTo(x0, axis)
      .lineTo(x0 + span, axis)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    for (const mark of marks) {
      const x = x0 + mark.at * span;
      doc
        .moveTo(x, top - 2)
        .lineTo(x, axis + 3)
        .dash(2, { space: 2 })
        .strokeColor(COLORS.muted)
        .stroke();
      doc.undash();
      layout.draw(mark.label, TEXT.small, x - 30, 60, axis + 5);
    }
  });
}

/**
 * Values at dates, one line a series: `max` at the top of the axis. A single date sits in the
 * middle, its points drawn as dots.
 */
export function lineChart(
  layout: Layout,
  parent: Struct,
  chart: {
    dates: string[];
    labels: string[];
    max: number;
    ticks: string[];
    series: { name: string; values: (number | null)[] }[];
  },
  alt: string,
): void {
  const height = 118 + Math.ceil(chart.series.length / 3) * 11;
  figure(layout, parent, height, alt, (top) => {
    const { doc } = layout;
    const x0 = layout.left + 28;
    const width = layout.width * 0.7 - 28;
    const plotHeight = 86;
    const x = (i: number) =>
      chart.dates.length === 1 ? x0 + width / 2 : x0 + (i / (chart.dates.length - 1)) * width;
    const y = (value: number) => top + plotHeight - (value / chart.max) * plotHeight;
    chart.ticks.forEach((tick, i) => {
      const value = (i / (chart.ticks.length - 1)) * chart.max;
      doc
        .moveTo(x0, y(value))
        .lineTo(x0 + width, y(value))
        .lineWidth(0.4)
        .strokeColor(COLORS.rule)
        .stroke();
      layout.draw(tick, TEXT.small, layout.left, 26, y(value) - 4);
    });
    chart.labels.forEach((label, i) => layout.draw(label, TEXT.small, x(i) - 22, 44, top + plotHeight + 4));
    chart.series.forEach((series, k) => {
      const color = SERIES[k % SERIES.length] ?? COLORS.accent;
      const points = series.values.flatMap((v, i) => (v === null ? [] : [[x(i), y(v)] as const]));
      if (points.length > 1) {
        doc.moveTo(...(points[0] as [number, number]));
        for (const p of points.slice(1)) doc.lineTo(p[0], p[1]);
        doc.lineWidth(1.3).strokeColor(color).stroke();
      }
      for (const [px, py] of points) doc.circle(px, py, 2).fill(color);
    });
    if (chart.series.length > 1) {
      chart.series.forEach((series, k) => {
        const lx = layout.left + (k % 3) * (layout.width / 3);
        const ly = top + plotHeight + 18 + Math.floor(k / 3) * 11;
        doc.rect(lx, ly + 2, 6, 6).fill(SERIES[k % SERIES.length] ?? COLORS.accent);
        layout.draw(series.name, TEXT.small, lx + 9, layout.width / 3 - 12, ly);
      });
    }
  });
}
