// The first 90 days (the move's own work and the 30/60/90-day marks) and the plan itself: a
// timeline of its phases, then each phase's goals with their activities.
import { dayNumber } from '@shared/dates/calendar-date';
import { levelNames } from '@shared/framework/types';
import { activityList, hireVoice, moveLine } from '../activities';
import { timeline } from '../charts';
import { TEXT } from '../layout';
import { moveItems, type Context } from '../model';

export function firstNinetyDays(ctx: Context): void {
  const { input, blocks, f, forHire } = ctx;
  const { plan } = input;
  const work = moveItems(plan).filter((w) => w.purpose !== 'letGo');
  if (work.length === 0 && plan.milestones.length === 0) return;
  const sect = blocks.section2(forHire ? 'Your first 90 days' : 'The move itself: first 90 days');
  if (work.length > 0)
    activityList(
      ctx,
      sect,
      work.map((w) => moveLine(ctx, w)),
    );
  if (plan.milestones.length > 0) {
    blocks.heading3(sect, forHire ? 'What should be true by when' : 'Milestones', 30);
    const voice = (text: string) => (forHire ? hireVoice(text) : text);
    blocks.simpleList(
      sect,
      plan.milestones.map((m) => `${m.label} (${f.date(m.date)}): ${voice(m.expect)}`),
    );
  }
}

function planTimeline(ctx: Context, sect: PDFKit.PDFStructureElement): void {
  const { input, layout, f } = ctx;
  const { plan } = input;
  const start = dayNumber(plan.horizon.startDate);
  const length = Math.max(1, dayNumber(plan.horizon.endDate) - start);
  const at = (day: string) => Math.min(1, Math.max(0, (dayNumber(day) - start) / length));
  const phases = plan.phases.map((p) => ({
    label: `${p.index + 1}. ${p.name}`,
    start: at(p.startDate),
    end: at(p.endDate),
  }));
  const marks = plan.milestones.map((m) => ({ label: m.label, at: at(m.date) }));
  const alt =
    `Timeline of the plan from ${f.date(plan.horizon.startDate)} to ${f.date(plan.horizon.endDate)}: ` +
    plan.phases
      .map((p) => `phase ${p.index + 1}, ${p.name}, ${f.date(p.startDate)} to ${f.date(p.endDate)}`)
      .join('; ') +
    (marks.length > 0
      ? `. Marked: ${plan.milestones.map((m) => `${m.label} on ${f.date(m.date)}`).join(', ')}.`
      : '.');
  layout.space(2);
  timeline(layout, sect, phases, marks, alt);
  layout.space(6);
}

export function thePlan(ctx: Context): void {
  const { input, layout, blocks, f, forHire } = ctx;
  const { plan } = input;
  const sect = blocks.section2(forHire ? 'Your plan' : 'The plan', 120);
  blocks.paragraph(
    sect,
    forHire
      ? `${f.number(plan.totals.activities)} activities over ${f.number(plan.horizon.weeks)} weeks, about ${f.number(plan.options.hoursPerWeek)} hours a week. Most of the learning is real work; the rest comes from other people and a little study.`
      : `${f.number(plan.totals.activities)} activities, ${f.number(plan.totals.effortHours)} hours over ${f.number(plan.horizon.weeks)} weeks.`,
  );
  planTimeline(ctx, sect);
  for (const phase of plan.phases) {
    const phaseSect = layout.group(sect, 'Sect');
    blocks.heading3(
      phaseSect,
      `${phase.index + 1}. ${phase.name} · ${f.dayMonth(phase.startDate)} – ${f.date(phase.endDate)}`,
      70,
    );
    blocks.paragraph(phaseSect, forHire ? hireVoice(phase.focus) : phase.focus, {
      ...TEXT.small,
      face: 'italic',
    });
    for (const goal of phase.goals) {
      const activities = goal.activities.filter((a) => a.status !== 'removed');
      const title = `${goal.competencyName}: from ${levelNames[goal.fromLevel]} to ${levelNames[goal.toLevel]}, by ${f.date(goal.dueDate)}`;
      layout.space(2);
      layout.needFor([[title, TEXT.strong]], 50);
      layout.element(phaseSect, 'H4', () => layout.draw(title, { ...TEXT.strong, size: 9.5 }));
      layout.space(2);
      activityList(ctx, phaseSect, activities);
    }
  }
  if (!forHire && plan.earlierWork.length > 0) {
    blocks.heading3(sect, 'Done in an earlier version', 30);
    activityList(ctx, sect, plan.earlierWork, false);
  }
}
