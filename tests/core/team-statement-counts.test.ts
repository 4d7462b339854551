// How many statements the team server's hot reads send to PostgreSQL, counted through a recording
// client: a manager's dashboard must not grow with the number of hires (it reads kept summaries and
// works out missing ones with one statement per table for all of them), and a hire's page stays a
// handful of statements. The dashboard's worked-out facts must equal the core's hireFacts over the
// repositories' own reads, so batching changes how they are read, never what they are.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { hireFacts } from '../../src/main/core/progress/facts';
import { pack } from '../../src/main/core/progress/summaries';
import { levelsText } from '../../src/main/core/progress/kept-levels';
import type { SqlClient, SqlParam } from '../../src/main/server/db/sql-client';
import { postgresRepositories } from '../../src/main/server/repositories';
import { createTeamCalls } from '../../src/main/server/team-core';
import { SINGLE_STATEMENT_READS } from '../../src/main/core/dispatcher';
import { openTeamTempCore, TEST_MANAGER } from '../support/team-temp-core';
import { valueOf } from '../support/temp-core';

const clock = new Date('2027-01-20T09:00:00');
let env: Awaited<ReturnType<typeof openTeamTempCore>> | undefined;
afterEach(() => env?.cleanup());

/**
 * `client` with every statement (inside transactions too) counted while `counting` is set, and
 * `afterEach` told each one after it ran.
 */
function countingClient(client: SqlClient, afterEach?: (sql: string) => Promise<void>) {
  const counter = { statements: [] as string[], counting: false, transactions: 0 };
  const wrap = (inner: SqlClient): SqlClient => ({
    async query<Row extends object>(sql: string, params?: readonly SqlParam[]) {
      if (counter.counting) counter.statements.push(sql);
      const rows = await inner.query<Row>(sql, params);
      await afterEach?.(sql);
      return rows;
    },
    exec: (script) => inner.exec(script),
    transaction: (work) => {
      if (counter.counting) counter.transactions += 1;
      return inner.transaction((tx) => work(wrap(tx)));
    },
  });
  return { client: wrap(client), counter };
}

