// What each stored row may hold, table by table: the limits the services apply when they write
// (text, ids, dates, enums, the shapes of JSON columns). An imported data file is held to them row
// by row, so a file can never hold what the app would not have written itself.
// tests/core/import-validation.test.ts fails when a table gains a column these rules do not know.
import { z } from 'zod';
import { competencyCreateInput, level, weight } from '@shared/framework/schema';
import { checkInDraftInput, checkInLength } from '@shared/checkins/schema';
import { checkInTime, settingsUpdateInput } from '@shared/settings/schema';
import { planSummarySchema } from '@shared/data/plan-summary';
import { calendarDate, instant, jsonColumn, rowId, text, wholeNumber } from '@shared/data/row-values';
import type { TABLE_ORDER } from './tables';

const optional = <T extends z.ZodType>(schema: T) => schema.optional();
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

const position = wholeNumber(0, 100_000);
// A hire's or one-on-one's edit count (migrations/0016); a file from before it has none and starts at 1.
const editVersion = wholeNumber(1, 2_147_483_647);
const effortHours = z
  .number({ error: 'must be a number of hours' })
  .positive('must be more than 0 hours')
  .max(40, 'must be at most 40 hours');
const activityKind = oneOf(['experience', 'people', 'course']);
// Ids of library activities: a competency id, a dot and a number or letter (`data-fluency.1b`).
const activityId = text({ max: 80, required: true });
const checkInTopics = jsonColumn(
  z.array(text({ max: 500, required: true }), { error: 'must be a list of questions' }).max(20),
);
const competencyIds = jsonColumn(z.array(rowId, { error: 'must be a list of competency ids' }).max(100));

/** Settings keys and the values the settings screen may store for each. */
export const SETTINGS_VALUES = settingsUpdateInput.shape;
const settingsKeys = Object.keys(SETTINGS_VALUES) as [
  keyof typeof SETTINGS_VALUES,
  ...(keyof typeof SETTINGS_VALUES)[],
];

