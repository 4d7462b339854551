// Sections only the manager's copy has: where the gaps are (table and radar), progress once there
// are two assessments to compare, and the held one-on-ones' summaries (private notes only when
// the manager explicitly asked for them).
import { lineChart, radar, SERIES } from '../charts';
import { COLORS, TEXT } from '../layout';
import type { Context } from '../model';

export function gaps(ctx: Context): void {
  const { input, layout, blocks } = ctx;
  const { plan } = input;
  const rows = plan.gaps.filter((g) => g.target > 0 || g.current > 0);
  if (rows.length === 0) return;
  const sect = blocks.section2('Where the gaps are', 80);
  blocks.paragraph(
    sect,
    plan.assumedCurrentLevels
      ? 'No assessment yet: current levels are those the previous role expects.'
      : 'Current levels from the assessment the plan was built on.',
    TEXT.small,
  );
  blocks.table(
    sect,
    [
      { title: '#', share: 6 },
      { title: 'Competency', share: 50 },
      { title: 'Current', share: 14 },
      { title: 'Target', share: 12 },
      { title: 'Gap (weighted)', share: 18 },
    ],
    rows.map((g, i) => [
      String(i + 1),
      g.name,
      g.assumed && !plan.assumedCurrentLevels ? `${g.current} (assumed)` : String(g.current),
      String(g.target),
      g.weightedGap ? ctx.f.number(g.weightedGap) : '–',
    ]),
  );
  const behind = rows.filter((g) => g.target > g.current);
  const alt =
    `Radar chart of ${rows.length} competencies numbered as in the table, current level against target on a scale of 0 to 4. ` +
    (behind.length > 0
      ? `Below target: ${behind.map((g) => `${g.name} ${g.current} of ${g.target}`).join(', ')}.`
      : 'Every competency is at or above its target.');
  radar(layout, sect, rows, alt, layout.left + (layout.width - 180) / 2);
  layout.element(sect, 'P', () =>
    layout.draw(
      'Blue: current level. Grey: target. Numbers match the table.',
      TEXT.small,
      layout.left,
      layout.width,
    ),
  );
}

export function progress(ctx: Context): void {
  const { input, layout, blocks, f } = ctx;
  const { progress: report, plan } = input;
  // One assessment is a starting point, not progress: the section waits for a second.
  if (report.assessments.length < 2) return;
  const sect = blocks.section2('Progress so far', 190);
  const pct = (value: number | null) => (value === null ? 'Not yet known' : f.percent(value));
  const latest = report.assessments.at(-1);
  blocks.grid(
    sect,
    [
      ['Readiness', pct(report.readiness)],
      ['Gap closed', pct(report.gapClosed)],
      [
        'Ready by',
        report.forecast.reached
          ? 'Ready now'
          : report.forecast.date
            ? f.date(report.forecast.date)
            : 'Not yet forecast',
      ],
      ['Latest assessment', latest ? f.date(latest.assessedOn) : ''],
    ],
    4,
  );
  blocks.paragraph(sect, report.forecast.explanation, TEXT.small);
  const dates = report.assessments.map((a) => a.assessedOn);
  const readinessAlt = `Line chart of readiness at each assessment: ${report.assessments
    .map((a) => `${f.date(a.assessedOn)} ${f.percent(a.readiness)}${a.assessor === 'self' ? ' (self)' : ''}`)
    .join(', ')}.`;
  lineChart(
    layout,
    sect,
    {
      dates,
      labels: dates.map((d) => f.dayMonth(d)),
      max: 1,
      ticks: ['0%', '50%', '100%'],
      series: [{ name: 'Readiness', values: report.assessments.map((a) => a.readiness) }],
    },
    readinessAlt,
  );
  const managerRated = report.assessments.filter((a) => a.assessor === 'manager');
  const largest = [...plan.gaps]
    .filter((g) => g.target > g.current && managerRated.some((a) => a.levels[g.competencyId] !== undefined))
    .sort((a, b) => b.weightedGap - a.weightedGap)
    .slice(0, SERIES.length);
  if (managerRated.length < 2 || largest.length === 0) return;
  layout.element(sect, 'P', () =>
    layout.draw('Largest gaps: level at each manager assessment (0–4)', TEXT.label),
  );
  const series = largest.map((g) => ({
    name: g.name,
    values: managerRated.map((a) => a.levels[g.competencyId] ?? null),
  }));
  const alt = `Line chart of the largest gaps' levels at each manager assessment: ${series
    .map((s) => `${s.name} ${s.values.map((v) => (v === null ? 'not rated' : String(v))).join(' then ')}`)
    .join('; ')}.`;
  const managerDates = managerRated.map((a) => a.assessedOn);
  lineChart(
    layout,
    sect,
    {
      dates: managerDates,
      labels: managerDates.map((d) => f.dayMonth(d)),
      max: 4,
      ticks: ['0', '1', '2', '3', '4'],
      series,
    },
    alt,
  );
}

export function checkInSummaries(ctx: Context): void {
  const { input, layout, blocks, f } = ctx;
  if (!input.options.includeCheckIns) return;
  const held = input.checkIns.filter((c) => c.status === 'done');
  if (held.length === 0) return;
  const sect = blocks.section2('Check-in summaries');
  for (const c of held) {
    blocks.heading3(sect, f.weekdayDateYear(c.heldOn ?? c.scheduledOn), 24, TEXT.strong);
    blocks.paragraph(sect, c.sharedNotes);
    if (input.options.includePrivateNotes && c.privateNotes) {
      const text = `Private: ${c.privateNotes}`;
      const style = { ...TEXT.body, face: 'italic' as const };
      const width = layout.width - 12;
      const height = layout.measure(text, style, width);
      const draw = () => layout.element(sect, 'P', () => layout.draw(text, style, layout.left + 6, width));
      // A private note taller than a page flows on plainly; a shorter one sits in its tinted box.
      if (height < 400) blocks.boxed(height, draw, '#fff9db');
      else draw();
    }
    const lines = [
      ...c.pulses.map(
        (p) =>
          `Confidence in ${input.competencyNames.get(p.competencyId) ?? p.competencyId}: ${p.confidence} of 5`,
      ),
      ...c.actionItems.map(
        (a) =>
          `Action: ${a.text} (${a.owner === 'hire' ? input.hireName : input.managerName || 'manager'}${a.dueOn ? `, by ${f.date(a.dueOn)}` : ''}; ${a.status})`,
      ),
    ];
    if (lines.length > 0) blocks.simpleList(sect, lines, { ...TEXT.small, color: COLORS.text });
  }
}
