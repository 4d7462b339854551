// Use cases for one-on-ones: the schedule (from the plan, moved, added or cancelled by the manager),
// the prepared GROW agenda, drafts, recording a check-in, history, reminders and calendar export.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { differenceInCalendarDays } from 'date-fns';
import { buildCalendar } from '@shared/calendar/ics';
import type { Agenda, CheckIn, CheckInDraft, DueCheckIn } from '@shared/checkins/schema';
import type { checkInCompleteInput, checkInDraftInput } from '@shared/checkins/schema';
import { toCalendarDate, toLocalDate } from '@shared/dates/calendar-date';
import type { Framework } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import type { SavedPlan } from '@shared/plans/schema';
import type { Settings } from '@shared/settings/schema';
import { conflict, notFound } from '../errors';
import { refuseStaleEdit } from '../edit-version';
import type { HireService } from '../hires/service';
import type { PlanService } from '../plans/service';
import { nameSlug } from '../pdf/file-name';
import type { Awaitable } from '../awaitable';
import type { CheckInRepository } from './repository';
import { agendaFor } from './agenda';
import { cancellationsKeptFrom, scheduleFromPlan } from './replan';
import { checkCompletion, checkDraft, recordCompletion } from './completion';

export function createCheckInService(deps: {
  checkIns: CheckInRepository;
  hires: Pick<HireService, 'find'>;
  /** Plans are built after check-ins (they schedule them), so services.ts passes these as late-bound calls. */
  plans: Pick<PlanService, 'currentOf' | 'hireOfActivity'>;
  completeActivity: (input: { activityId: string; doneOn: string }) => unknown;
  framework: () => Awaitable<Framework>;
  now: () => Date;
  /** The first day on or after `date` the hire works (no weekend, public holiday or leave). */
  workingDayFrom?: (hireId: string, date: string) => Awaitable<string>;
  /** The defaults for a one-on-one's time, length and reminder. */
  settings: () => Awaitable<CalendarSettings>;
  /** The manager's IANA time zone: one-on-one times are wall-clock times there. */
  timeZone: string;
}) {
  const { checkIns, hires, plans, framework, now } = deps;
  const today = () => toCalendarDate(now());
  const stamp = () => now().toISOString();

  async function requireHire(hireId: string): Promise<Hire> {
    const hire = await hires.find(hireId);
    if (!hire) throw notFound('hire', hireId);
    return hire;
  }

  async function requireCheckIn(id: string): Promise<CheckIn> {
    const found = await checkIns.get(id);
    if (!found) throw notFound('check-in', id);
    return found;
  }

  async function requireScheduled(id: string): Promise<CheckIn> {
    const found = await requireCheckIn(id);
    if (found.status !== 'scheduled') {
      throw conflict(
        found.status === 'done' ? 'This check-in has been held already' : 'This check-in was cancelled',
      );
    }
    return found;
  }

  /** Whether an activity is in one of this hire's plans: a check-in only works its own hire's plan. */
  const activityOfHire = async (activityId: string, hireId: string) =>
    (await plans.hireOfActivity(activityId)) === hireId;

  const completion = { ...deps, today, stamp, activityOfHire };

  return {
    /** Puts a newly saved plan's one-on-ones on the schedule, moving or dropping untouched ones from the last version. */
    async scheduleFromPlan(plan: SavedPlan): Promise<void> {
      await scheduleFromPlan(checkIns, plan, { now: stamp(), today: today() });
    },

    async schedule(hireId: string): Promise<CheckIn[]> {
      await requireHire(hireId);
      return checkIns.scheduled(hireId);
    },

    async history(hireId: string, search: string | undefined): Promise<CheckIn[]> {
      await requireHire(hireId);
      return checkIns.history(hireId, search ?? '');
    },

    async get(id: string): Promise<CheckIn> {
      return requireCheckIn(id);
    },

    async add(hireId: string, scheduledOn: string): Promise<CheckIn> {
      const hire = await requireHire(hireId);
      if (hire.status === 'archived') throw conflict(`${hire.name} is archived; restore the hire first`);
      const id = randomUUID();
      await checkIns.insert({
        id,
        hireId,
        planId: (await plans.currentOf(hireId))?.id ?? null,
        scheduledOn,
        origin: 'manager',
        focusCompetencyIds: [],
        topics: [],
        now: stamp(),
      });
      return requireCheckIn(id);
    },

    async move(
      id: string,
      scheduledOn: string,
      own: OwnTime = {},
      expectedVersion?: number,
    ): Promise<CheckIn> {
      await refuseIfStale(deps, id, expectedVersion);
      await checkIns.move(id, movedTo(await requireScheduled(id), scheduledOn, own), stamp());
      return requireCheckIn(id);
    },

    async cancel(id: string): Promise<CheckIn> {
      await requireScheduled(id);
      await checkIns.cancel(id, stamp());
      return requireCheckIn(id);
    },

    async saveDraft(
      input: z.output<typeof checkInDraftInput>,
    ): Promise<{ savedAt: string; version: number }> {
      await refuseIfStale(deps, input.id, input.expectedVersion);
      const checkIn = await requireScheduled(input.id);
      await checkDraft(completion, checkIn, input.draft);
      const savedAt = stamp();
      const version = await checkIns.saveDraft(input.id, input.draft as CheckInDraft, savedAt);
      return { savedAt, version };
    },

    async agenda(id: string): Promise<Agenda> {
      const checkIn = await requireCheckIn(id);
      const hire = await requireHire(checkIn.hireId);
      return agendaFor({ ...deps, today }, checkIn, hire, await plans.currentOf(hire.id));
    },

    async complete(input: z.output<typeof checkInCompleteInput>): Promise<CheckIn> {
      await refuseIfStale(deps, input.id, input.expectedVersion);
      const checkIn = await requireScheduled(input.id);
      await checkCompletion(completion, checkIn, input);
      await recordCompletion(completion, checkIn, input);
      return requireCheckIn(checkIn.id);
    },

    due(): Promise<DueList> {
      return dueOn(checkIns, today());
    },

    async exportIcs(hireId: string): Promise<{ fileName: string; content: string }> {
      return calendarFile(checkIns, await requireHire(hireId), {
        ...deps,
        fw: await framework(),
        today: today(),
      });
    },
    ...readsForOtherAreas(checkIns),
  };
}

