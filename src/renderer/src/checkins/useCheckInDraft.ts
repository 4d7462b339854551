// The check-in form's state, and its autosave: every change is kept in the core as a draft a moment
// after the manager stops typing, so closing or reloading the window loses nothing. Each save is
// made on the version of the one-on-one the last one answered; when someone else (another window,
// another manager) changed it since, the core refuses, and autosave stops instead of overwriting
// their change: the form keeps what was typed until the manager reloads.
import { useEffect, useRef, useState } from 'react';
import type { Agenda } from '@shared/checkins/schema';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { isStaleEdit } from '../components/StaleEdit';
import { initialCheckInForm, type CheckInFormState } from './check-in-form';
import { useSaveCheckInDraft } from './queries';

/** How long typing pauses before the draft is saved. */
const AUTOSAVE_MS = 600;

export interface CheckInDraftControl {
  form: CheckInFormState;
  set<K extends keyof CheckInFormState>(key: K, value: CheckInFormState[K]): void;
  /** Ticks an activity done on the day the check-in is held, or unticks it. */
  toggleActivity(activityId: string, done: boolean): void;
  /** What the status line says: saved when, not saved why, or nothing saved yet. */
  savedAt: string | null;
  draftError: string | null;
  /** Why the last edit was refused as stale (autosave has stopped); null while none was. */
  stale: string | null;
  refusedAsStale(message: string): void;
  /**
   * Before recording the one-on-one: stops autosave and waits for a save under way, then answers
   * the version the recording is made on. `resume` restarts autosave when the recording failed.
   */
  pauseForSave(): Promise<number>;
  resume(): void;
}

export function useCheckInDraft(agenda: Agenda): CheckInDraftControl {
  const { mutateAsync: saveDraft } = useSaveCheckInDraft();
  const [form, setForm] = useState<CheckInFormState>(() =>
    initialCheckInForm(agenda, toCalendarDate(new Date())),
  );
  const [savedAt, setSavedAt] = useState<string | null>(agenda.draft ? 'earlier' : null);
  const [draftError, setDraftError] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const version = useRef(agenda.checkIn.version);
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());
  const paused = useRef(false);
  const first = useRef(true);
  const held = agenda.checkIn.status !== 'scheduled';
  const checkInId = agenda.checkIn.id;

  useEffect(() => {
    // The form as it opened is already what the core has.
    if (first.current) {
      first.current = false;
      return;
    }
    if (held || stale !== null) return;
    const timer = setTimeout(() => {
      if (paused.current) return;
      inFlight.current = saveDraft({ id: checkInId, draft: form, expectedVersion: version.current })
        .then((saved) => {
          version.current = saved.version;
          setSavedAt(new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
          setDraftError(null);
        })
        .catch((error: Error) => {
          if (isStaleEdit(error)) setStale(error.message);
          else setDraftError(error.message);
        });
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [saveDraft, checkInId, held, stale, form]);

  return {
    form,
    set: (key, value) => setForm((f) => ({ ...f, [key]: value })),
    toggleActivity: (activityId, done) =>
      setForm((f) => {
        const next = { ...f.completeActivities };
        if (done) next[activityId] = f.heldOn;
        else delete next[activityId];
        return { ...f, completeActivities: next };
      }),
    savedAt,
    draftError,
    stale,
    refusedAsStale: setStale,
    async pauseForSave() {
      paused.current = true;
      await inFlight.current;
      return version.current;
    },
    resume() {
      paused.current = false;
    },
  };
}
