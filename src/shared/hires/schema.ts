// What a hire is, and what the app accepts when one is created or changed.
import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date';
import { idField, multiLineText, singleLineText } from '../text/fields';
import { expectedVersion } from '../api/edit-version';

export const hireStatuses = ['active', 'archived'] as const;
export type HireStatus = (typeof hireStatuses)[number];

export interface Hire {
  id: string;
  name: string;
  currentRoleId: string;
  targetRoleId: string;
  /** First day in the new role, YYYY-MM-DD. */
  startDate: string;
  notes: string;
  status: HireStatus;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  /** Raised by every edit; an edit sends back the one it was made on (api/edit-version.ts). */
  version: number;
}

export const limits = {
  nameMax: 120,
  notesMax: 20_000,
  searchMax: 200,
  idMax: 64,
} as const;

export const hireId = idField('hire’s id', {
  max: limits.idMax,
  messages: { type: 'Give the hire’s id as text', max: 'That is not a hire id' },
});

const name = singleLineText({
  label: 'name',
  max: limits.nameMax,
  messages: { min: 'Enter the person’s name' },
});

const roleId = (what: string) =>
  idField(what, {
    max: limits.idMax,
    messages: { type: `Pick the ${what}`, min: `Pick the ${what}`, max: `Pick the ${what} from the list` },
  });

const startDate = z
  .string({ error: 'Enter the start date' })
  .refine(isCalendarDate, 'Enter a real date as YYYY-MM-DD, for example 2026-03-02');

const notes = multiLineText({
  label: 'notes',
  max: limits.notesMax,
  min: 0,
  trim: false,
  messages: { type: 'Notes must be text' },
});

export const hireCreateInput = z.strictObject({
  name,
  currentRoleId: roleId('current role'),
  targetRoleId: roleId('target role'),
  startDate,
  notes: notes.optional(),
});

export const hireUpdateInput = z.strictObject({
  id: hireId,
  name: name.optional(),
  currentRoleId: roleId('current role').optional(),
  targetRoleId: roleId('target role').optional(),
  startDate: startDate.optional(),
  notes: notes.optional(),
  expectedVersion,
});

export const hireListInput = z.strictObject({
  search: singleLineText({
    label: 'search',
    max: limits.searchMax,
    min: 0,
    trim: false,
    messages: { type: 'Search must be text' },
  }).optional(),
  status: z
    .enum(['active', 'archived', 'all'], { error: 'Status is one of active, archived or all' })
    .optional(),
});

export const hireIdInput = z.strictObject({ id: hireId });

export type HireCreateInput = z.input<typeof hireCreateInput>;
export type HireUpdateInput = z.input<typeof hireUpdateInput>;
export type HireListInput = z.input<typeof hireListInput>;