/** Refuses an edit made on an older version of the one-on-one; one not there is NOT_FOUND later. */
async function refuseIfStale(
  using: { checkIns: CheckInRepository; timeZone: string; now: () => Date },
  id: string,
  expected: number | undefined,
): Promise<void> {
  if (expected === undefined) return;
  const last = await using.checkIns.lastEdit(id);
  if (last)
    refuseStaleEdit({ what: 'one-on-one', last, expected, timeZone: using.timeZone, now: using.now() });
}

/** A moved check-in's own start time and length; null follows Settings. */
type OwnTime = { time?: string | null; minutes?: number | null };

/** Where a move puts a check-in: `time`/`minutes` left out keep its own, null puts it back on Settings. */
function movedTo(checkIn: CheckIn, date: string, own: OwnTime) {
  return {
    date,
    time: own.time === undefined ? checkIn.startTime : own.time,
    minutes: own.minutes === undefined ? checkIn.minutes : own.minutes,
  };
}

/** The one-on-ones due today and the overdue ones (with how late), across active hires. */
type DueList = { today: string; dueToday: DueCheckIn[]; overdue: (DueCheckIn & { daysLate: number })[] };

async function dueOn(checkIns: CheckInRepository, day: string): Promise<DueList> {
  const all = await checkIns.due(day);
  return {
    today: day,
    dueToday: all.filter((c) => c.scheduledOn === day),
    overdue: all
      .filter((c) => c.scheduledOn < day)
      .map((c) => ({
        ...c,
        daysLate: differenceInCalendarDays(toLocalDate(day), toLocalDate(c.scheduledOn)),
      })),
  };
}

type CalendarSettings = Pick<Settings, 'checkInTime' | 'checkInMinutes' | 'checkInReminderMinutes'>;

/**
 * The hire's one-on-ones as an .ics file; cancelled ones stay in it so calendars drop them, and so do
 * the ones a re-plan dropped after an earlier export (until a month after their date). Each starts
 * at its own time and lasts its own length when moved with them, else the Settings ones. The export
 * is recorded: what exists now may be in the manager's calendar from here on.
 */
async function calendarFile(
  checkIns: CheckInRepository,
  hire: Hire,
  using: {
    fw: Framework;
    settings: () => Awaitable<CalendarSettings>;
    timeZone: string;
    now: () => Date;
    today: string;
  },
): Promise<{ fileName: string; content: string }> {
  const names = new Map(using.fw.competencies.map((c) => [c.id, c.name]));
  const defaults = await using.settings();
  const summary = `1:1 with ${hire.name}`;
  const timed = (c: { id: string; startTime: string | null; minutes: number | null }) => ({
    uid: `${c.id}@rolebridge`,
    time: c.startTime ?? defaults.checkInTime,
    minutes: c.minutes ?? defaults.checkInMinutes,
    reminderMinutes: defaults.checkInReminderMinutes,
    summary,
  });
  const events = (await checkIns.forCalendar(hire.id)).map((c) => ({
    ...timed(c),
    date: c.scheduledOn,
    description:
      c.focusCompetencyIds.length > 0
        ? `Coaching check-in. Focus: ${c.focusCompetencyIds.map((id) => names.get(id) ?? id).join(', ')}. Prepared agenda in Rolebridge.`
        : 'Coaching check-in. Prepared agenda in Rolebridge.',
    sequence: c.sequence,
    cancelled: c.status === 'cancelled',
  }));
  await checkIns.pruneCancelled(hire.id, cancellationsKeptFrom(using.today));
  const dropped = (await checkIns.cancelled(hire.id)).map((c) => ({
    ...timed(c),
    date: c.scheduledOn,
    description: 'Cancelled: the coaching plan no longer has this check-in.',
    sequence: c.sequence,
    cancelled: true,
  }));
  await checkIns.markExported(hire.id, using.now().toISOString());
  return {
    fileName: `rolebridge-check-ins-${nameSlug(hire.name)}.ics`,
    content: buildCalendar(`Check-ins: ${hire.name}`, [...events, ...dropped], using.timeZone, using.now()),
  };
}

/** Reads for a hire known to exist (progress reads them for each active hire); no hire lookup. */
function readsForOtherAreas(checkIns: CheckInRepository) {
  return {
    /** The hire's scheduled one-on-ones, earliest first. */
    scheduledOf: (hireId: string): Awaitable<CheckIn[]> => checkIns.scheduled(hireId),
    /** The hire's open action items. */
    openActionsOf: (hireId: string) => checkIns.openActions(hireId),
    /** The hire's confidence pulses, latest first. */
    pulsesOf: (hireId: string) => checkIns.lastPulses(hireId),
  };
}

export type CheckInService = ReturnType<typeof createCheckInService>;
