// Topics for the one-on-ones that either side adds: the manager in the app, the hire through the
// shared packet. A topic stays on every agenda until it is discussed or dropped.
import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date';
import { hireId } from '../hires/schema';
import { idField, singleLineText } from '../text/fields';

export const topicAuthors = ['manager', 'hire'] as const;
export type TopicAuthor = (typeof topicAuthors)[number];
export const topicStatuses = ['open', 'discussed', 'dropped'] as const;
export type TopicStatus = (typeof topicStatuses)[number];

export interface Topic {
  id: string;
  hireId: string;
  text: string;
  addedBy: TopicAuthor;
  status: TopicStatus;
  /** The day it was discussed or dropped; null while open. */
  closedOn: string | null;
  createdAt: string;
}

export const topicLimits = { textMax: 500 } as const;

export const topicText = singleLineText({
  label: 'topic',
  max: topicLimits.textMax,
  messages: { type: 'Write the topic as text', min: 'Write the topic' },
});

export const topicListInput = z.strictObject({
  hireId,
  /** Open topics only (the agenda), or every topic with the closed ones after (the history). */
  which: z.enum(['open', 'all'], { error: 'Ask for open or all topics' }).optional(),
});

export const topicAddInput = z.strictObject({ hireId, text: topicText });

export const topicCloseInput = z.strictObject({
  id: idField('topic'),
  status: z.enum(['discussed', 'dropped'], { error: 'Say whether the topic was discussed or dropped' }),
  on: z
    .string({ error: 'Enter the day as YYYY-MM-DD' })
    .refine(isCalendarDate, 'Enter the day as a real date, YYYY-MM-DD'),
});

export const topicIdInput = z.strictObject({ id: idField('topic') });
