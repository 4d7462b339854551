// Skill-gap assessments: a level per competency of the target role, by the manager or the hire.
import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date';
import type { Level } from '../framework/types';
import { idField, multiLineText, uniqueBy } from '../text/fields';

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

const id = (what: string) => idField(what);

const rating = z.strictObject({
  competencyId: idField('competency'),
  level: z
    .number({ error: 'Pick a level' })
    .int('Pick a level from 0 to 4')
    .min(0, 'Pick a level from 0 to 4')
    .max(4, 'Pick a level from 0 to 4'),
  evidence: multiLineText({
    label: 'evidence',
    max: 4000,
    min: 0,
    trim: false,
    messages: { type: 'Evidence must be text', max: 'Keep evidence to 4,000 characters' },
  }).optional(),
});

const ratings = uniqueBy(
  z
    .array(rating, { error: 'Rate the competencies' })
    .min(1, 'Rate at least one competency')
    .max(60, 'Too many ratings'),
  'competencyId',
  (id) => `"${id}" is rated twice`,
);

const note = multiLineText({
  label: 'note',
  max: 10_000,
  min: 0,
  trim: false,
  messages: { type: 'The note must be text' },
}).optional();

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
  reason: multiLineText({
    label: 'reason',
    max: 1000,
    messages: { type: 'Say why you are correcting it', min: 'Say why you are correcting it' },
  }),
});

export const assessmentListInput = z.strictObject({ hireId: id('hire') });

export type AssessmentCreateInput = z.input<typeof assessmentCreateInput>;
