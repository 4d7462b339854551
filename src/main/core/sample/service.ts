// The sample team: three people at different points of a real move (week 2, week 10, month 6), with
// manager and self assessments over time, a re-plan, work done, one-on-ones held, and one hire on
// track, one at risk and one stalled; written through the channels (the dispatcher), removed in one click.
import { addDays } from 'date-fns';
import { toCalendarDate, toLocalDate } from '@shared/dates/calendar-date';
import type { ChannelName } from '@shared/api/channels';
import type { ChannelInput, ChannelOutput } from '@shared/api/contract';
import type { Result } from '@shared/api/result';
import type { Awaitable } from '../awaitable';
import { AppError, conflict } from '../errors';
import type { SampleRepository } from './repository';

/** The dispatcher's `call`: every write of the sample goes through it, validated as the screens' are. */
export type Call = (channel: string, input?: unknown) => Promise<Result<unknown>>;

// Full assessments (a partial one makes the plan assume the rest, and say so): a typical person
// in each move; the planner's reference plans (tests/unit/planner-fixtures.ts) read the same levels.
export const SAMPLE_TEAM = [
  {
    name: 'Maya Okafor',
    currentRoleId: 'project-manager',
    targetRoleId: 'product-manager',
    notes: 'Sample: ran delivery for the payments team; now owns the checkout outcome.',
    levels: {
      'outcome-ownership': 1,
      'vision-roadmap': 1,
      prioritisation: 2,
      'business-acumen': 2,
      'customer-discovery': 1,
      'data-fluency': 1,
      'user-experience': 1,
      'market-awareness': 2,
      specification: 2,
      'backlog-management': 2,
      'delivery-planning': 4,
      'technical-fluency': 2,
      'stakeholder-management': 4,
      communication: 3,
      'influence-leadership': 3,
    },
  },
  {
    name: 'Jonas Berg',
    currentRoleId: 'product-owner',
    targetRoleId: 'product-manager',
    notes: 'Sample: wrote the backlog for two squads; learning to set direction.',
    levels: {
      'outcome-ownership': 1,
      'vision-roadmap': 2,
      prioritisation: 3,
      'business-acumen': 1,
      'customer-discovery': 2,
      'data-fluency': 1,
      'user-experience': 2,
      'market-awareness': 1,
      specification: 3,
      'backlog-management': 4,
      'delivery-planning': 2,
      'technical-fluency': 2,
      'stakeholder-management': 2,
      communication: 2,
      'influence-leadership': 2,
    },
  },
  {
    name: 'Priya Raman',
    currentRoleId: 'software-engineer',
    targetRoleId: 'product-manager',
    notes: 'Sample: senior engineer moving into product on the data platform.',
    levels: {
      'outcome-ownership': 1,
      'vision-roadmap': 1,
      prioritisation: 1,
      'business-acumen': 0,
      'customer-discovery': 0,
      'data-fluency': 2,
      'user-experience': 1,
      'market-awareness': 0,
      specification: 2,
      'backlog-management': 1,
      'delivery-planning': 2,
      'technical-fluency': 4,
      'stakeholder-management': 1,
      communication: 2,
      'influence-leadership': 2,
    },
  },
] as const;

type Person = (typeof SAMPLE_TEAM)[number];

/**
 * Where each person is in the move and how it is going. `startWeeksAgo` puts the plan's first
 * Monday that far back; the re-plan follows the assessment `replanWeek` weeks in; work stops
 * `quietDays` before today; the last `missedCheckIns` past one-on-ones are left unheld.
 */
interface Story {
  startWeeksAgo: number;
  replanWeek: number;
  /** Competencies each later manager assessment (one per entry, `every` weeks apart) finds a level higher. */
  growth: string[][];
  every: number;
  quietDays: number;
  /** Keen: also does, three days after it starts, work not yet due. */
  ahead: boolean;
  missedCheckIns: number;
  confidence: (index: number, count: number) => number;
  /** What the one-on-ones were about, in turn; with more than two, the last is what went wrong lately. */
  talks: string[];
  actions: string[];
}

