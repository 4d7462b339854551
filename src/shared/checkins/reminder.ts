// The text of the desktop reminder for a day with one-on-ones, or null when there is nothing to say.
import type { DueCheckIn } from './schema';

export function reminderText(due: {
  dueToday: DueCheckIn[];
  overdue: DueCheckIn[];
}): { title: string; body: string } | null {
  const today = [...new Set(due.dueToday.map((c) => c.hireName))];
  const late = [...new Set(due.overdue.map((c) => c.hireName))];
  if (today.length === 0 && late.length === 0) return null;
  const list = (names: string[]) =>
    names.length <= 2 ? names.join(' and ') : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
  const title =
    today.length > 0
      ? `${today.length} one-on-one${today.length === 1 ? '' : 's'} today`
      : 'Overdue one-on-ones';
  const parts = [];
  if (today.length > 0) parts.push(`Today: ${list(today)}.`);
  if (late.length > 0) parts.push(`Overdue: ${list(late)}.`);
  parts.push('Rolebridge has the agendas ready.');
  return { title, body: parts.join(' ') };
}
