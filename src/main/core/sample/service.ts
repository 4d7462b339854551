// The sample team: three people in different moves, with assessments, plans and a first one-on-one,
// so a new user can see every screen with realistic data, and remove all of it in one click.
import { toCalendarDate } from '@shared/dates/calendar-date';
import type { Db } from '../db/connection';
import { conflict } from '../errors';

type Call = (channel: string, input: unknown) => unknown;

// Full assessments (a partial one makes the plan assume the rest, and say so): a typical person
// in each move, the same levels as the planner's reference plans in tests/unit/planner-fixtures.ts.
const TEAM = [
  {
    name: 'Maya Okafor',
    currentRoleId: 'project-manager',
    targetRoleId: 'product-manager',
    notes: 'Sample: ran delivery for the payments team; now owns the checkout outcome.',
    levels: {
      'outcome-ownership': 1,
      'vision-roadmap': 1,
      prioritisation: 2,
      'business-acumen': 2,
      'customer-discovery': 1,
      'data-fluency': 1,
      'user-experience': 1,
      'market-awareness': 2,
      specification: 2,
      'backlog-management': 2,
      'delivery-planning': 4,
      'technical-fluency': 2,
      'stakeholder-management': 4,
      communication: 3,
      'influence-leadership': 3,
    },
  },
  {
    name: 'Jonas Berg',
    currentRoleId: 'product-owner',
    targetRoleId: 'product-manager',
    notes: 'Sample: wrote the backlog for two squads; learning to set direction.',
    levels: {
      'outcome-ownership': 1,
      'vision-roadmap': 2,
      prioritisation: 3,
      'business-acumen': 1,
      'customer-discovery': 2,
      'data-fluency': 1,
      'user-experience': 2,
      'market-awareness': 1,
      specification: 3,
      'backlog-management': 4,
      'delivery-planning': 2,
      'technical-fluency': 2,
      'stakeholder-management': 2,
      communication: 2,
      'influence-leadership': 2,
    },
  },
  {
    name: 'Priya Raman',
    currentRoleId: 'software-engineer',
    targetRoleId: 'product-manager',
    notes: 'Sample: senior engineer moving into product on the data platform.',
    levels: {
      'outcome-ownership': 1,
      'vision-roadmap': 1,
      prioritisation: 1,
      'business-acumen': 0,
      'customer-discovery': 0,
      'data-fluency': 2,
      'user-experience': 1,
      'market-awareness': 0,
      specification: 2,
      'backlog-management': 1,
      'delivery-planning': 2,
      'technical-fluency': 4,
      'stakeholder-management': 1,
      communication: 2,
      'influence-leadership': 2,
    },
  },
] as const;

export function createSampleService(db: Db, now: () => Date) {
  const ids = db.prepare<[], { hire_id: string }>('SELECT hire_id FROM sample_hires ORDER BY hire_id');
  const mark = db.prepare('INSERT INTO sample_hires (hire_id) VALUES (?)');
  const remove = [
    'DELETE FROM action_items WHERE hire_id = ?',
    'DELETE FROM check_ins WHERE hire_id = ?',
    'DELETE FROM plans WHERE hire_id = ?',
    'DELETE FROM assessments WHERE hire_id = ?',
    'DELETE FROM hires WHERE id = ?',
  ].map((sql) => db.prepare(sql));

  return {
    status(): { hireIds: string[] } {
      return { hireIds: ids.all().map((row) => row.hire_id) };
    },

    /** Creates the team through the same services the screens use. Runs in the caller's transaction. */
    load(call: Call): { hireIds: string[] } {
      if (ids.all().length > 0) throw conflict('The sample team is already loaded.');
      const today = now();
      // The team starts today: the first one-on-ones fall today, so nothing shows as missed before the
      // user has had a chance to look (a start in the past put a missed check-in on every sample hire).
      const start = toCalendarDate(today);
      const hireIds: string[] = [];
      for (const person of TEAM) {
        const hire = call('hires.create', {
          name: person.name,
          currentRoleId: person.currentRoleId,
          targetRoleId: person.targetRoleId,
          startDate: start,
          notes: person.notes,
        }) as { id: string };
        mark.run(hire.id);
        hireIds.push(hire.id);
        call('assessments.create', {
          hireId: hire.id,
          assessedOn: start,
          assessor: 'manager',
          ratings: Object.entries(person.levels).map(([competencyId, level]) => ({
            competencyId,
            level,
            evidence: 'Sample evidence: seen in the last two sprint reviews.',
          })),
        });
        call('plans.create', { hireId: hire.id, startDate: start });
      }
      return { hireIds };
    },

    /** Deletes every sample hire and everything recorded for them; nothing else. */
    remove(): { removed: number } {
      const hireIds = ids.all().map((row) => row.hire_id);
      for (const id of hireIds) for (const statement of remove) statement.run(id);
      return { removed: hireIds.length };
    },
  };
}
