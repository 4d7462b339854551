// Activities as the document lists them: what to do, with whom, when and for how long, and what
// shows it worked; in the manager's copy also whether it is done. The hire's version says "you".
import { COLORS, TEXT } from './layout';
import type { Context, MoveItem } from './model';
import type { Struct } from './layout';

export interface ActivityLine {
  title: string;
  description: string;
  withWhom: string;
  evidence: string;
  effortHours: number;
  startDate: string;
  dueDate: string;
  status: 'planned' | 'done' | 'removed';
  doneOn: string | null;
}

/**
 * Planner and library text says "the person" to the manager; the hire reads it about themselves.
 * Longer phrases first, so "the person is" becomes "you are", not "you is".
 */
const TO_HIRE: [RegExp, string][] = [
  // The phases' focus speaks to the manager as "you" (src/shared/planner/phases.ts).
  [/\bThe person leads their goals and you coach\b/g, 'You lead your goals and your manager coaches'],
  [
    /\bYou step back to coaching and meet every two weeks\./g,
    'Your manager steps back to coaching; you meet every two weeks.',
  ],
  [/\bthe person is\b/g, 'you are'],
  [/\bThe person is\b/g, 'You are'],
  [/\bthe person has\b/g, 'you have'],
  [/\bThe person has\b/g, 'You have'],
  [/\bthe person's\b|\bthe person’s\b/g, 'your'],
  [/\bthe person\b/g, 'you'],
  [/\bThe person\b/g, 'You'],
  [/\btheir manager\b/g, 'your manager'],
  [/\bYou, their manager\b/g, 'Your manager'],
];

export function hireVoice(text: string): string {
  return TO_HIRE.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** The move's own work, rewritten for the hire where the planner speaks to the manager. */
export function moveLine(ctx: Context, item: MoveItem): ActivityLine {
  const { input, forHire } = ctx;
  if (!forHire) return item;
  const manager = input.managerName ? `Your manager, ${input.managerName}` : 'Your manager';
  if (item.purpose === 'expectations')
    return {
      ...item,
      title: 'Agree what success means now',
      description: `In your first one-on-one your manager says plainly how your work is judged as a ${input.toRoleName}. Together you agree who decides what, how disagreements are settled, and what should be true at 30, 60 and 90 days.`,
      withWhom: manager,
      evidence: 'You can say, in your own words, how your work will be judged from now on.',
    };
  if (item.purpose === 'peer')
    return {
      ...item,
      description: `An experienced ${input.toRoleName} outside your line meets you for half an hour every two weeks through your first 90 days, on whatever is hard that week.`,
      evidence: 'You bring a question from your own work to each meeting.',
    };
  return {
    ...item,
    description: hireVoice(item.description),
    withWhom: hireVoice(item.withWhom),
    evidence: hireVoice(item.evidence),
  };
}

function metaLine(ctx: Context, a: ActivityLine): string {
  const { f, forHire } = ctx;
  const when =
    a.startDate === a.dueDate ? f.date(a.dueDate) : `${f.dayMonth(a.startDate)} – ${f.date(a.dueDate)}`;
  // "On your own" stands alone; everyone else is "With …".
  const who = /^(on|by|with|alone|reviewed|through|in)\b/i.test(a.withWhom)
    ? a.withWhom
    : `With ${lowerFirst(a.withWhom)}`;
  const parts = [who, when, `${f.number(a.effortHours)} h`];
  if (!forHire) parts.push(a.status === 'done' ? `done ${a.doneOn ? f.date(a.doneOn) : ''}`.trim() : 'to do');
  return parts.join(' · ');
}

/** "With an analyst", but "With Anna" and "With Your manager" → "With your manager". */
function lowerFirst(text: string): string {
  return /^(An?|The|Your|You)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function evidenceLine(ctx: Context, a: ActivityLine): string {
  if (!a.evidence) return '';
  return ctx.forHire
    ? `How you will know it worked: ${hireVoice(a.evidence)}`
    : `Shows it worked: ${a.evidence}`;
}

/** The activities as a list; each item's title, its description, the when-and-who line and the evidence. */
export function activityList(
  ctx: Context,
  parent: Struct,
  activities: ActivityLine[],
  withDescription = true,
): void {
  const { layout, blocks } = ctx;
  const parts = (a: ActivityLine) => ({
    title: a.title,
    description: withDescription ? (ctx.forHire ? hireVoice(a.description) : a.description) : '',
    meta: metaLine(ctx, a),
    evidence: evidenceLine(ctx, a),
  });
  const detail = { ...TEXT.small, color: COLORS.muted };
  blocks.list(
    parent,
    activities,
    {
      texts: (a, width) => {
        const p = parts(a);
        return [
          [`${p.title}   ${p.meta}`, TEXT.strong, width],
          [p.description, TEXT.small, width],
          [p.evidence, TEXT.small, width],
        ];
      },
      body: (a, x, width) => {
        const p = parts(a);
        // The title and when, with whom and how long share a line; what to do and what shows it
        // worked follow.
        layout.drawRuns(
          [
            [`${p.title}   `, TEXT.strong],
            [p.meta, detail],
          ],
          x,
          width,
        );
        layout.draw(p.description, { ...TEXT.small, color: COLORS.text }, x, width);
        layout.draw(p.evidence, { ...TEXT.small, face: 'italic' }, x, width);
      },
    },
    2,
  );
}
