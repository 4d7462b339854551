// The manager's own framework entries: their checks (every step has an activity, expectations name
// known competencies, built-in entries stay as they are) and their shapes as stored.
import type { z } from 'zod';
import type { FieldIssue } from '@shared/api/result';
import { ACTIVITY_STEPS } from '@shared/framework/validate';
import type { activityInput, roleCreateInput } from '@shared/framework/schema';
import type { Activity, Expectation, Role } from '@shared/framework/types';
import { slug } from '@shared/text/slug';
import { conflict } from '../errors';
import type { FrameworkRepository } from './repository';

type ActivityInput = z.output<typeof activityInput>;

export function freeId(name: string, taken: (id: string) => boolean): string {
  const base = slug(name);
  let id = base;
  for (let n = 2; taken(id); n += 1) id = `${base}-${n}`;
  return id;
}

export function checkExpectations(
  expectations: Record<string, Expectation>,
  known: ReadonlySet<string>,
  prefix = '',
): FieldIssue[] {
  return Object.keys(expectations)
    .filter((id) => !known.has(id))
    .map((id) => ({ field: `${prefix}expectations.${id}`, message: `Unknown competency "${id}"` }));
}

export function checkActivities(activities: ActivityInput[], prefix = ''): FieldIssue[] {
  const missing = ACTIVITY_STEPS.filter((step) => !activities.some((a) => a.fromLevel === step));
  return missing.length === 0
    ? []
    : [
        {
          field: `${prefix}activities`,
          message: `Add at least one activity for each step; missing: ${missing.map((s) => `level ${s} to ${s + 1}`).join(', ')}`,
        },
      ];
}

export function toActivities(competencyId: string, inputs: ActivityInput[]): Activity[] {
  const used = new Set<string>();
  return inputs.map((input, index) => {
    let id = input.id ?? `${competencyId}.${index + 1}`;
    for (let n = 2; used.has(id); n += 1) id = `${competencyId}.${index + 1}-${n}`;
    used.add(id);
    return {
      ...input,
      id,
      competencyId,
      fromLevel: input.fromLevel as Activity['fromLevel'],
      builtIn: false,
    };
  });
}

export function requireCustom(entry: { builtIn: boolean; name: string }, what: string): void {
  if (entry.builtIn)
    throw conflict(`${entry.name} is a built-in ${what} and cannot be changed; clone it to make your own`);
}

export async function saveRole(
  repo: FrameworkRepository,
  input: z.output<typeof roleCreateInput> & { id: string },
  timestamp: string,
): Promise<Role> {
  const saved: Role = {
    id: input.id,
    name: input.name,
    summary: input.summary,
    judgedOn: input.judgedOn,
    successMeasures: input.successMeasures,
    habitsToRelease: input.habitsToRelease,
    basedOn: input.basedOn ?? null,
    expectations: input.expectations as Record<string, Expectation>,
    builtIn: false,
  };
  await repo.saveRole(saved, timestamp);
  return saved;
}
