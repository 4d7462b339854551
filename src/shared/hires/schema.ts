// What a hire is, and what the app accepts when one is created or changed.
import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date';

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
}

export const limits = {
  nameMax: 120,
  notesMax: 20_000,
  searchMax: 200,
  idMax: 64,
} as const;

export const hireId = z
  .string({ error: 'Give the hire’s id as text' })
  .min(1, 'Give the hire’s id')
  .max(limits.idMax, 'That is not a hire id');

const name = z
  .string({ error: 'Enter the name as text' })
  .trim()
  .min(1, 'Enter the person’s name')
  .max(limits.nameMax, `Keep the name to ${limits.nameMax} characters`);

const roleId = (what: string) =>
  z
    .string({ error: `Pick the ${what}` })
    .min(1, `Pick the ${what}`)
    .max(limits.idMax, `Pick the ${what} from the list`);

const startDate = z
  .string({ error: 'Enter the start date' })
  .refine(isCalendarDate, 'Enter a real date as YYYY-MM-DD, for example 2026-03-02');

const notes = z
  .string({ error: 'Notes must be text' })
  .max(limits.notesMax, `Keep notes to ${limits.notesMax.toLocaleString('en')} characters`);

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
});

export const hireListInput = z.strictObject({
  search: z
    .string({ error: 'Search must be text' })
    .max(limits.searchMax, `Keep the search to ${limits.searchMax} characters`)
    .optional(),
  status: z
    .enum(['active', 'archived', 'all'], { error: 'Status is one of active, archived or all' })
    .optional(),
});

export const hireIdInput = z.strictObject({ id: hireId });

export type HireCreateInput = z.input<typeof hireCreateInput>;
export type HireUpdateInput = z.input<typeof hireUpdateInput>;
export type HireListInput = z.input<typeof hireListInput>;
