// What the hire's packet says, worked out from the saved plan, the role and the schedule: the brief
// in the second person, the goals and activities with who to work with, span and effort, and the
// dates. Only what the hire may read is copied: no notes, no evidence, no statuses.
import { expectationFor, findCompetency } from '@shared/framework/lookup';
import { levelNames, type Framework, type Level, type Role } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import type { PacketContent } from '@shared/packet/schema';
import { listNames } from '@shared/planner/brief';
import type { SavedActivity, SavedPlan } from '@shared/plans/schema';
import { nameSlug } from '../pdf/file-name';

const judgedOnText = {
  outputs: 'by what you deliver',
  outcomes: 'by the outcomes your work leads to, not by how much you ship',
} as const;

function activityFor(activity: SavedActivity) {
  return {
    title: activity.title,
    description: activity.description,
    partner: activity.withWhom,
    startDate: activity.startDate,
    dueDate: activity.dueDate,
    effortHours: activity.effortHours,
  };
}

/** The brief, spoken to the hire: the manager's version addresses the manager about "this person". */
function brief(plan: SavedPlan | null, from: Role | undefined, to: Role): PacketContent['brief'] {
  const expects = [to.summary];
  const gaps = plan?.largestGaps ?? [];
  if (gaps.length > 0) {
    expects.push(
      `You start with ${listNames(gaps.map((g) => `${g.name} (${levelNames[g.current]} → ${levelNames[g.target]})`))}, one level at a time, with real work and coaching.`,
    );
  }
  const handOverWork = plan?.moveWork.filter((w) => w.purpose === 'letGo').map((w) => w.title) ?? [];
  const handOver = [
    ...handOverWork,
    ...(plan?.letGo ?? [])
      .filter((g) => !plan?.moveWork.some((w) => w.purpose === 'letGo' && w.competencyId === g.competencyId))
      .map(
        (g) => `${g.name}: hand more of it to others (${levelNames[g.from]} is more than a ${to.name} needs)`,
      ),
  ];
  if (handOver.length === 0 && from)
    handOver.push(`What a ${from.name} holds on to: ${from.habitsToRelease}`);
  return {
    expects,
    judged: `A ${to.name} is judged ${judgedOnText[to.judgedOn]}: ${to.successMeasures}.`,
    keep: (plan?.carryOver ?? []).map((s) => `${s.name} (${levelNames[s.level]})`),
    handOver,
  };
}

export function packetContent(input: {
  packet: { id: string; version: number; sharedOn: string };
  hire: Hire;
  managerName: string;
  framework: Framework;
  from: Role | undefined;
  to: Role;
  plan: SavedPlan | null;
  oneOnOnes: string[];
}): PacketContent {
  const { packet, hire, framework, from, to, plan } = input;
  const competencies = framework.competencies
    .filter((c) => expectationFor(to, c.id).level > 0)
    .map((c) => ({
      id: c.id,
      name: c.name,
      summary: c.summary,
      target: expectationFor(to, c.id).level,
      levels: [...c.levels],
    }));
  const goals = (plan?.phases ?? []).flatMap((phase) =>
    phase.goals.map((goal) => ({
      competencyName: findCompetency(framework, goal.competencyId)?.name ?? goal.competencyName,
      fromLevelName: levelNames[goal.fromLevel as Level],
      toLevelName: levelNames[goal.toLevel as Level],
      startDate: goal.startDate,
      dueDate: goal.dueDate,
      activities: goal.activities.filter((a) => a.status !== 'removed').map(activityFor),
    })),
  );
  return {
    packetId: packet.id,
    hireId: hire.id,
    version: packet.version,
    sharedOn: packet.sharedOn,
    hireName: hire.name,
    managerName: input.managerName,
    answersFileName: `answers-for-${nameSlug(input.managerName, 'your-manager')}-v${packet.version}.json`,
    fromRoleName: from?.name ?? plan?.fromRoleName ?? '',
    toRoleName: to.name,
    brief: brief(plan, from, to),
    goals,
    moveWork: (plan?.moveWork ?? []).filter((a) => a.status !== 'removed').map(activityFor),
    oneOnOnes: input.oneOnOnes,
    reassessments: (plan?.reassessments ?? []).map((r) => r.date),
    levelNames: ([0, 1, 2, 3, 4] as const).map((level) => levelNames[level]),
    competencies,
  };
}