const STORIES: Record<Person['name'], Story> = {
  // Week 2, on track: everything due is done and the one-on-ones happen.
  'Maya Okafor': {
    startWeeksAgo: 1,
    replanWeek: 1,
    growth: [['outcome-ownership', 'customer-discovery']],
    every: 1,
    quietDays: 0,
    ahead: true,
    missedCheckIns: 0,
    confidence: (i) => 2 + i,
    talks: [
      'First week: what a product manager is judged on, and how it differs from running delivery.',
      'Sat in on three customer calls; Maya wrote up what surprised her. Re-planned on the new levels.',
    ],
    actions: [
      'Book two more customer calls',
      'Share the checkout metrics dashboard with Maya',
      'Read the last two quarterly business reviews',
    ],
  },
  // Week 10, at risk: the work slowed two weeks ago and the last one-on-one was skipped.
  'Jonas Berg': {
    startWeeksAgo: 9,
    replanWeek: 6,
    growth: [['outcome-ownership', 'business-acumen', 'data-fluency']],
    every: 6,
    quietDays: 17,
    ahead: false,
    missedCheckIns: 1,
    confidence: (i, n) => (i >= n - 2 ? 2 : 3),
    talks: [
      'Went through the roadmap draft; Jonas is still thinking in backlog items, not outcomes.',
      'Good session on the pricing numbers; he asked for more time with finance.',
      'Jonas presented the quarter’s outcomes to the squads; clear, but he took every question on himself.',
      'Reviewed his first experiment readout: sound method, the conclusion overreached the data.',
      'Release pressure on the squads is eating his discovery time.',
    ],
    actions: [
      'Draft one outcome for the next quarter',
      'Set up time with finance on margins',
      'Pair with the data analyst on the next experiment',
      'Hand sprint acceptance to the tech lead for a month',
    ],
  },
  // Past month 5, stalled: good progress early, nothing done for five weeks, two one-on-ones missed.
  'Priya Raman': {
    startWeeksAgo: 23,
    replanWeek: 8,
    growth: [
      ['outcome-ownership', 'business-acumen', 'customer-discovery', 'stakeholder-management'],
      ['prioritisation', 'market-awareness'],
    ],
    every: 8,
    quietDays: 35,
    ahead: false,
    missedCheckIns: 2,
    confidence: (i, n) => (i >= n - 2 ? 2 : Math.min(4, 2 + Math.floor(i / 3))),
    talks: [
      'Priya ran her first discovery interview; strong on the data, nervous facilitating.',
      'Walked through the platform roadmap with the sales lead; she held her ground well.',
      'Priya wrote her first opportunity brief; the customer problem was clear, the business case thin.',
      'Ran the quarterly prioritisation with the squad leads; she cut two pet projects and explained why.',
      'Good customer visit; she is starting to hear problems, not feature requests.',
      'Pulled back into an incident rota again; product work slipped this fortnight.',
    ],
    actions: [
      'Ask the on-call lead to take Priya off the rota',
      'Write the one-page bet for the ingest API',
      'Shadow a sales call with the enterprise team',
      'Draft the pricing section of the brief with finance',
    ],
  },
};

const EVIDENCE = {
  manager: 'Sample evidence: seen in sprint reviews and stakeholder meetings.',
  self: 'Sample: how I see it myself.',
};

const shift = (date: string, days: number) => toCalendarDate(addDays(toLocalDate(date), days));

/** The Monday on or before a date: plans start on a working day whatever day today is. */
function mondayOnOrBefore(date: string): string {
  return shift(date, -((toLocalDate(date).getDay() + 6) % 7));
}

/** The levels after `steps` growth steps: each named competency one level higher, up to 4. */
function levelsAfter(person: Person, story: Story, steps: number): Record<string, number> {
  const levels: Record<string, number> = { ...person.levels };
  for (const step of story.growth.slice(0, steps))
    for (const id of step) levels[id] = Math.min(4, (levels[id] ?? 0) + 1);
  return levels;
}

/** The hire rates a few competencies a level higher than the manager does, as people often do. */
function selfView(levels: Record<string, number>): Record<string, number> {
  const own = { ...levels };
  for (const id of ['outcome-ownership', 'prioritisation', 'communication'])
    own[id] = Math.min(4, (own[id] ?? 0) + 1);
  return own;
}

