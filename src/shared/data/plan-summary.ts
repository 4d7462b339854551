// The shape of a saved plan's summary (what the planner decided that is not edited afterwards), as
// stored in plans.summary: an imported file is held to it so every screen that reads a plan can.
import { z } from 'zod';
import { level, weight } from '../framework/schema';
import type { PlanSummaryPart } from '../plans/schema';
import { calendarDate, rowId, text } from './row-values';

const name = text({ max: 200, required: true });
const sentence = text({ max: 4000, multiline: true });
const hours = z.number({ error: 'must be a number of hours' }).min(0, 'must not be negative');
const count = z.number({ error: 'must be a whole number' }).int('must be a whole number').min(0);

export const planSummarySchema = z.object(
  {
    fromRoleName: name,
    toRoleName: name,
    assumedCurrentLevels: z.boolean({ error: 'must be true or false' }),
    options: z.object({
      hoursPerWeek: hours.positive('must be more than 0').max(40, 'must be at most 40'),
      cadence: z.enum(['auto', 'weekly', 'biweekly'], { error: 'must be auto, weekly or biweekly' }),
      maxConcurrent: count.min(1).max(10),
      targetEndDate: calendarDate.nullable(),
    }),
    horizon: z.object({ startDate: calendarDate, endDate: calendarDate, weeks: count.max(520) }),
    gaps: z
      .array(
        z.object({
          competencyId: rowId,
          name,
          current: level,
          target: level,
          weight,
          weightedGap: z.number({ error: 'must be a number' }),
          assumed: z.boolean({ error: 'must be true or false' }).optional(),
          planned: z
            .enum(['core', 'followOn', 'none'], { error: 'must be core, followOn or none' })
            .optional(),
        }),
      )
      .max(500),
    carryOver: z.array(z.object({ competencyId: rowId, name, level })).max(500),
    letGo: z.array(z.object({ competencyId: rowId, name, from: level, to: level })).max(500),
    expectations: z.array(sentence).max(100),
    // Parts of the brief added when it came to be derived from the person: older plans lack them.
    largestGaps: z
      .array(z.object({ competencyId: rowId, name, current: level, target: level }))
      .max(500)
      .optional(),
    assumedCompetencyIds: z.array(rowId).max(500).optional(),
    transitionWork: z
      .array(
        z.object({
          id: rowId,
          purpose: z.enum(['expectations', 'peer', 'letGo'], {
            error: 'must be expectations, peer or letGo',
          }),
          competencyId: rowId.nullable(),
          title: name,
          description: sentence,
          withWhom: sentence,
          evidence: sentence,
          kind: z.enum(['experience', 'people', 'course'], { error: 'must be experience, people or course' }),
          effortHours: hours.max(200),
          spanWeeks: count.min(1).max(520),
          startDate: calendarDate,
          dueDate: calendarDate,
          checkInTopic: sentence,
        }),
      )
      .max(100)
      .optional(),
    followOn: z
      .array(
        z.object({
          competencyId: rowId,
          competencyName: name,
          fromLevel: level,
          toLevel: level,
          weight,
          activityTitles: z.array(name).max(100),
        }),
      )
      .max(500)
      .optional(),
    milestones: z
      .array(z.object({ day: count.max(3650), label: name, date: calendarDate, expect: sentence }))
      .max(20)
      .optional(),
    warnings: z.array(sentence).max(100),
    totals: z.object({
      effortHours: hours,
      activities: count,
      hoursByKind: z.object({ experience: hours, people: hours, course: hours }),
    }),
    load: z.object({ paceHoursPerWeek: hours, weeklyHours: z.array(hours).max(520) }),
  },
  { error: 'must be a plan summary written by the planner' },
);

// Fails to compile when the planner's summary gains a field this schema does not check.
type Unchecked = Exclude<keyof PlanSummaryPart, keyof z.output<typeof planSummarySchema>>;
export const planSummaryChecksEveryField: [Unchecked] extends [never] ? true : Unchecked = true;
