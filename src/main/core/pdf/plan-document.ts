// A coaching plan as a PDF that reads like a professional document: cover, brief, gaps with a radar,
// phases with goals and activities, schedule, reassessments and, when there are assessments, progress.
// Noto Sans is embedded so names such as Łukasz Żółć, Ørsted, Σωκράτης and Дмитрий print correctly.
import { createRequire } from 'node:module';
import { createElement as h, type ReactElement, type ReactNode } from 'react';
import {
  Circle,
  Document,
  Font,
  Line,
  Page,
  Polygon,
  Polyline,
  Svg,
  StyleSheet,
  Text,
  View,
  renderToBuffer,
} from '@react-pdf/renderer';
import { format } from 'date-fns';
import { toLocalDate } from '@shared/dates/calendar-date';
import { levelNames } from '@shared/framework/types';
import type { SavedPlan } from '@shared/plans/schema';
import type { CheckIn } from '@shared/checkins/schema';
import type { HireProgress } from '@shared/progress/report';
import { cacheShaping, type ShapingFont } from './shaping-cache';

const FAMILY = 'Noto Sans';
const FACES = [
  { fontWeight: 400, fontStyle: 'normal' },
  { fontWeight: 700, fontStyle: 'normal' },
  { fontWeight: 400, fontStyle: 'italic' },
] as const;
let fontsRegistered = false;
let fontsReady: Promise<void> | null = null;

/** Registers and opens the embedded faces once, each remembering the text it has shaped. */
function prepareFonts(): Promise<void> {
  fontsReady ??= (async () => {
    if (!fontsRegistered) registerFonts();
    for (const { fontWeight, fontStyle } of FACES) {
      const source = Font.getFont({ fontFamily: FAMILY, fontWeight, fontStyle });
      await source.load();
      if (source.data && 'layout' in source.data) cacheShaping(source.data as unknown as ShapingFont);
    }
  })().catch((error: unknown) => {
    fontsReady = null; // a later export tries again
    throw error;
  });
  return fontsReady;
}