/** One channel call, answering its value; a refusal throws the channel's own error. */
type Ask = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** The writes one hire's story is made of, each a channel call, so each is checked as the screens' are. */
function storySteps(ask: Ask, hireId: string, person: Person, today: string) {
  const story = STORIES[person.name];
  const quietFrom = shift(today, -story.quietDays);
  let held = 0;

  const assess = async (assessedOn: string, steps: number, withSelf: boolean) => {
    const levels = levelsAfter(person, story, steps);
    const views = withSelf
      ? ([
          ['manager', levels],
          ['self', selfView(levels)],
        ] as const)
      : ([['manager', levels]] as const);
    for (const [assessor, own] of views)
      await ask('assessments.create', {
        hireId,
        assessedOn,
        assessor,
        ratings: Object.entries(own).map(([competencyId, level]) => ({
          competencyId,
          level,
          evidence: EVIDENCE[assessor],
        })),
      });
  };

  const current = async () => {
    const plan = await ask('plans.current', { hireId });
    if (!plan) throw new Error(`${person.name} has no plan`);
    return plan;
  };
  const planned = async () =>
    (await current()).phases
      .flatMap((p) => p.goals.flatMap((g) => g.activities))
      .filter((a) => a.status === 'planned')
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const complete = (activityId: string, doneOn: string) =>
    ask('plans.completeActivity', { activityId, doneOn });

  const talk = (i: number, total: number) => {
    const lately = story.talks.length > 2 ? 1 : 0;
    const steady = story.talks.slice(0, story.talks.length - lately);
    return lately && i >= total - 2 ? story.talks.at(-1) : steady[i % steady.length];
  };

  const pastCheckIns = async () =>
    (await ask('checkIns.schedule', { hireId })).filter((c) => c.scheduledOn < today);

  return {
    quietFrom,
    assess,
    pastCheckIns,
    // Counted once the re-plan has set the schedule, so the confidence trend knows where it ends.
    expected: async () => held + Math.max(0, (await pastCheckIns()).length - story.missedCheckIns),

    /** Done what fell due before `until`, on its due date. */
    async doWork(until: string) {
      for (const a of await planned()) if (a.dueDate < until) await complete(a.id, a.dueDate);
    },

    /** The move's own work (the expectations talk, the peer, the hand-overs) due before `until`, done on its due date. */
    async doMoveWork(until: string) {
      for (const a of (await current()).moveWork)
        if (a.status === 'planned' && a.dueDate < until) await complete(a.id, a.dueDate);
    },

    /** The last piece of work: done `quietDays` ago, or, if keen, everything started so far, early. */
    async lastWork() {
      const open = await planned();
      if (story.ahead) {
        const started = open.filter((x) => x.startDate <= today);
        // In week 2, or over a holiday, little has started yet; keen, she has done the first two pieces anyway.
        for (const a of started.length >= 2 ? started : open.slice(0, 2)) {
          const early = shift(a.startDate, 3);
          await complete(a.id, early < today ? early : today);
        }
      } else {
        // Something started on, not the overdue work: that stays undone, which is the point.
        const last = open.find((a) => a.dueDate >= today && a.startDate <= quietFrom) ?? open.at(-1);
        if (last) await complete(last.id, quietFrom);
      }
    },

    /** Holds the one-on-ones due before `until` on their dates; the first action item stays open throughout. */
    async holdCheckIns(until: string, total: number) {
      const due = (await ask('checkIns.schedule', { hireId }))
        .filter((c) => c.scheduledOn < until)
        .sort((a, b) => a.scheduledOn.localeCompare(b.scheduledOn));
      for (const checkIn of due) {
        const agenda = await ask('checkIns.agenda', { id: checkIn.id });
        const [carried, ...rest] = agenda.openActionItems;
        const focus = agenda.focusCompetencies.slice(0, 3);
        await ask('checkIns.complete', {
          id: checkIn.id,
          heldOn: checkIn.scheduledOn,
          sharedNotes: `${talk(held, total)}\nFocus: ${focus.map((f) => f.name).join(', ') || 'the plan'}.`,
          privateNotes: held === 0 ? 'Sample: keen, a little anxious about the change.' : '',
          // The goals in focus change from week to week; the ones the story is about are asked every
          // time, so the confidence chart draws lines rather than dots.
          pulses: [...new Set([...(story.growth[0] ?? []), ...focus.map((f) => f.id)])].map(
            (competencyId) => ({
              competencyId,
              confidence: Math.max(1, Math.min(5, story.confidence(held, total))),
            }),
          ),
          newActionItems: [
            {
              text: story.actions[held % story.actions.length] ?? '',
              owner: held % 2 === 0 ? 'hire' : 'manager',
            },
          ],
          closeActionItems: (carried ? rest : []).map((item) => ({ id: item.id, status: 'done' as const })),
          completeActivities: [],
          nextDate: null,
        });
        held += 1;
      }
    },
  };
}

