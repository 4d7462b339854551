// Skill-gap assessments: a level per competency of the target role, by the manager or the hire.
import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date';
import type { Level } from '../framework/types';

export type Assessor = 'manager' | 'self';

export interface Rating {
  competencyId: string;
  level: Level;
  evidence: string;
}

export interface Assessment {
  id: string;
  hireId: string;
  /** The target role the hire was assessed against. */
  roleId: string;
  assessedOn: string;
  assessor: Assessor;
  note: string;
  ratings: Rating[];
  /** The assessment this one corrects, if it is a correction. */
  correctsId: string | null;
  correctionReason: string | null;
  /** Set when a later correction replaced this one; it stays readable as history. */
  correctedById: string | null;
  createdAt: string;
}

const id = (what: string) =>
  z
    .string({ error: `Give the ${what}` })
    .min(1, `Give the ${what}`)
    .max(64, `That is not a ${what}`);

const rating = z.strictObject({
  competencyId: z.string({ error: 'Give the competency' }).min(1, 'Give the competency').max(64),
  level: z
    .number({ error: 'Pick a level' })
    .int('Pick a level from 0 to 4')
    .min(0, 'Pick a level from 0 to 4')
    .max(4, 'Pick a level from 0 to 4'),
  evidence: z
    .string({ error: 'Evidence must be text' })
    .max(4000, 'Keep evidence to 4,000 characters')
    .optional(),
});

const ratings = z
  .array(rating, { error: 'Rate the competencies' })
  .min(1, 'Rate at least one competency')
  .max(60, 'Too many ratings');

const note = z
  .string({ error: 'The note must be text' })
  .max(10_000, 'Keep the note to 10,000 characters')
  .optional();

export const assessmentCreateInput = z.strictObject({
  hireId: id('hire'),
  assessedOn: z
    .string({ error: 'Enter the date of the assessment' })
    .refine(isCalendarDate, 'Enter a real date as YYYY-MM-DD'),
  assessor: z.enum(['manager', 'self'], { error: 'Say who assessed: manager or self' }),
  ratings,
  note,
});

export const assessmentCorrectInput = z.strictObject({
  id: id('assessment'),
  ratings,
  note,
  reason: z
    .string({ error: 'Say why you are correcting it' })
    .trim()
    .min(1, 'Say why you are correcting it')
    .max(1000, 'Keep the reason to 1,000 characters'),
});

export const assessmentListInput = z.strictObject({ hireId: id('hire') });

export type AssessmentCreateInput = z.input<typeof assessmentCreateInput>;
