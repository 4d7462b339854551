// Recording a held check-in: the checks on what the manager sends or keeps as a draft (each issue names
// its field), then the writes (activities done, pulses, action items, the check-in, the next one's date).
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CheckIn, checkInCompleteInput, checkInDraftInput } from '@shared/checkins/schema';
import type { Framework } from '@shared/framework/types';
import type { FieldIssue } from '@shared/api/result';
import { invalid } from '../errors';
import type { Awaitable } from '../awaitable';
import type { CheckInRepository } from './repository';

type CompleteInput = z.output<typeof checkInCompleteInput>;

export interface CompletionDeps {
  checkIns: CheckInRepository;
  completeActivity: (input: { activityId: string; doneOn: string }) => unknown;
  framework: () => Awaitable<Framework>;
  today: () => string;
  stamp: () => string;
  /** Whether an activity is in one of this hire's plans: a check-in only works its own hire's plan. */
  activityOfHire: (activityId: string, hireId: string) => Awaitable<boolean>;
}

/** Throws a VALIDATION error naming each activity or action item in the draft that is not this hire's. */
export async function checkDraft(
  deps: CompletionDeps,
  checkIn: CheckIn,
  draft: z.output<typeof checkInDraftInput>['draft'],
): Promise<void> {
  const issues: FieldIssue[] = [];
  for (const id of Object.keys(draft.completeActivities ?? {})) {
    if (!(await deps.activityOfHire(id, checkIn.hireId)))
      issues.push({
        field: `draft.completeActivities.${id}`,
        message: 'No such activity in this hire’s plan',
      });
  }
  for (const id of Object.keys(draft.closeActionItems ?? {})) {
    if ((await deps.checkIns.action(id))?.hireId !== checkIn.hireId)
      issues.push({ field: `draft.closeActionItems.${id}`, message: 'No such action item for this hire' });
  }
  if (issues.length > 0) throw invalid(issues);
}

/** Throws a VALIDATION error listing every field of the input that cannot be recorded. */
export async function checkCompletion(
  deps: CompletionDeps,
  checkIn: CheckIn,
  input: CompleteInput,
): Promise<void> {
  const issues: FieldIssue[] = [];
  if (input.heldOn > deps.today())
    issues.push({ field: 'heldOn', message: 'The check-in cannot be held in the future' });
  if (input.nextDate !== null && input.nextDate <= input.heldOn) {
    issues.push({ field: 'nextDate', message: 'The next check-in must come after this one' });
  }
  const known = new Set((await deps.framework()).competencies.map((c) => c.id));
  input.pulses.forEach((p, i) => {
    if (!known.has(p.competencyId))
      issues.push({
        field: `pulses.${i}.competencyId`,
        message: `Unknown competency "${p.competencyId}"`,
      });
  });
  for (const [i, c] of input.closeActionItems.entries()) {
    const item = await deps.checkIns.action(c.id);
    if (!item || item.hireId !== checkIn.hireId)
      issues.push({ field: `closeActionItems.${i}.id`, message: 'No such action item for this hire' });
    else if (item.status !== 'open')
      issues.push({ field: `closeActionItems.${i}.id`, message: 'This action item is closed already' });
  }
  for (const [i, a] of input.completeActivities.entries()) {
    if (!(await deps.activityOfHire(a.activityId, checkIn.hireId)))
      issues.push({
        field: `completeActivities.${i}.activityId`,
        message: 'No such activity in this hire’s plan',
      });
  }
  if (issues.length > 0) throw invalid(issues);
}

/** Writes a checked completion: the work done, the pulses and action items, then the check-in itself. */
export async function recordCompletion(
  deps: CompletionDeps,
  checkIn: CheckIn,
  input: CompleteInput,
): Promise<void> {
  const { checkIns, stamp } = deps;
  for (const activity of input.completeActivities) await deps.completeActivity(activity);
  for (const p of input.pulses) await checkIns.insertPulse(checkIn.id, p);
  for (const item of input.newActionItems) {
    await checkIns.insertAction({
      id: randomUUID(),
      hireId: checkIn.hireId,
      checkInId: checkIn.id,
      text: item.text,
      owner: item.owner,
      dueOn: item.dueOn ?? null,
      now: stamp(),
    });
  }
  for (const c of input.closeActionItems)
    await checkIns.closeAction(c.id, c.status, checkIn.id, input.heldOn);
  await checkIns.complete({
    id: checkIn.id,
    heldOn: input.heldOn,
    sharedNotes: input.sharedNotes.trim(),
    privateNotes: input.privateNotes.trim(),
    now: stamp(),
  });
  if (input.nextDate !== null) await setNextDate(deps, checkIn, input.heldOn, input.nextDate);
  await checkIns.deleteDraft(checkIn.id);
}

/** Moves the next scheduled check-in to the date the manager chose, or schedules one there. */
async function setNextDate(
  deps: CompletionDeps,
  checkIn: CheckIn,
  heldOn: string,
  nextDate: string,
): Promise<void> {
  const { checkIns, stamp } = deps;
  const next = await checkIns.nextScheduledAfter(checkIn.hireId, checkIn.id, heldOn);
  if (next && next.scheduledOn !== nextDate)
    await checkIns.move(next.id, { date: nextDate, time: next.startTime, minutes: next.minutes }, stamp());
  if (!next) {
    await checkIns.insert({
      id: randomUUID(),
      hireId: checkIn.hireId,
      planId: checkIn.planId,
      scheduledOn: nextDate,
      origin: 'manager',
      focusCompetencyIds: [],
      topics: [],
      now: stamp(),
    });
  }
}
