// What the check-in form holds while the manager types (saved as the draft), where it starts from,
// and the `checkIns.complete` input it becomes on Save. Pure, so the mapping is tested on its own.
import type { ChannelInput } from '@shared/api/contract';
import type { ActionOwner, Agenda, CheckInDraft } from '@shared/checkins/schema';

export interface CheckInFormState {
  heldOn: string;
  sharedNotes: string;
  privateNotes: string;
  /** Confidence from 1 to 5 by competency id. */
  pulses: Record<string, number>;
  newActionItems: { text: string; owner: ActionOwner; dueOn: string | null }[];
  closeActionItems: Record<string, 'done' | 'dropped'>;
  /** The day each ticked activity was done, by activity id. */
  completeActivities: Record<string, string>;
  nextDate: string | null;
}

/**
 * The form as the draft left it, or fresh: held today, unless it is today's check-in; the next
 * one-on-one on the date the plan's cadence suggests (a draft may have cleared it on purpose).
 */
export function initialCheckInForm(agenda: Agenda, today: string): CheckInFormState {
  const draft: CheckInDraft = agenda.draft ?? {};
  return {
    heldOn: draft.heldOn ?? today,
    sharedNotes: draft.sharedNotes ?? '',
    privateNotes: draft.privateNotes ?? '',
    pulses: draft.pulses ?? {},
    newActionItems: draft.newActionItems ?? [],
    closeActionItems: draft.closeActionItems ?? {},
    completeActivities: draft.completeActivities ?? {},
    nextDate: draft.nextDate === undefined ? agenda.suggestedNextDate : draft.nextDate,
  };
}

/** The form as the core records it: the maps become lists, and an empty next date means none. */
export function completeCheckInInput(
  checkInId: string,
  form: CheckInFormState,
): ChannelInput<'checkIns.complete'> {
  return {
    id: checkInId,
    heldOn: form.heldOn,
    sharedNotes: form.sharedNotes,
    privateNotes: form.privateNotes,
    pulses: Object.entries(form.pulses).map(([competencyId, confidence]) => ({ competencyId, confidence })),
    newActionItems: form.newActionItems,
    closeActionItems: Object.entries(form.closeActionItems).map(([id, status]) => ({ id, status })),
    completeActivities: Object.entries(form.completeActivities).map(([activityId, doneOn]) => ({
      activityId,
      doneOn,
    })),
    nextDate: form.nextDate || null,
  };
}

/** The text the manager typed in the form, field by field (action items one a line), to copy. */
export function typedText(form: CheckInFormState): { label: string; text: string }[] {
  return [
    { label: 'Shared notes', text: form.sharedNotes },
    { label: 'Private notes', text: form.privateNotes },
    { label: 'New action items', text: form.newActionItems.map((item) => item.text).join('\n') },
  ];
}
