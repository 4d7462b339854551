// A valid input for every channel, made on a seeded team, and the ids of each kind of record it
// holds: the starting point of the generated channel tests (malformed payloads in
// tests/core/channel-fuzz.test.ts; another account's ids in the team server's isolation tests).
import type { ChannelName } from '../../src/shared/api/channels';
import type { Core } from '../../src/main/core';
import type { SeededTeam } from './seed';
import { valueOf } from './temp-core';

export type Kind =
  | 'hire'
  | 'role'
  | 'competency'
  | 'assessment'
  | 'plan'
  | 'activity'
  | 'goal'
  | 'checkIn'
  | 'leave'
  | 'topic'
  | 'evidence';
export interface Sample {
  input: Record<string, unknown>;
  /** What kind of record each id field names. */
  ids?: Record<string, Kind>;
}

export interface ChannelSamples {
  samples: Record<ChannelName, Sample>;
  /** Ids of the seeded records, by kind. */
  pool: Record<Kind, string[]>;
}

/** The custom framework entries the seed made (seedTeam: a cloned role and a new competency). */
export interface SeededFramework {
  roleId: string;
  competencyId: string;
}

/** Samples on the first hire of `team`, made through `core.call` (which may be any account's calls). */
export async function channelSamples(
  core: Pick<Core, 'call'>,
  team: SeededTeam,
  custom: SeededFramework = { roleId: 'data-product-owner', competencyId: 'facilitation' },
): Promise<ChannelSamples> {
  const hireId = team.hireIds[0] ?? '';
  const plan = valueOf(await core.call('plans.get', { id: team.planId }));
  const goal = plan.phases.flatMap((p) => p.goals)[0];
  const activity = goal?.activities[0];
  const [assessment] = valueOf(await core.call('assessments.list', { hireId }));
  const scheduled = valueOf(await core.call('checkIns.schedule', { hireId })).find(
    (c) => c.status === 'scheduled',
  );
  const leave = valueOf(await core.call('leave.add', { hireId, startOn: '2027-08-02', endOn: '2027-08-06' }));
  const topic = valueOf(await core.call('topics.add', { hireId, text: 'How do I say no to a stakeholder?' }));
  const evidence = valueOf(
    await core.call('evidence.add', {
      hireId,
      competencyId: 'customer-discovery',
      notedOn: '2027-01-28',
      source: 'stakeholder',
      sourceName: 'Priya',
      text: 'Ran five interviews',
    }),
  );
  const shared = valueOf(await core.call('packet.share', { hireId }));
  const answers = {
    kind: 'rolebridge-hire-answers',
    format: 1,
    packetId: shared.packetId,
    hireId,
    packetVersion: shared.version,
    nonce: 'a1b2c3',
    savedAt: '2027-02-01T08:00:00.000Z',
    selfAssessment: { assessedOn: '2027-01-31', ratings: [{ competencyId: 'customer-discovery', level: 2 }] },
    topics: [{ text: 'Saying no' }],
    evidence: [
      {
        kind: 'feedback',
        competencyId: 'customer-discovery',
        notedOn: '2027-01-30',
        from: 'Priya',
        text: 'Good notes',
      },
    ],
  };
  const pool: Record<Kind, string[]> = {
    hire: [hireId],
    role: [custom.roleId, 'product-manager'],
    competency: [custom.competencyId, 'customer-discovery'],
    assessment: [assessment?.id ?? ''],
    plan: [plan.id],
    activity: [activity?.id ?? ''],
    goal: [goal?.id ?? ''],
    checkIn: [scheduled?.id ?? '', ...team.checkInIds],
    leave: [leave.id],
    topic: [topic.id],
    evidence: [evidence.id],
  };
  // A team server has no data.export of its own database; its sample import is then an empty object.
  const exported = await core.call('data.export', {});
  const file = exported.ok ? exported.value.file : {};
  const ratings = [{ competencyId: 'customer-discovery', level: 2 }];
  const none: Sample = { input: {} };
  const samples: Record<ChannelName, Sample> = {
    'app.info': none,
    'app.logFile': none,
    'hires.create': {
      input: {
        name: 'New',
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-02-01',
        notes: 'Line one\nline two',
      },
      ids: { currentRoleId: 'role', targetRoleId: 'role' },
    },
    'hires.get': { input: { id: hireId }, ids: { id: 'hire' } },
    'hires.list': { input: { search: 'Grace', status: 'all' } },
    'hires.update': { input: { id: hireId, name: 'Renamed' }, ids: { id: 'hire' } },
    'hires.archive': { input: { id: hireId }, ids: { id: 'hire' } },
    'hires.restore': { input: { id: hireId }, ids: { id: 'hire' } },
    'roles.list': none,
    'roles.get': { input: { id: 'product-manager' }, ids: { id: 'role' } },
    'roles.compare': {
      input: { fromRoleId: 'project-manager', toRoleId: 'product-manager' },
      ids: { fromRoleId: 'role', toRoleId: 'role' },
    },
    'roles.create': {
      input: {
        name: 'Growth PM',
        summary: 'Owns growth.',
        judgedOn: 'outcomes',
        successMeasures: 'Activation',
        habitsToRelease: 'Output counting',
        expectations: { 'customer-discovery': { level: 2, weight: 2 } },
      },
    },
    'roles.clone': { input: { id: 'product-manager', name: 'Platform PM' }, ids: { id: 'role' } },
    'roles.update': { input: { id: custom.roleId, summary: 'Changed' }, ids: { id: 'role' } },
    'roles.delete': { input: { id: custom.roleId }, ids: { id: 'role' } },
    'roles.exportCsv': { input: { roleIds: ['product-manager'] } },
    'roles.importCsv': { input: { csv: 'role,competency,level,weight\n' } },
    'competencies.create': {
      input: {
        areaId: 'influence',
        name: 'Negotiation',
        summary: 'Reaches agreements.',
        levels: ['a', 'b', 'c', 'd', 'e'],
        activities: [],
      },
    },
    'competencies.update': {
      input: { id: custom.competencyId, summary: 'Changed' },
      ids: { id: 'competency' },
    },
    'competencies.delete': { input: { id: custom.competencyId }, ids: { id: 'competency' } },
    'framework.get': none,
    'framework.export': none,
    'framework.import': { input: { file: valueOf(await core.call('framework.export', {})) } },
    'assessments.create': {
      input: { hireId, assessedOn: '2027-01-20', assessor: 'manager', ratings },
      ids: { hireId: 'hire' },
    },
    'assessments.correct': {
      input: { id: assessment?.id, ratings, reason: 'Typo' },
      ids: { id: 'assessment' },
    },
    'assessments.list': { input: { hireId }, ids: { hireId: 'hire' } },
    'plans.create': { input: { hireId, startDate: '2027-02-01' }, ids: { hireId: 'hire' } },
    'plans.get': { input: { id: plan.id }, ids: { id: 'plan' } },
    'plans.current': { input: { hireId }, ids: { hireId: 'hire' } },
    'plans.versions': { input: { hireId }, ids: { hireId: 'hire' } },
    'plans.completeActivity': {
      input: { activityId: activity?.id, doneOn: '2027-01-20' },
      ids: { activityId: 'activity' },
    },
    'plans.reopenActivity': { input: { activityId: activity?.id }, ids: { activityId: 'activity' } },
    'plans.rescheduleActivity': {
      input: { activityId: activity?.id, dueDate: '2027-03-01' },
      ids: { activityId: 'activity' },
    },
    'plans.addActivity': {
      input: {
        goalId: goal?.id,
        title: 'Shadow a PM',
        kind: 'people',
        effortHours: 2,
        dueDate: '2027-03-01',
      },
      ids: { goalId: 'goal' },
    },
    'plans.removeActivity': { input: { activityId: activity?.id }, ids: { activityId: 'activity' } },
    'plans.restoreActivity': { input: { activityId: activity?.id }, ids: { activityId: 'activity' } },
    'checkIns.schedule': { input: { hireId }, ids: { hireId: 'hire' } },
    'checkIns.history': { input: { hireId, search: 'interviews' }, ids: { hireId: 'hire' } },
    'checkIns.get': { input: { id: scheduled?.id }, ids: { id: 'checkIn' } },
    'checkIns.agenda': { input: { id: scheduled?.id }, ids: { id: 'checkIn' } },
    'checkIns.add': { input: { hireId, scheduledOn: '2027-03-03' }, ids: { hireId: 'hire' } },
    'checkIns.move': { input: { id: scheduled?.id, scheduledOn: '2027-03-04' }, ids: { id: 'checkIn' } },
    'checkIns.cancel': { input: { id: scheduled?.id }, ids: { id: 'checkIn' } },
    'checkIns.saveDraft': {
      input: {
        id: scheduled?.id,
        draft: {
          sharedNotes: 'x',
          pulses: { 'customer-discovery': 3 },
          completeActivities: { [activity?.id ?? '']: '2027-01-20' },
          newActionItems: [{ text: 'Call', owner: 'hire', dueOn: null }],
        },
      },
      ids: { id: 'checkIn' },
    },
    'checkIns.complete': {
      input: {
        id: scheduled?.id,
        heldOn: '2027-02-01',
        sharedNotes: '',
        privateNotes: '',
        pulses: [{ competencyId: 'customer-discovery', confidence: 3 }],
        newActionItems: [{ text: 'Book interviews', owner: 'hire' }],
        closeActionItems: [],
        completeActivities: [],
        nextDate: null,
      },
      ids: { id: 'checkIn' },
    },
    'checkIns.due': none,
    'checkIns.exportIcs': { input: { hireId }, ids: { hireId: 'hire' } },
    'leave.list': { input: { hireId }, ids: { hireId: 'hire' } },
    'leave.add': {
      input: { hireId, startOn: '2027-09-06', endOn: '2027-09-10', note: 'Family wedding' },
      ids: { hireId: 'hire' },
    },
    'leave.remove': { input: { id: leave.id }, ids: { id: 'leave' } },
    'topics.list': { input: { hireId, which: 'all' }, ids: { hireId: 'hire' } },
    'topics.add': { input: { hireId, text: 'Roadmap review' }, ids: { hireId: 'hire' } },
    'topics.close': { input: { id: topic.id, status: 'discussed', on: '2027-02-01' }, ids: { id: 'topic' } },
    'evidence.list': { input: { hireId }, ids: { hireId: 'hire' } },
    'evidence.add': {
      input: {
        hireId,
        competencyId: 'customer-discovery',
        notedOn: '2027-01-29',
        source: 'hire',
        text: 'Shipped the survey',
      },
      ids: { hireId: 'hire' },
    },
    'evidence.remove': { input: { id: evidence.id }, ids: { id: 'evidence' } },
    'packet.share': { input: { hireId }, ids: { hireId: 'hire' } },
    'packet.previewAnswers': { input: { hireId, answers }, ids: { hireId: 'hire' } },
    'packet.importAnswers': { input: { hireId, answers }, ids: { hireId: 'hire' } },
    'calendar.nonWorkingDays': {
      input: { hireId, from: '2027-01-01', to: '2027-12-31' },
      ids: { hireId: 'hire' },
    },
    'calendar.countries': none,
    'settings.get': none,
    'settings.update': { input: { checkInMinutes: 30 } },
    'progress.hire': { input: { hireId }, ids: { hireId: 'hire' } },
    'progress.dashboard': none,
    'pdf.plan': {
      input: { hireId, paper: 'A4', includeCheckIns: false, includePrivateNotes: false },
      ids: { hireId: 'hire' },
    },
    'data.export': none,
    'data.import': { input: { file, mode: 'merge' } },
    'backups.list': none,
    'backups.create': none,
    'backups.restore': { input: { fileName: 'manual-20270101T000000Z.db' } },
    'recovery.exportReadable': none,
    'recovery.restore': { input: { fileName: 'manual-20270101T000000Z.db' } },
    'recovery.startEmpty': none,
    'sample.status': none,
    'sample.load': none,
    'sample.remove': none,
    'jobs.progress': { input: { jobId: 'job-00000001' } },
    'jobs.cancel': { input: { jobId: 'job-00000001' } },
  };

  return { samples, pool };
}