/** `count` hires, each with an assessment, a plan, a held one-on-one with action items, the next one to come. */
async function hiresWithHistory(core: Core, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const hire = valueOf(
      await core.call('hires.create', {
        name: `Hire ${i}`,
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    );
    valueOf(
      await core.call('assessments.create', {
        hireId: hire.id,
        assessedOn: '2027-01-04',
        assessor: 'manager',
        ratings: [
          { competencyId: 'customer-discovery', level: 1 },
          { competencyId: 'vision-roadmap', level: 2 },
        ],
      }),
    );
    const plan = valueOf(await core.call('plans.create', { hireId: hire.id, startDate: '2027-01-04' }));
    const activity = plan.phases[0]?.goals[0]?.activities[0];
    const [first] = valueOf(await core.call('checkIns.schedule', { hireId: hire.id }));
    valueOf(
      await core.call('checkIns.complete', {
        id: first?.id ?? '',
        heldOn: '2027-01-11',
        sharedNotes: 'Agreed the discovery plan.',
        privateNotes: '',
        pulses: [{ competencyId: 'customer-discovery', confidence: 3 }],
        newActionItems: [
          { text: 'Book five interviews', owner: 'hire', dueOn: '2027-01-21' },
          { text: 'Read the strategy memo', owner: 'hire' },
        ],
        closeActionItems: [],
        completeActivities: activity ? [{ activityId: activity.id, doneOn: '2027-01-11' }] : [],
        nextDate: '2027-01-22',
      }),
    );
    ids.push(hire.id);
  }
  return ids;
}

async function teamWith(hires: number, afterEach?: (sql: string) => Promise<void>) {
  env = await openTeamTempCore({ now: () => clock });
  const hireIds = await hiresWithHistory(env.core, hires);
  const { client, counter } = countingClient(env.database, afterEach);
  const calls = createTeamCalls({ client, schemaVersion: 0, now: () => clock, locale: 'und' });
  /** A batch of reads (POST /api/batch) counted as one: its statements, its transactions, its results. */
  const statementsOfBatch = async (list: { channel: string; input: unknown }[]) => {
    counter.statements = [];
    counter.transactions = 0;
    counter.counting = true;
    const results = await (calls.batch as NonNullable<typeof calls.batch>)(TEST_MANAGER, list);
    counter.counting = false;
    return { count: counter.statements.length, transactions: counter.transactions, results };
  };
  const statementsOf = async (channel: string, input: unknown) => {
    counter.statements = [];
    counter.transactions = 0;
    counter.counting = true;
    const result = await calls.call(TEST_MANAGER, channel, input);
    counter.counting = false;
    valueOf(result as never);
    return { count: counter.statements.length, transactions: counter.transactions, result };
  };
  return { database: env.database, hireIds, statementsOf, statementsOfBatch };
}

describe('the team dashboard', () => {
  it('sends as many statements for eight hires as for two, kept or worked out', async () => {
    const counts = [];
    for (const hires of [2, 8]) {
      const team = await teamWith(hires);
      const workedOut = await team.statementsOf('progress.dashboard', {});
      const kept = await team.statementsOf('progress.dashboard', {});
      expect(valueOf(kept.result as never)).toEqual(valueOf(workedOut.result as never));
      counts.push({ workedOut: workedOut.count, kept: kept.count });
      env?.cleanup();
      env = undefined;
    }
    expect(counts[1]).toEqual(counts[0]);
    // Kept: the call's settings and framework, the hires with their rows, this week's three lists.
    expect(counts[0]?.kept).toBeLessThanOrEqual(6);
    // Worked out: besides, one statement for all missing hires' history, and one keeping them.
    expect(counts[0]?.workedOut).toBe((counts[0]?.kept ?? 0) + 2);
  }, 120_000);

  it("works out each hire's facts as the core does from the repositories' reads", async () => {
    const team = await teamWith(3);
    await team.statementsOf('progress.dashboard', {});
    const kept = await team.database.query<Record<string, string | null>>(
      `SELECT hire_id, plan_start, planned_due, planned_kinds, done_due, last_done, scheduled, action_due,
         latest_levels, previous_levels FROM hire_summaries`,
    );
    expect(kept).toHaveLength(3);
    await team.database.transaction(async (sql) => {
      const repositories = postgresRepositories({ sql, actor: TEST_MANAGER });
      for (const row of kept) {
        const hireId = row.hire_id ?? '';
        const facts = pack(
          hireFacts({
            plan: await repositories.plans.current(hireId),
            assessments: await repositories.assessments.listForHire(hireId),
            scheduled: await repositories.checkIns.scheduled(hireId),
            openActions: await repositories.checkIns.openActions(hireId),
          }),
        );
        expect(facts.plannedDue.length).toBeGreaterThan(0);
        expect(row).toEqual({
          hire_id: hireId,
          plan_start: facts.planStart,
          planned_due: facts.plannedDue.text,
          planned_kinds: facts.plannedKinds,
          done_due: facts.doneDue.text,
          last_done: facts.lastDone,
          scheduled: facts.scheduled.text,
          action_due: facts.actionDue.text,
          latest_levels: levelsText(facts.latest),
          previous_levels: levelsText(facts.previous, facts.latest),
        });
      }
    });
  });
});

// progress.hire: the hire, the framework's custom tables, the assessments with their ratings, the
// current plan with its parts, the scheduled one-on-ones with theirs, the confidence ratings (18
// statements before the reads were joined). checkIns.history: the hire, then the list (was 5).
const PROGRESS_STATEMENTS = 6;
const HISTORY_STATEMENTS = 2;

// Two transactions at once need a server: PGlite has one connection.
const onServer = Boolean(process.env.ROLEBRIDGE_TEST_POSTGRES_URL);

describe('the team dashboard beside a writer', () => {
  it.skipIf(!onServer)(
    'keeps no facts when another transaction wrote while it worked them out, and keeps them next time',
    async () => {
      let interfere = true;
      const team = await teamWith(2, async (sql) => {
        if (!interfere || !sql.includes('pg_current_snapshot()::text AS snapshot')) return;
        interfere = false;
        // Another connection commits a write between the snapshot and the kept rows.
        await env?.database.query("UPDATE hires SET notes = notes || ' ' WHERE id = $1", [
          team.hireIds[0] ?? '',
        ]);
      });
      const raced = await team.statementsOf('progress.dashboard', {});
      expect(interfere).toBe(false);
      expect(await team.database.query('SELECT hire_id FROM hire_summaries')).toEqual([]);
      const quiet = await team.statementsOf('progress.dashboard', {});
      expect(valueOf(quiet.result as never)).toEqual(valueOf(raced.result as never));
      expect(await team.database.query('SELECT hire_id FROM hire_summaries')).toHaveLength(2);
    },
    60_000,
  );
});

describe("a hire's page on the team server", () => {
  it('reads progress and the one-on-one history in a handful of statements', async () => {
    const team = await teamWith(1);
    const hireId = team.hireIds[0] ?? '';
    const progress = await team.statementsOf('progress.hire', { hireId });
    const history = await team.statementsOf('checkIns.history', { hireId });
    expect(progress.count).toBeLessThanOrEqual(PROGRESS_STATEMENTS);
    expect(history.count).toBeLessThanOrEqual(HISTORY_STATEMENTS);
  });

  it('asks for the hire, its list and settings in one statement each, with no transaction around it', async () => {
    const team = await teamWith(1);
    const hireId = team.hireIds[0] ?? '';
    const inputs: Record<string, unknown> = {
      'hires.get': { id: hireId },
      'hires.list': { status: 'active' },
      'settings.get': {},
    };
    expect(Object.keys(inputs).sort()).toEqual([...SINGLE_STATEMENT_READS].sort());
    for (const [channel, input] of Object.entries(inputs)) {
      const read = await team.statementsOf(channel, input);
      expect({ channel, statements: read.count, transactions: read.transactions }).toEqual({
        channel,
        statements: 1,
        transactions: 0,
      });
    }
    // Any other read keeps its transaction: its statements see one snapshot.
    expect((await team.statementsOf('checkIns.history', { hireId })).transactions).toBe(1);
  });

  it('answers the page as one batch in one transaction, reading the hire, plan and assessments once', async () => {
    const team = await teamWith(1);
    const hireId = team.hireIds[0] ?? '';
    const page = [
      { channel: 'hires.get', input: { id: hireId } },
      { channel: 'plans.current', input: { hireId } },
      { channel: 'assessments.list', input: { hireId } },
      { channel: 'checkIns.history', input: { hireId } },
      { channel: 'progress.hire', input: { hireId } },
    ];
    const alone = [];
    let statementsAlone = 0;
    for (const { channel, input } of page) {
      const read = await team.statementsOf(channel, input);
      alone.push(read.result);
      statementsAlone += read.count;
    }
    const batch = await team.statementsOfBatch(page);
    expect(batch.results).toEqual(alone);
    expect(batch.transactions).toBe(1);
    // The hire once (not five times), the plan and the assessments once each (not twice), the
    // history, and progress's framework, scheduled one-on-ones and confidence ratings.
    expect(batch.count).toBe(7);
    expect(statementsAlone).toBeGreaterThan(batch.count);
  });
});
