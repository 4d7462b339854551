// Where a team channel's time goes: a SqlClient that counts each call's statements and keeps the
// slowest, and EXPLAIN ANALYZE of that statement, printed beside the team bench's figures.
import type { SqlClient, SqlParam } from '../src/main/server/db/sql-client';
import type { Actor } from '../src/main/server/auth/policy';
import type { TeamCalls } from '../src/main/server/http/team-calls';

interface Statement {
  sql: string;
  params: readonly SqlParam[];
  ms: number;
}

export interface Recording {
  statements: Statement[];
}

/** `client` with every statement (inside transactions too) added to `recording` while it is set. */
export function recordingClient(client: SqlClient, current: () => Recording | undefined): SqlClient {
  const wrap = (inner: SqlClient): SqlClient => ({
    async query(sql, params = []) {
      const started = performance.now();
      const rows = await inner.query(sql, params);
      current()?.statements.push({ sql, params, ms: performance.now() - started });
      return rows as never;
    },
    exec: (script) => inner.exec(script),
    transaction: (work) => inner.transaction((tx) => work(wrap(tx))),
  });
  return wrap(client);
}

/** One line per channel: its statements and their time, then the plan of the slowest one. */
export async function profileChannels(
  calls: TeamCalls,
  client: SqlClient,
  setRecording: (recording: Recording | undefined) => void,
  actor: Actor,
  inputs: [string, unknown][],
): Promise<string[]> {
  const lines: string[] = [];
  for (const [channel, input] of inputs) {
    const recording: Recording = { statements: [] };
    setRecording(recording);
    await calls.call(actor, channel, input);
    setRecording(undefined);
    const total = recording.statements.reduce((sum, s) => sum + s.ms, 0);
    const slowest = [...recording.statements].sort((a, b) => b.ms - a.ms)[0];
    lines.push(
      `  ${channel}: ${recording.statements.length} statements, ${total.toFixed(1)} ms in the database`,
    );
    if (!slowest || !/^\s*SELECT/i.test(slowest.sql)) continue;
    lines.push(
      `    slowest (${slowest.ms.toFixed(1)} ms): ${slowest.sql.replace(/\s+/g, ' ').slice(0, 160)}`,
    );
    const plan = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN ANALYZE ${slowest.sql}`,
      slowest.params,
    );
    for (const row of plan.slice(0, 8)) lines.push(`      ${row['QUERY PLAN'].slice(0, 160)}`);
  }
  return lines;
}