const settingsRow = z
  .strictObject({
    key: z.enum(settingsKeys, { error: `is not a setting; settings are ${settingsKeys.join(', ')}` }),
    value: z.string({ error: 'must be JSON written as text' }),
    updated_at: instant,
  })
  .superRefine((row, ctx) => {
    let value: unknown;
    try {
      value = JSON.parse(row.value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not valid JSON', path: ['value'] });
      return;
    }
    const result = SETTINGS_VALUES[row.key].safeParse(value);
    if (!result.success || result.data === undefined) {
      const message = result.error?.issues[0]?.message ?? 'must have a value';
      ctx.addIssue({ code: 'custom', message, path: ['value'] });
    }
  });

/**
 * One zod schema per table, keyed by column name. Columns with a default may be left out; columns
 * that may be NULL may be null or left out.
 */
export const ROW_RULES = {
  custom_competencies: z.strictObject({
    id: rowId,
    area_id: rowId,
    name: text({ max: 80, required: true }),
    summary: text({ max: 300, required: true, multiline: true }),
    levels: jsonColumn(competencyCreateInput.shape.levels),
    created_at: instant,
    updated_at: instant,
  }),
  custom_activities: z.strictObject({
    id: activityId,
    competency_id: rowId,
    position,
    from_level: wholeNumber(0, 3),
    title: text({ max: 120, required: true }),
    description: text({ max: 600, required: true, multiline: true }),
    with_whom: text({ max: 200, required: true, multiline: true }),
    evidence: text({ max: 400, required: true, multiline: true }),
    kind: activityKind,
    effort_hours: effortHours,
  }),
  custom_roles: z.strictObject({
    id: rowId,
    name: text({ max: 80, required: true }),
    summary: text({ max: 400, required: true, multiline: true }),
    judged_on: oneOf(['outputs', 'outcomes']),
    success_measures: text({ max: 300, required: true, multiline: true }),
    habits_to_release: text({ max: 300, required: true, multiline: true }),
    based_on: nullable(rowId),
    created_at: instant,
    updated_at: instant,
  }),
  custom_role_expectations: z.strictObject({ role_id: rowId, competency_id: rowId, level, weight }),
  hires: z
    .strictObject({
      id: rowId,
      name: text({ max: 120, required: true }),
      current_role_id: rowId,
      target_role_id: rowId,
      start_date: calendarDate,
      notes: optional(text({ max: 20_000, multiline: true })),
      status: optional(oneOf(['active', 'archived'])),
      created_at: instant,
      updated_at: instant,
      archived_at: nullable(instant),
      version: optional(editVersion),
    })
    .superRefine((row, ctx) => {
      const archived = row.status === 'archived';
      if (archived !== ((row.archived_at ?? null) !== null)) {
        ctx.addIssue({
          code: 'custom',
          path: ['archived_at'],
          message: archived
            ? 'must say when an archived hire was archived'
            : 'must be empty for an active hire',
        });
      }
    }),
  hire_leave: z.strictObject({
    id: rowId,
    hire_id: rowId,
    start_on: calendarDate,
    end_on: calendarDate,
    note: optional(text({ max: 200 })),
    created_at: instant,
  }),
  hire_topics: z
    .strictObject({
      id: rowId,
      hire_id: rowId,
      text: text({ max: 500, required: true }),
      added_by: oneOf(['manager', 'hire']),
      status: optional(oneOf(['open', 'discussed', 'dropped'])),
      closed_on: nullable(calendarDate),
      created_at: instant,
    })
    .superRefine((row, ctx) => {
      const open = (row.status ?? 'open') === 'open';
      if (open !== ((row.closed_on ?? null) === null)) {
        ctx.addIssue({
          code: 'custom',
          path: ['closed_on'],
          message: open
            ? 'must be empty for an open topic'
            : 'must be given for a discussed or dropped topic',
        });
      }
    }),
  evidence_entries: z.strictObject({
    id: rowId,
    hire_id: rowId,
    competency_id: rowId,
    noted_on: calendarDate,
    source: oneOf(['hire', 'manager', 'stakeholder']),
    source_name: optional(text({ max: 120 })),
    text: text({ max: 2000, required: true, multiline: true }),
    created_at: instant,
  }),
  hire_packets: z.strictObject({
    id: rowId,
    hire_id: rowId,
    version: wholeNumber(1, 100_000),
    created_at: instant,
  }),
  sample_hires: z.strictObject({ hire_id: rowId }),
  assessments: z.strictObject({
    id: rowId,
    hire_id: rowId,
    role_id: rowId,
    assessed_on: calendarDate,
    assessor: oneOf(['manager', 'self']),
    note: optional(text({ max: 10_000, multiline: true })),
    corrects_id: nullable(rowId),
    correction_reason: nullable(text({ max: 1000, multiline: true })),
    corrected_by_id: nullable(rowId),
    created_at: instant,
  }),
  assessment_ratings: z.strictObject({
    assessment_id: rowId,
    competency_id: rowId,
    level,
    evidence: optional(text({ max: 4000, multiline: true })),
  }),
  plans: z
    .strictObject({
      id: rowId,
      hire_id: rowId,
      version: wholeNumber(1, 100_000),
      status: oneOf(['current', 'superseded']),
      assessment_id: nullable(rowId),
      from_role_id: rowId,
      to_role_id: rowId,
      start_date: calendarDate,
      end_date: calendarDate,
      summary: jsonColumn(planSummarySchema),
      created_at: instant,
    })
    .superRefine((row, ctx) => {
      if (row.end_date < row.start_date)
        ctx.addIssue({ code: 'custom', path: ['end_date'], message: 'is before the plan’s start date' });
    }),
  plan_phases: z.strictObject({
    id: rowId,
    plan_id: rowId,
    position,
    key: oneOf(['learn', 'practise', 'stretch', 'own', 'build', 'consolidate']),
    name: text({ max: 200, required: true }),
    focus: text({ max: 2000, multiline: true }),
    start_date: calendarDate,
    end_date: calendarDate,
  }),
  plan_goals: z.strictObject({
    id: rowId,
    plan_id: rowId,
    phase_id: rowId,
    position,
    competency_id: rowId,
    competency_name: text({ max: 200, required: true }),
    from_level: wholeNumber(0, 3),
    to_level: wholeNumber(1, 4),
    weight,
    start_date: calendarDate,
    due_date: calendarDate,
  }),
  plan_activities: z.strictObject({
    id: rowId,
    plan_id: rowId,
    goal_id: nullable(rowId),
    position,
    library_activity_id: nullable(activityId),
    // Empty for the move's expectations conversation and peer, which no competency owns.
    competency_id: rowId.or(z.literal('')),
    title: text({ max: 200, required: true }),
    description: optional(text({ max: 2000, multiline: true })),
    with_whom: optional(text({ max: 600, multiline: true })),
    evidence: optional(text({ max: 2000, multiline: true })),
    kind: activityKind,
    effort_hours: effortHours,
    start_date: calendarDate,
    due_date: calendarDate,
    status: optional(oneOf(['planned', 'done', 'removed'])),
    done_on: nullable(calendarDate),
    origin: oneOf(['planner', 'manager', 'carried']),
    updated_at: instant,
    move_purpose: nullable(oneOf(['expectations', 'peer', 'letGo'])),
    check_in_topic: optional(text({ max: 500 })),
  }),
  plan_check_ins: z.strictObject({
    id: rowId,
    plan_id: rowId,
    position,
    date: calendarDate,
    phase_position: position,
    focus_competency_ids: competencyIds,
    focus_activity_ids: jsonColumn(z.array(activityId, { error: 'must be a list of activity ids' }).max(100)),
    topics: optional(checkInTopics),
  }),
  plan_reassessments: z.strictObject({
    plan_id: rowId,
    position,
    date: calendarDate,
    reason: text({ max: 2000, multiline: true }),
  }),
  check_ins: z.strictObject({
    id: rowId,
    hire_id: rowId,
    plan_id: nullable(rowId),
    scheduled_on: calendarDate,
    status: optional(oneOf(['scheduled', 'done', 'cancelled'])),
    origin: oneOf(['plan', 'manager']),
    held_on: nullable(calendarDate),
    shared_notes: optional(text({ max: 50_000, multiline: true })),
    private_notes: optional(text({ max: 50_000, multiline: true })),
    focus_competency_ids: optional(competencyIds),
    topics: optional(checkInTopics),
    start_time: nullable(checkInTime),
    minutes: nullable(checkInLength),
    sequence: optional(wholeNumber(0, 1_000_000_000)),
    created_at: instant,
    updated_at: instant,
    version: optional(editVersion),
  }),
  check_in_pulses: z.strictObject({
    check_in_id: rowId,
    competency_id: rowId,
    confidence: wholeNumber(1, 5),
  }),
  action_items: z
    .strictObject({
      id: rowId,
      hire_id: rowId,
      check_in_id: rowId,
      text: text({ max: 500, required: true, multiline: true }),
      owner: oneOf(['manager', 'hire']),
      due_on: nullable(calendarDate),
      status: optional(oneOf(['open', 'done', 'dropped'])),
      closed_in_check_in_id: nullable(rowId),
      closed_on: nullable(calendarDate),
      created_at: instant,
    })
    .superRefine((row, ctx) => {
      // Closing an action item always records where and when (checkIns.complete); reopening is not possible.
      const open = (row.status ?? 'open') === 'open';
      for (const column of ['closed_in_check_in_id', 'closed_on'] as const) {
        if (open !== ((row[column] ?? null) === null)) {
          ctx.addIssue({
            code: 'custom',
            path: [column],
            message: open
              ? 'must be empty for an open action item'
              : 'must be given for a closed action item',
          });
        }
      }
    }),
  check_in_drafts: z.strictObject({
    check_in_id: rowId,
    draft: jsonColumn(checkInDraftInput.shape.draft),
    updated_at: instant,
  }),
  // Kept in the data file: they say what the manager's calendar holds, which an import elsewhere must
  // still cancel on the next re-plan and export, or the calendar keeps meetings the plan dropped.
  check_in_exports: z.strictObject({
    hire_id: rowId,
    exported_at: instant,
  }),
  cancelled_check_ins: z.strictObject({
    id: rowId,
    hire_id: rowId,
    scheduled_on: calendarDate,
    start_time: nullable(checkInTime),
    minutes: nullable(checkInLength),
    sequence: wholeNumber(1, 1_000_000_000),
    cancelled_at: instant,
  }),
  settings: settingsRow,
} satisfies Record<(typeof TABLE_ORDER)[number], z.ZodType>;

export type RuledTable = keyof typeof ROW_RULES;

/** The columns each table's rule knows, for the test that keeps the rules in step with migrations. */
export function ruledColumns(table: RuledTable): string[] {
  return Object.keys(ROW_RULES[table].shape);
}