function registerFonts(): void {
  const require = createRequire(import.meta.url);
  const [regular, bold, italic] = FACES;
  Font.register({
    family: FAMILY,
    fonts: [
      { ...regular, src: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf') },
      { ...bold, src: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf') },
      {
        ...italic,
        src: require.resolve('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
      },
    ],
  });
  // Long words and names must never be split with hyphens.
  Font.registerHyphenationCallback((word) => [word]);
  fontsRegistered = true;
}

export interface PlanPdfInput {
  hireName: string;
  managerName: string;
  fromRoleName: string;
  toRoleName: string;
  plan: SavedPlan;
  progress: HireProgress;
  checkIns: CheckIn[];
  competencyNames: Map<string, string>;
  options: { paper: 'A4' | 'LETTER'; includeCheckIns: boolean; includePrivateNotes: boolean };
  generatedOn: string;
}

const INDIGO = '#4c6ef5';
const GREY = '#868e96';
const LIGHT = '#e9ecef';

/** A line height in points: `ratio` times the font size. */
function leading(fontSize: number, ratio: number): string {
  return `${Math.round(fontSize * ratio * 100) / 100}pt`;
}

const styles = StyleSheet.create({
  page: {
    fontFamily: FAMILY,
    fontSize: 9.5,
    paddingTop: 40,
    paddingBottom: 50,
    paddingHorizontal: 44,
    color: '#212529',
  },
  // Line height goes on the content, not the page, and in points: when react-pdf lays a page out
  // again for its page numbers, a page's line height pushes the footer off the page and a
  // unitless one is applied twice (double-spaced text).
  body: { lineHeight: leading(9.5, 1.4) },
  footer: {
    position: 'absolute',
    bottom: 22,
    left: 44,
    right: 44,
    fontSize: 8,
    color: GREY,
    flexDirection: 'row',
    justifyContent: 'space-between',
  },
  brand: { fontSize: 9, color: INDIGO, fontWeight: 700, letterSpacing: 1 },
  title: { fontSize: 22, fontWeight: 700, marginTop: 6, lineHeight: leading(22, 1.25) },
  subtitle: { fontSize: 12, color: '#495057', marginTop: 2, lineHeight: leading(12, 1.3) },
  coverGrid: {
    flexDirection: 'row',
    flexWrap: 'wrap',
    marginTop: 16,
    borderTop: `1pt solid ${LIGHT}`,
    paddingTop: 10,
  },
  coverCell: { width: '33%', marginBottom: 8 },
  label: { fontSize: 7.5, color: GREY, textTransform: 'uppercase', letterSpacing: 0.5 },
  h2: {
    fontSize: 13,
    fontWeight: 700,
    marginTop: 18,
    marginBottom: 6,
    color: '#1c2a6b',
    lineHeight: leading(13, 1.3),
  },
  h3: { fontSize: 11, fontWeight: 700, marginTop: 10, marginBottom: 3, lineHeight: leading(11, 1.3) },
  paragraph: { marginBottom: 4 },
  muted: { color: GREY },
  row: { flexDirection: 'row' },
  table: { borderTop: `0.5pt solid ${LIGHT}` },
  tr: { flexDirection: 'row', borderBottom: `0.5pt solid ${LIGHT}`, paddingVertical: 3 },
  th: { fontWeight: 700, fontSize: 8, color: '#495057' },
  goal: { border: `0.5pt solid ${LIGHT}`, borderRadius: 3, padding: 7, marginBottom: 6 },
  warning: { backgroundColor: '#fff4e6', padding: 7, borderRadius: 3, marginTop: 8 },
  private: { backgroundColor: '#fff9db', padding: 4, marginTop: 2 },
});

const date = (value: string) => format(toLocalDate(value), 'd MMM yyyy');
const t = (style: object | object[], ...children: ReactNode[]) =>
  h(Text, { style: style as never }, ...children);
const v = (style: object | object[], ...children: ReactNode[]) =>
  h(View, { style: style as never }, ...children);
/**
 * Lines a text takes at about `perLine` characters a line. A goal or check-in estimated at more
 * than LINES_KEPT_WHOLE lines may break between its rows: kept whole but taller than a page,
 * react-pdf would cut it off.
 */
const linesOf = (text: string, perLine: number) => (text ? Math.ceil(text.length / perLine) : 0);
const LINES_KEPT_WHOLE = 40;

/** A heading that never ends a page: at least a few lines of what follows go with it. */
const heading = (style: object, text: string) =>
  h(Text, { style: style as never, minPresenceAhead: 36 }, text);

/**
 * A table cell taking `share` parts of the row (flex proportions; percentages are slow to lay out).
 * Plain text is the cell itself: one layout node instead of a box around a text.
 */
function cell(share: number, content: ReactNode, extra: object = {}) {
  const style = { flexGrow: share, flexBasis: 0, paddingRight: 4, ...extra };
  return typeof content === 'string' || typeof content === 'number'
    ? t(style, String(content))
    : v(style, content);
}

/** A small check box drawn as a bordered square: the embedded font has no check-mark glyph. */
function checkBox(done: boolean): ReactElement {
  return v({
    width: 7,
    height: 7,
    marginTop: 2.5,
    border: `0.8pt solid ${done ? INDIGO : GREY}`,
    backgroundColor: done ? INDIGO : undefined,
  });
}

function radar(
  labels: string[],
  series: { values: number[]; color: string; opacity: number }[],
): ReactElement {
  const size = 190;
  const c = size / 2;
  const r = 62;
  const n = labels.length;
  const point = (i: number, value: number) => {
    const angle = (Math.PI * 2 * i) / n - Math.PI / 2;
    return [c + Math.cos(angle) * r * (value / 4), c + Math.sin(angle) * r * (value / 4)] as const;
  };
  const ring = (level: number) => labels.map((_, i) => point(i, level).join(',')).join(' ');
  return h(
    Svg,
    { width: size, height: size, viewBox: `0 0 ${size} ${size}` },
    ...[1, 2, 3, 4].map((level) =>
      h(Polygon, {
        key: `ring-${level}`,
        points: ring(level),
        stroke: LIGHT,
        strokeWidth: 0.6,
        fill: 'none',
      }),
    ),
    ...labels.map((_, i) => {
      const [x, y] = point(i, 4);
      return h(Line, { key: `spoke-${i}`, x1: c, y1: c, x2: x, y2: y, stroke: LIGHT, strokeWidth: 0.6 });
    }),
    ...series.map((s, k) =>
      h(Polygon, {
        key: `series-${k}`,
        points: s.values.map((value, i) => point(i, value).join(',')).join(' '),
        stroke: s.color,
        strokeWidth: 1,
        fill: s.color,
        fillOpacity: s.opacity,
      }),
    ),
    ...labels.map((label, i) => {
      const [x, y] = point(i, 5.2);
      return h(
        Text,
        { key: `label-${i}`, x: x - 6, y: y + 2, style: { fontSize: 6, fill: GREY } },
        String(i + 1),
      );
    }),
  );
}

/**
 * The shared frame of the two trend charts: dates along the bottom (a single date sits in the
 * middle), 0–1 up the side, and the date labels under the points.
 */
function timeFrame(dates: string[]) {
  const width = 300;
  const height = 110;
  const pad = 24;
  const xs = dates.map((d) => toLocalDate(d).getTime());
  const min = Math.min(...xs);
  const span = Math.max(...xs) - min;
  const x = (i: number) =>
    span === 0 ? width / 2 : pad + (((xs[i] ?? min) - min) / span) * (width - pad * 2);
  const y = (fraction: number) => height - pad - fraction * (height - pad * 1.6);
  const dateLabels = dates.map((d, i) =>
    h(
      Text,
      { key: `d-${i}`, x: x(i) - 14, y: height - 6, style: { fontSize: 6, fill: GREY } },
      format(toLocalDate(d), 'd MMM yy'),
    ),
  );
  return { width, height, pad, x, y, dateLabels, svg: { width, height, viewBox: `0 0 ${width} ${height}` } };
}

function trend(points: { date: string; readiness: number }[]): ReactElement {
  const { width, pad, x, y, dateLabels, svg } = timeFrame(points.map((p) => p.date));
  const coords = points.map((p, i) => `${x(i)},${y(p.readiness)}`).join(' ');
  return h(
    Svg,
    svg,
    h(Line, { x1: pad, y1: y(0), x2: width - pad, y2: y(0), stroke: LIGHT, strokeWidth: 0.8 }),
    h(Line, {
      x1: pad,
      y1: y(1),
      x2: width - pad,
      y2: y(1),
      stroke: LIGHT,
      strokeWidth: 0.8,
      strokeDasharray: '3 3',
    }),
    h(Text, { x: 2, y: y(1) + 2, style: { fontSize: 6, fill: GREY } }, '100%'),
    h(Text, { x: 6, y: y(0) + 2, style: { fontSize: 6, fill: GREY } }, '0%'),
    h(Polyline, { points: coords, stroke: INDIGO, strokeWidth: 1.4, fill: 'none' }),
    ...dateLabels,
  );
}

/** Colours for the per-competency lines; distinct in print and in greyscale order. */
const SERIES = ['#4c6ef5', '#e8590c', '#2b8a3e', '#ae3ec9', '#1098ad'];

/**
 * Level of each of the largest-gap competencies at every manager assessment (self-assessments
 * would zig-zag against them), 0–4 on the vertical axis, with a legend naming each line. Only
 * competencies the manager has rated at least once are drawn, so every legend entry has a line.
 */
function competencyTrend(
  assessments: { assessedOn: string; levels: Record<string, number> }[],
  competencies: { id: string; name: string }[],
): ReactElement {
  const frame = timeFrame(assessments.map((a) => a.assessedOn));
  const { width, pad, x, dateLabels, svg } = frame;
  const y = (level: number) => frame.y(level / 4);
  return v(
    {},
    h(
      Svg,
      svg,
      ...[0, 1, 2, 3, 4].map((level) =>
        h(Line, {
          key: `grid-${level}`,
          x1: pad,
          y1: y(level),
          x2: width - pad,
          y2: y(level),
          stroke: LIGHT,
          strokeWidth: 0.6,
        }),
      ),
      ...[0, 1, 2, 3, 4].map((level) =>
        h(
          Text,
          { key: `level-${level}`, x: 10, y: y(level) + 2, style: { fontSize: 6, fill: GREY } },
          String(level),
        ),
      ),
      ...competencies.flatMap((c, k) => {
        const color = SERIES[k % SERIES.length] ?? INDIGO;
        const points = assessments.flatMap((a, i) => {
          const level = a.levels[c.id];
          return level === undefined ? [] : [[x(i), y(level)] as const];
        });
        return [
          ...(points.length > 1
            ? [
                h(Polyline, {
                  key: `line-${c.id}`,
                  points: points.map((p) => p.join(',')).join(' '),
                  stroke: color,
                  strokeWidth: 1.2,
                  fill: 'none',
                }),
              ]
            : []),
          ...points.map(([px, py], i) =>
            h(Circle, { key: `dot-${c.id}-${i}`, cx: px, cy: py, r: 1.8, fill: color }),
          ),
        ];
      }),
      ...dateLabels,
    ),
    v(
      { flexDirection: 'row', flexWrap: 'wrap' },
      ...competencies.map((c, k) =>
        v(
          { flexDirection: 'row', alignItems: 'center', marginRight: 8, marginBottom: 2 },
          v({ width: 6, height: 6, backgroundColor: SERIES[k % SERIES.length] ?? INDIGO, marginRight: 3 }),
          t({ fontSize: 7.5, color: GREY }, c.name),
        ),
      ),
    ),
  );
}

function planDocument(input: PlanPdfInput): ReactElement {
  const { plan, progress } = input;
  const latest =
    progress.assessments.filter((a) => a.assessor === 'manager').at(-1) ?? progress.assessments.at(-1);
  const gapRows = plan.gaps.filter((g) => g.target > 0 || g.current > 0);
  const held = input.checkIns.filter((c) => c.status === 'done');
  const managerAssessments = progress.assessments.filter((a) => a.assessor === 'manager');
  const trendCompetencies = [...plan.gaps]
    .filter(
      (g) => g.target > g.current && managerAssessments.some((a) => a.levels[g.competencyId] !== undefined),
    )
    .sort((a, b) => b.weightedGap - a.weightedGap)
    .slice(0, SERIES.length)
    .map((g) => ({ id: g.competencyId, name: g.name }));
  const footer = h(
    View,
    { style: styles.footer, fixed: true },
    t({}, `${input.hireName} · ${input.fromRoleName} to ${input.toRoleName} · plan version ${plan.version}`),
    h(Text, {
      render: ({ pageNumber, totalPages }: { pageNumber: number; totalPages: number }) =>
        `Page ${pageNumber} of ${totalPages}`,
    }),
  );

  const page = (...content: ReactNode[]) =>
    h(Page, { size: input.options.paper, style: styles.page }, footer, v(styles.body, ...content));

  const cover = v(
    {},
    t(styles.brand, 'ROLEBRIDGE · COACHING PLAN'),
    t(styles.title, input.hireName),
    t(styles.subtitle, `From ${input.fromRoleName} to ${input.toRoleName}`),
    v(
      styles.coverGrid,
      ...[
        ['Manager', input.managerName || '—'],
        ['Plan', `Version ${plan.version}${plan.status === 'current' ? ' (current)' : ' (earlier version)'}`],
        ['Runs', `${date(plan.horizon.startDate)} – ${date(plan.horizon.endDate)}`],
        ['Length', `${plan.horizon.weeks} weeks`],
        ['Development time', `${plan.options.hoursPerWeek} h a week`],
        ['Produced', date(input.generatedOn)],
      ].map(([label, value]) => v(styles.coverCell, t(styles.label, label ?? ''), t({}, value ?? ''))),
    ),
  );

  const brief = v(
    {},
    heading(styles.h2, 'Expectations for the move'),
    ...plan.expectations.map((p) => t(styles.paragraph, p)),
    v(
      [styles.row, { marginTop: 6 }],
      v(
        { width: '50%', paddingRight: 10 },
        heading(styles.h3, 'Strengths to lean on'),
        ...(plan.carryOver.length
          ? plan.carryOver.map((s) => t({}, `• ${s.name} (${levelNames[s.level]})`))
          : [t(styles.muted, 'None yet at the new role’s level.')]),
      ),
      v(
        { width: '50%' },
        heading(styles.h3, 'Let go or hand to others'),
        ...(plan.letGo.length
          ? plan.letGo.map((s) => t({}, `• ${s.name}`))
          : [t(styles.muted, 'Nothing to hand over.')]),
      ),
    ),
    ...(plan.transitionWork.length
      ? [
          heading(styles.h3, 'The move itself: first weeks'),
          ...plan.transitionWork.map((w) => t({}, `• ${date(w.startDate)} – ${date(w.dueDate)}: ${w.title}`)),
        ]
      : []),
    ...(plan.milestones.length
      ? [
          heading(styles.h3, 'Milestones'),
          ...plan.milestones.map((m) => t({}, `• ${m.label} (${date(m.date)}): ${m.expect}`)),
        ]
      : []),
    ...(plan.followOn.length
      ? [
          heading(styles.h3, 'Optional follow-on (not dated)'),
          ...plan.followOn.map((g) =>
            t({}, `• ${g.competencyName}: ${levelNames[g.fromLevel]} → ${levelNames[g.toLevel]}`),
          ),
        ]
      : []),
    ...(plan.warnings.length
      ? [
          v(
            styles.warning,
            t({ fontWeight: 700 }, 'Before you start'),
            ...plan.warnings.map((w) => t({}, `• ${w}`)),
          ),
        ]
      : []),
  );

  const gaps = v(
    {},
    heading(styles.h2, 'Where the gaps are'),
    t(
      [styles.muted, { marginBottom: 4 }],
      plan.assumedCurrentLevels
        ? 'No assessment yet: current levels are those the previous role expects.'
        : 'Current levels from the assessment the plan was built on.',
    ),
    v(
      styles.row,
      v(
        { width: '62%' },
        v(
          styles.table,
          v(
            styles.tr,
            cell(8, t(styles.th, '#')),
            cell(46, t(styles.th, 'Competency')),
            cell(15, t(styles.th, 'Current')),
            cell(15, t(styles.th, 'Target')),
            cell(16, t(styles.th, 'Gap (weighted)')),
          ),
          ...gapRows.map((g, i) =>
            h(
              View,
              { style: styles.tr, wrap: false, key: g.competencyId },
              cell(8, String(i + 1)),
              cell(46, g.name),
              // A level the assessment left out is marked: the plan assumed the previous role's.
              cell(
                15,
                g.assumed && !plan.assumedCurrentLevels ? `${g.current} (assumed)` : String(g.current),
              ),
              cell(15, String(g.target)),
              cell(16, g.weightedGap ? String(g.weightedGap) : '—'),
            ),
          ),
        ),
      ),
      v(
        { width: '38%', alignItems: 'center' },
        radar(
          gapRows.map((g) => g.name),
          [
            { values: gapRows.map((g) => g.target), color: GREY, opacity: 0.12 },
            { values: gapRows.map((g) => g.current), color: INDIGO, opacity: 0.3 },
          ],
        ),
        t({ fontSize: 7.5, color: GREY }, 'Blue: current. Grey: target. Numbers match the table.'),
      ),
    ),
  );

  // Each phase starts a page: pages laid out separately keep pagination from relaying out the
  // rest of the document at every break, which is what makes long plans slow.
  const phases = plan.phases.map((phase, i) =>
    v(
      {},
      ...(i === 0 ? [heading(styles.h2, 'The plan')] : []),
      heading(
        styles.h3,
        `${phase.index + 1}. ${phase.name} · ${date(phase.startDate)} – ${date(phase.endDate)}`,
      ),
      t([styles.muted, { marginBottom: 4 }], phase.focus),
      ...phase.goals.map((goal) => {
        const activities = goal.activities.filter((a) => a.status !== 'removed');
        const lines = activities.reduce((n, a) => n + linesOf(a.title, 50) + linesOf(a.description, 65), 3);
        return h(
          View,
          { style: styles.goal, wrap: lines > LINES_KEPT_WHOLE, key: goal.id },
          heading(
            { fontWeight: 700 },
            `${goal.competencyName}: from ${levelNames[goal.fromLevel]} to ${levelNames[goal.toLevel]}`,
          ),
          t(
            [styles.muted, { marginBottom: 3 }],
            `Level ${goal.fromLevel} to ${goal.toLevel}, by ${date(goal.dueDate)}`,
          ),
          ...activities.map((a) =>
            h(
              View,
              { style: [styles.tr, { borderBottom: 'none', paddingVertical: 1.5 }], wrap: false, key: a.id },
              cell(4, checkBox(a.status === 'done')),
              t(
                { flexGrow: 62, flexBasis: 0, paddingRight: 4 },
                a.title,
                ...(a.description ? ['\n', t({ fontSize: 8, color: GREY }, a.description)] : []),
              ),
              cell(
                12,
                a.kind === 'experience' ? 'On the job' : a.kind === 'people' ? 'With people' : 'Course',
              ),
              cell(7, `${a.effortHours} h`),
              cell(15, a.status === 'done' && a.doneOn ? `done ${date(a.doneOn)}` : date(a.dueDate)),
            ),
          ),
        );
      }),
    ),
  );

  const schedule = v(
    {},
    heading(styles.h2, 'One-on-ones and reassessments'),
    v(
      styles.row,
      v(
        { width: '50%', paddingRight: 10 },
        heading(styles.h3, `Check-ins (${plan.checkIns.length})`),
        v(
          { flexDirection: 'row', flexWrap: 'wrap' },
          ...plan.checkIns.map((c) => t({ width: '33%', fontSize: 8.5 }, date(c.date))),
        ),
      ),
      v(
        { width: '50%' },
        heading(styles.h3, 'Reassessments'),
        ...plan.reassessments.map((r) =>
          v({ marginBottom: 3 }, t({ fontWeight: 700 }, date(r.date)), t({ fontSize: 8.5 }, r.reason)),
        ),
      ),
    ),
  );

  const progressSection =
    progress.assessments.length > 0
      ? h(
          View,
          { wrap: false },
          heading(styles.h2, 'Progress so far'),
          v(
            styles.row,
            v(
              { width: '40%' },
              t(styles.label, 'Readiness'),
              t(
                { fontSize: 20, fontWeight: 700, lineHeight: leading(20, 1.25), marginBottom: 4 },
                progress.readiness === null ? '—' : `${Math.round(progress.readiness * 100)}%`,
              ),
              t(styles.label, 'Gap closed'),
              t(
                { fontSize: 14, fontWeight: 700, lineHeight: leading(14, 1.25), marginBottom: 4 },
                progress.gapClosed === null ? '—' : `${Math.round(progress.gapClosed * 100)}%`,
              ),
              t(styles.label, 'Ready by'),
              t(
                { fontWeight: 700 },
                progress.forecast.reached
                  ? 'Ready now'
                  : progress.forecast.date
                    ? date(progress.forecast.date)
                    : '—',
              ),
              t({ fontSize: 8, color: GREY }, progress.forecast.explanation),
              t([styles.label, { marginTop: 4 }], 'Latest assessment'),
              t({}, latest ? date(latest.assessedOn) : '—'),
            ),
            v(
              { width: '60%' },
              t(styles.label, 'Readiness at each assessment'),
              trend(progress.assessments.map((a) => ({ date: a.assessedOn, readiness: a.readiness }))),
            ),
          ),
          ...(managerAssessments.length > 0 && trendCompetencies.length > 0
            ? [
                v(
                  { marginTop: 6 },
                  t(styles.label, 'Largest gaps: level at each manager assessment (0–4)'),
                  competencyTrend(managerAssessments, trendCompetencies),
                ),
              ]
            : []),
        )
      : null;

  const checkInSummaries =
    input.options.includeCheckIns && held.length > 0
      ? v(
          {},
          heading(styles.h2, 'Check-in summaries'),
          ...held.map((c) =>
            h(
              View,
              {
                style: { marginBottom: 8 },
                key: c.id,
                wrap:
                  1 +
                    linesOf(c.sharedNotes, 90) +
                    (input.options.includePrivateNotes ? linesOf(c.privateNotes, 90) : 0) +
                    c.pulses.length +
                    c.actionItems.length * 2 >
                  LINES_KEPT_WHOLE,
              },
              heading({ fontWeight: 700 }, date(c.heldOn ?? c.scheduledOn)),
              ...(c.sharedNotes ? [t({}, c.sharedNotes)] : []),
              ...(input.options.includePrivateNotes && c.privateNotes
                ? [v(styles.private, t({ fontStyle: 'italic' }, `Private: ${c.privateNotes}`))]
                : []),
              ...c.pulses.map((p) =>
                t(
                  { fontSize: 8.5, color: GREY },
                  `Confidence in ${input.competencyNames.get(p.competencyId) ?? p.competencyId}: ${p.confidence}/5`,
                ),
              ),
              ...c.actionItems.map((a) =>
                t(
                  { fontSize: 8.5 },
                  `Action: ${a.text} (${a.owner === 'hire' ? input.hireName : 'manager'}${a.dueOn ? `, by ${date(a.dueOn)}` : ''}; ${a.status})`,
                ),
              ),
            ),
          ),
        )
      : null;

  return h(
    Document,
    {
      title: `Coaching plan: ${input.hireName}`,
      author: input.managerName || 'Rolebridge',
      creator: 'Rolebridge',
      producer: 'Rolebridge',
    },
    page(cover, brief),
    page(gaps, progressSection),
    ...phases.map((phase) => page(phase)),
    page(schedule, checkInSummaries),
  );
}

export async function renderPlanPdf(input: PlanPdfInput): Promise<Buffer> {
  await prepareFonts();
  return renderToBuffer(planDocument(input) as Parameters<typeof renderToBuffer>[0]);
}
