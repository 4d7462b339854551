// The team server's channels: the same services, handlers and dispatcher as the desktop, built for
// each call over PostgreSQL repositories bound to that call's transaction and signed-in account
// (src/main/server/repositories), so every query a service makes is scoped to the actor. Channels
// that look after one computer's database file (backups, recovery, data files, long jobs, the
// sample team, the log file) are not the server's: PostgreSQL is backed up with pg_dump
// (docs/team.md), and they answer NOT_FOUND saying so.
import { BATCHED_READS } from '@shared/api/batch';
import { channelNames, type ChannelName } from '@shared/api/channels';
import type { AppInfo } from '@shared/api/contract';
import type { Result } from '@shared/api/result';
import { version } from '../../../package.json';
import { createAreaServices } from '../core/area-services';
import { createDispatcher, SINGLE_STATEMENT_READS, type Handlers } from '../core/dispatcher';
import type { Awaitable } from '../core/awaitable';
import { AppError } from '../core/errors';
import type { Actor } from './auth/policy';
import type { SqlClient } from './db/sql-client';
import type { BatchCall, TeamCalls } from './http/team-calls';
import { exportAccountData } from './move-in/export';
import { postgresRepositories } from './repositories';
import { RememberedReads } from './repositories/remembered-reads';

/**
 * Channels about one computer's database file or its own process, which a team server does not
 * have. `data.export` stays: on a server it is the signed-in manager's own data, as a desktop file.
 */
const NOT_ON_THE_SERVER = /^(data\.import|backups|recovery|jobs|sample)\b|^app\.logFile$/;

export const TEAM_CHANNELS: ReadonlySet<ChannelName> = new Set(
  channelNames.filter((name) => !NOT_ON_THE_SERVER.test(name)),
);

export interface TeamCoreOptions {
  client: SqlClient;
  /** The PostgreSQL schema version the server runs on (after its migrations), for app.info. */
  schemaVersion: number;
  now?: () => Date;
  /** The server's locale: its region is the holiday country until a manager picks one. */
  locale?: string;
  /** The server's time zone, for one-on-one times in calendar exports. */
  timeZone?: string;
  /** Told each unexpected failure; the console otherwise. */
  onError?: (channel: string, error: unknown) => void;
}

type AreaHandlers = ReturnType<typeof createAreaServices>['handlers'];

/** What one call runs on: its transaction, its actor and the services over them. */
interface CallScope {
  sql: SqlClient;
  actor: Actor;
  handlers: AreaHandlers;
}

/** Runs a call's work on a connection: the pool's, a transaction of its own, or a batch's. */
type OnConnection = <T>(channel: string, work: (sql: SqlClient) => Awaitable<T>) => Awaitable<T>;

function notOnTheServer(channel: string): never {
  throw new AppError(
    'NOT_FOUND',
    `${channel} is not on the team server: its database is PostgreSQL, backed up by its administrator (docs/team.md)`,
  );
}

export function createTeamCalls(options: TeamCoreOptions): TeamCalls {
  const now = options.now ?? (() => new Date());
  const locale = options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const appInfo: AppInfo = {
    version,
    dataDir: '',
    databaseFile: '',
    schemaVersion: options.schemaVersion,
    recovery: null,
  };

  /** The services for one call, over repositories on its transaction, scoped to its actor. */
  function servicesFor(sql: SqlClient, actor: Actor, remembered?: RememberedReads): AreaHandlers {
    return createAreaServices(postgresRepositories({ sql, actor }, remembered), {
      now,
      locale,
      timeZone,
      call: async (channel) => notOnTheServer(channel),
      // Only the sample team writes outside a channel call, and it is not on the server.
      inTransaction: async () => notOnTheServer('sample.load'),
    }).handlers;
  }

  /**
   * A dispatcher for one actor: each call's handler runs on services over the connection `transact`
   * hands it (a batch's calls share theirs), as the desktop's run on its one database.
   */
  function dispatcherFor(actor: Actor, transact: OnConnection, remembered?: RememberedReads) {
    let current: CallScope | undefined;
    const special: Partial<Record<ChannelName, () => unknown>> = {
      'app.info': () => appInfo,
      'data.export': async () => {
        const { sql, actor: who } = current as CallScope;
        return {
          fileName: `rolebridge-data-${now().toISOString().slice(0, 10)}.json`,
          file: await exportAccountData(sql, who),
        };
      },
    };
    const handlers = Object.fromEntries(
      channelNames.map((name) => [
        name,
        special[name] ??
          (TEAM_CHANNELS.has(name)
            ? (data: unknown) =>
                (current?.handlers as Record<string, (data: unknown) => unknown>)[name]?.(data)
            : () => notOnTheServer(name)),
      ]),
    ) as unknown as Handlers;
    return createDispatcher({
      handlers,
      transact: (channel, work) =>
        transact(channel, (sql) => {
          if (current?.sql !== sql) current = { sql, actor, handlers: servicesFor(sql, actor, remembered) };
          return work();
        }),
      onError: options.onError,
    });
  }

  function call(actor: Actor, channel: string, input: unknown): Promise<Result<unknown>> {
    const dispatch = dispatcherFor(actor, (name, work) =>
      // One SELECT is atomic on its own: no BEGIN and COMMIT round trips around it (a hire's page
      // asks for the hire every time), as the desktop's dispatcher skips them too.
      SINGLE_STATEMENT_READS.has(name)
        ? work(options.client)
        : options.client.transaction(async (tx) => work(tx)),
    );
    return dispatch(channel, input);
  }

  /**
   * Several reads on one connection in one transaction, on services built once: each call's answer
   * is the one it would get alone. After a call that fails, the transaction ends (a failed statement
   * would spoil it for the rest) and the calls after it run alone, as do calls that are not reads.
   */
  async function batch(actor: Actor, calls: readonly BatchCall[]): Promise<Result<unknown>[]> {
    const results: Result<unknown>[] = [];
    const firstWrite = calls.findIndex((c) => !BATCHED_READS.has(c.channel as ChannelName));
    const reads = firstWrite === -1 ? calls : calls.slice(0, firstWrite);
    if (reads.length > 1) {
      try {
        await options.client.transaction(async (tx) => {
          const dispatch = dispatcherFor(actor, (_name, work) => work(tx), new RememberedReads());
          for (const c of reads) {
            const result = await dispatch(c.channel, c.input);
            results.push(result);
            if (!result.ok) return;
          }
        });
      } catch {
        // The transaction itself failed (its COMMIT, the connection): every call is asked again alone.
        results.length = 0;
      }
    }
    for (const c of calls.slice(results.length)) results.push(await call(actor, c.channel, c.input));
    return results;
  }

  return { call, batch };
}
