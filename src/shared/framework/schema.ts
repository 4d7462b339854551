// What the app accepts for custom roles and competencies, and the framework file format.
import { z } from 'zod';
import {
  FORBIDDEN_KEYS,
  idField,
  idKeyedRecord,
  multiLineText,
  singleLineText,
  uniqueBy,
} from '../text/fields';

// Messages say "Keep the role name to 80 characters": the counts stay unformatted as they always were.
const messagesFor = (label: string, max: number) => ({ max: `Keep the ${label} to ${max} characters` });
const text = (label: string, max: number) =>
  singleLineText({ label, max, messages: messagesFor(label, max) });
const longText = (label: string, max: number) =>
  multiLineText({ label, max, messages: messagesFor(label, max) });

export const entryId = z
  .string({ error: 'Give the id as text' })
  .min(1, 'Give the id')
  .max(64, 'Ids are at most 64 characters')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lower-case letters, digits and hyphens, for example staff-pm')
  .refine((id) => !FORBIDDEN_KEYS.has(id), 'This word is reserved; choose another id');

export const level = z
  .number({ error: 'Level must be a number from 0 to 4' })
  .int('Level must be a whole number from 0 to 4')
  .min(0, 'Level must be from 0 to 4')
  .max(4, 'Level must be from 0 to 4');

export const weight = z
  .number({ error: 'Weight must be 1, 2 or 3' })
  .int('Weight must be 1, 2 or 3')
  .min(1, 'Weight must be 1, 2 or 3')
  .max(3, 'Weight must be 1, 2 or 3');

export const expectationInput = z.strictObject({ level, weight });

const roleFields = {
  name: text('role name', 80),
  summary: longText('summary', 400),
  judgedOn: z.enum(['outputs', 'outcomes'], { error: 'Judged on is outputs or outcomes' }),
  successMeasures: longText('success measures', 300),
  habitsToRelease: longText('habits to release', 300),
  expectations: idKeyedRecord('competency', expectationInput, 'Give expectations per competency'),
};

export const roleCreateInput = z.strictObject({
  ...roleFields,
  id: entryId.optional(),
  basedOn: idField('role it is based on').nullable().optional(),
});

export const roleUpdateInput = z.strictObject({
  id: idField('role id'),
  name: roleFields.name.optional(),
  summary: roleFields.summary.optional(),
  judgedOn: roleFields.judgedOn.optional(),
  successMeasures: roleFields.successMeasures.optional(),
  habitsToRelease: roleFields.habitsToRelease.optional(),
  expectations: roleFields.expectations.optional(),
});

export const roleCloneInput = z.strictObject({
  id: idField('role', { messages: { min: 'Pick the role to clone' } }),
  name: roleFields.name,
});

export const idInput = z.strictObject({
  id: idField('id'),
});

export const compareInput = z.strictObject({
  fromRoleId: idField('role', {
    messages: { type: 'Pick the role to compare from', min: 'Pick the role to compare from' },
  }),
  toRoleId: idField('role', {
    messages: { type: 'Pick the role to compare with', min: 'Pick the role to compare with' },
  }),
});

const activityId = z
  .string({ error: 'Give the activity id as text' })
  .max(80, 'Activity ids are at most 80 characters')
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'Use lower-case letters, digits, dots and hyphens');

export const activityInput = z.strictObject({
  id: activityId.optional(),
  fromLevel: z
    .number({ error: 'Step must be 0, 1, 2 or 3 (the level it starts from)' })
    .int('Step must be a whole number')
    .min(0, 'Step must be 0, 1, 2 or 3')
    .max(3, 'Step must be 0, 1, 2 or 3'),
  title: text('activity title', 120),
  description: longText('steps to take', 600),
  withWhom: text('people involved', 200),
  evidence: longText('evidence', 400),
  kind: z.enum(['experience', 'people', 'course'], { error: 'Kind is experience, people or course' }),
  effortHours: z
    .number({ error: 'Effort must be a number of hours' })
    .positive('Effort must be more than 0 hours')
    .max(40, 'Keep one activity to 40 hours or fewer; split larger ones'),
});

const competencyFields = {
  areaId: idField('area', { messages: { type: 'Pick an area', min: 'Pick an area' } }),
  name: text('competency name', 80),
  summary: longText('summary', 300),
  levels: z
    .array(longText('level description', 400), { error: 'Describe each of the five levels' })
    .length(5, 'Describe each of the five levels, 0 to 4'),
  activities: uniqueBy(
    z.array(activityInput).max(60, 'At most 60 activities per competency'),
    'id',
    (id) => `Activity id "${id}" is used twice`,
  ),
};

export const competencyCreateInput = z.strictObject({ ...competencyFields, id: entryId.optional() });
export const competencyUpdateInput = z.strictObject({
  id: idField('competency id'),
  areaId: competencyFields.areaId.optional(),
  name: competencyFields.name.optional(),
  summary: competencyFields.summary.optional(),
  levels: competencyFields.levels.optional(),
  activities: competencyFields.activities.optional(),
});

export const FRAMEWORK_FILE_FORMAT = 'rolebridge-framework';
export const FRAMEWORK_FILE_VERSION = 1;

export const frameworkFile = z.strictObject({
  format: z.literal(FRAMEWORK_FILE_FORMAT, {
    error: `This is not a Rolebridge framework file (format must be "${FRAMEWORK_FILE_FORMAT}")`,
  }),
  version: z.literal(FRAMEWORK_FILE_VERSION, {
    error: `Only version ${FRAMEWORK_FILE_VERSION} files can be imported`,
  }),
  exportedAt: singleLineText({ label: 'export time', max: 40, min: 0 }).optional(),
  competencies: z.array(z.strictObject({ ...competencyFields, id: entryId })).max(200),
  roles: z
    .array(z.strictObject({ ...roleFields, id: entryId, basedOn: idField('role it is based on').nullable() }))
    .max(200),
});

export const frameworkImportInput = z.strictObject({ file: z.unknown() });
export const csvImportInput = z.strictObject({
  csv: multiLineText({
    label: 'CSV',
    max: 2_000_000,
    min: 0,
    trim: false,
    messages: { type: 'Give the CSV as text', max: 'The CSV file is larger than 2 MB' },
  }),
});
export const csvExportInput = z.strictObject({
  roleIds: uniqueBy(z.array(idField('role')).max(200), null, (id) => `"${id}" is listed twice`).optional(),
});

export type RoleCreateInput = z.output<typeof roleCreateInput>;
export type CompetencyCreateInput = z.output<typeof competencyCreateInput>;
export type FrameworkFile = z.output<typeof frameworkFile>;
