// The rhythm of the plan: every one-on-one with its weekday, grouped by month; the reassessment
// dates and what each checks; and the follow-on skills left for after the plan.
import { levelNames } from '@shared/framework/types';
import { hireVoice } from '../activities';
import type { Context } from '../model';

/** The one-on-ones' dates by month, in date order: [month label, "Mon 4 Jan · Mon 11 Jan …"]. */
export function byMonth(ctx: Context, dates: string[]): [string, string][] {
  const months = new Map<string, string[]>();
  for (const date of [...dates].sort()) {
    const key = date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), date]);
  }
  return [...months.values()].map((days) => [
    ctx.f.month(days[0] as string),
    days.map((d) => ctx.f.weekdayDate(d)).join('  ·  '),
  ]);
}

function rhythm(ctx: Context, dates: string[]): string {
  const { input, forHire, f } = ctx;
  const gaps = dates.slice(1).map((d, i) => (Date.parse(d) - Date.parse(dates[i] as string)) / 86_400_000);
  const weekly = gaps.filter((g) => g <= 8).length;
  const fortnightly = gaps.length - weekly;
  const pace =
    weekly > 0 && fortnightly > 0
      ? 'weekly at first, then every two weeks'
      : weekly > 0
        ? 'every week'
        : 'every two weeks';
  const who = input.managerName || (forHire ? 'your manager' : 'you');
  return forHire
    ? `${f.number(dates.length)} one-on-ones with ${who}, ${pace}. Bring what you tried since the last one, what got in the way, and one question.`
    : `${f.number(dates.length)} one-on-ones, ${pace}.`;
}

export function oneOnOnes(ctx: Context): void {
  const { input, blocks, f, forHire } = ctx;
  const { plan } = input;
  if (plan.checkIns.length > 0) {
    const sect = blocks.section2(forHire ? 'Your one-on-ones' : 'One-on-ones', 60);
    const dates = plan.checkIns.map((c) => c.date).sort();
    blocks.paragraph(sect, rhythm(ctx, dates));
    blocks.table(
      sect,
      [
        { title: 'Month', share: 22 },
        { title: 'One-on-ones', share: 78 },
      ],
      byMonth(ctx, dates),
      { rowHeaders: true },
    );
  }
  if (plan.reassessments.length > 0) {
    const sect = blocks.section2(forHire ? 'When your progress is reassessed' : 'Reassessments', 50);
    if (forHire)
      blocks.paragraph(
        sect,
        'Your manager rates each skill again on these dates, and you rate yourself; the plan is adjusted to what you both see.',
      );
    blocks.table(
      sect,
      [
        { title: 'Date', share: 22 },
        { title: 'What it checks', share: 78 },
      ],
      plan.reassessments.map((r) => [f.weekdayDateYear(r.date), forHire ? hireVoice(r.reason) : r.reason]),
      { rowHeaders: true },
    );
  }
}

export function followOn(ctx: Context): void {
  const { input, blocks, forHire } = ctx;
  const goals = input.plan.followOn;
  if (goals.length === 0) return;
  const sect = blocks.section2(forHire ? 'After this plan' : 'Optional follow-on (not dated)', 40);
  blocks.paragraph(
    sect,
    forHire
      ? `The ${input.toRoleName} role counts these as useful rather than essential: work on them after the plan, or alongside it if there is room.`
      : 'Lower-weight gaps left out of the dated plan: after it, or alongside it if there is room.',
  );
  blocks.simpleList(
    sect,
    goals.map(
      (g) =>
        `${g.competencyName}: ${levelNames[g.fromLevel]} to ${levelNames[g.toLevel]}` +
        (g.activityTitles.length > 0 ? `. For example: ${g.activityTitles.slice(0, 2).join('; ')}` : ''),
    ),
  );
}