/** One hire's story, written day by day through the channels: assessed, planned, re-planned, worked, met. */
async function tell(
  ask: Ask,
  mark: (hireId: string) => Promise<void>,
  person: Person,
  today: string,
): Promise<string> {
  const story = STORIES[person.name];
  const start = mondayOnOrBefore(shift(today, -7 * story.startWeeksAgo));
  const hire = await ask('hires.create', {
    name: person.name,
    currentRoleId: person.currentRoleId,
    targetRoleId: person.targetRoleId,
    startDate: start,
    notes: person.notes,
  });
  await mark(hire.id);
  const steps = storySteps(ask, hire.id, person, today);
  const { quietFrom } = steps;
  const replanOn = shift(start, 7 * story.replanWeek);
  const later = story.growth.map((_, i) => shift(replanOn, 7 * story.every * i)).filter((d) => d <= today);

  await steps.assess(shift(start, -3), 0, true);
  const first = await ask('plans.create', { hireId: hire.id, startDate: start });
  await steps.doWork(replanOn < quietFrom ? replanOn : quietFrom);
  await steps.holdCheckIns(replanOn, await steps.expected());

  for (const [i, on] of later.entries()) {
    await steps.assess(on, i + 1, i === 0);
    // The re-plan keeps the first start: same move, goals redrawn from the new levels.
    if (i === 0) {
      await ask('plans.create', { hireId: hire.id, startDate: first.horizon.startDate });
      for (const stale of (await steps.pastCheckIns()).filter((c) => c.scheduledOn < replanOn))
        await ask('checkIns.cancel', { id: stale.id });
    }
  }
  await steps.doWork(quietFrom);
  await steps.doMoveWork(story.ahead ? today : quietFrom);
  await steps.lastWork();
  const past = await steps.pastCheckIns();
  const lastHeld = past.at(-1 - story.missedCheckIns) ?? past.at(-1);
  if (past.length > story.missedCheckIns && lastHeld)
    await steps.holdCheckIns(shift(lastHeld.scheduledOn, 1), await steps.expected());
  return hire.id;
}

export function createSampleService({
  samples,
  call,
  inTransaction,
  now,
}: {
  samples: SampleRepository;
  call: Call;
  /**
   * Runs a write made outside any channel call (the team is written from a `Later`) in a transaction
   * of its own, in turn with the calls the dispatcher runs.
   */
  inTransaction: <T>(work: () => Awaitable<T>) => Promise<T>;
  now: () => Date;
}) {
  let loading = false;

  const ask: Ask = async (channel, input) => {
    const result = await call(channel, input);
    if (!result.ok)
      throw new AppError(result.error.code, `${channel}: ${result.error.message}`, result.error.issues);
    return result.value as ChannelOutput<typeof channel>;
  };

  const mark = (hireId: string) => inTransaction(() => samples.mark(hireId));

  /** Writes the team one call at a time; if one is refused, what was written so far is removed again. */
  async function loadTeam(): Promise<{ hireIds: string[] }> {
    const today = toCalendarDate(now());
    try {
      const hireIds: string[] = [];
      for (const person of SAMPLE_TEAM) hireIds.push(await tell(ask, mark, person, today));
      return { hireIds };
    } catch (error) {
      await call('sample.remove', {});
      throw error;
    } finally {
      loading = false;
    }
  }

  return {
    async status(): Promise<{ hireIds: string[] }> {
      return { hireIds: await samples.hireIds() };
    },

    /**
     * Refuses a second team at once; the writes follow after the caller's transaction, each its own
     * channel call through the dispatcher, as the screens make them.
     */
    async load(): Promise<() => Promise<{ hireIds: string[] }>> {
      if (loading || (await samples.hireIds()).length > 0)
        throw conflict('The sample team is already loaded.');
      loading = true;
      return loadTeam;
    },

    /** Deletes every sample hire and everything recorded for them; nothing else. */
    async remove(): Promise<{ removed: number }> {
      return { removed: await samples.removeAll() };
    },
  };
}

export type SampleService = ReturnType<typeof createSampleService>;
