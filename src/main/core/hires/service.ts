// Use cases for hires: create, read, list, change, archive and restore.
import { randomUUID } from 'node:crypto';
import type { Hire } from '@shared/hires/schema';
import type { ParsedInput } from '@shared/api/contract';
import { isPromise, type Awaitable } from '../awaitable';
import { conflict, notFound, validationError } from '../errors';
import { refuseStaleEdit } from '../edit-version';
import type { HireRepository } from './repository';

export interface HireServiceDeps {
  hires: HireRepository;
  roles: { roleExists(id: string): Awaitable<boolean> };
  now: () => Date;
  /** The manager's time zone: a stale edit's CONFLICT says when the newer change was made. */
  timeZone: string;
}

/** The hire, or NOT_FOUND naming the id. */
function found(hire: Hire | undefined, id: string): Hire {
  if (!hire) throw notFound('hire', id);
  return hire;
}

export function createHireService({ hires, roles, now, timeZone }: HireServiceDeps) {
  async function requireRole(field: 'currentRoleId' | 'targetRoleId', id: string): Promise<void> {
    if (!(await roles.roleExists(id))) {
      throw validationError(field, `Unknown role ${JSON.stringify(id)}; pick one from the role list`);
    }
  }

  /**
   * A hire's page asks for its hire many times over, so a repository that answers at once (SQLite)
   * is answered at once too: no promise to make and settle on the hottest read.
   */
  function require(id: string): Awaitable<Hire> {
    const hire = hires.get(id);
    return isPromise(hire) ? hire.then((h) => found(h, id)) : found(hire, id);
  }

  async function setStatus(id: string, status: Hire['status']): Promise<Hire> {
    const hire = await require(id);
    if (hire.status === status) return hire;
    const timestamp = now().toISOString();
    const next: Hire = {
      ...hire,
      status,
      updatedAt: timestamp,
      archivedAt: status === 'archived' ? timestamp : null,
    };
    return { ...next, version: await hires.update(next) };
  }

  /** Refuses an edit made on an older version of the hire; a hire not there is require()'s NOT_FOUND. */
  async function refuseIfStale(id: string, expected: number | undefined): Promise<void> {
    if (expected === undefined) return;
    const last = await hires.lastEdit(id);
    if (last) refuseStaleEdit({ what: 'hire', last, expected, timeZone, now: now() });
  }

  return {
    async create(input: ParsedInput<'hires.create'>): Promise<Hire> {
      await requireRole('currentRoleId', input.currentRoleId);
      await requireRole('targetRoleId', input.targetRoleId);
      const timestamp = now().toISOString();
      const hire: Hire = {
        id: randomUUID(),
        name: input.name,
        currentRoleId: input.currentRoleId,
        targetRoleId: input.targetRoleId,
        startDate: input.startDate,
        notes: input.notes ?? '',
        status: 'active',
        createdAt: timestamp,
        updatedAt: timestamp,
        archivedAt: null,
        version: 1,
      };
      await hires.insert(hire);
      return hire;
    },

    /** The hire with this id, archived or not; undefined when there is none (for other areas). */
    find(id: string): Awaitable<Hire | undefined> {
      return hires.get(id);
    },

    get(input: ParsedInput<'hires.get'>): Awaitable<Hire> {
      return require(input.id);
    },

    list(input: ParsedInput<'hires.list'>): Awaitable<Hire[]> {
      return hires.list(input.status ?? 'active', input.search?.trim() ?? '');
    },

    async update(input: ParsedInput<'hires.update'>): Promise<Hire> {
      const { id, expectedVersion, ...changes } = input;
      await refuseIfStale(id, expectedVersion);
      const hire = await require(id);
      if (hire.status === 'archived') {
        throw conflict(`${hire.name} is archived; restore the hire before editing`);
      }
      if (changes.currentRoleId !== undefined) await requireRole('currentRoleId', changes.currentRoleId);
      if (changes.targetRoleId !== undefined) await requireRole('targetRoleId', changes.targetRoleId);
      const defined = Object.fromEntries(
        Object.entries(changes).filter(([, value]) => value !== undefined),
      ) as Partial<Hire>;
      const next: Hire = { ...hire, ...defined, updatedAt: now().toISOString() };
      return { ...next, version: await hires.update(next) };
    },

    archive(input: ParsedInput<'hires.archive'>): Promise<Hire> {
      return setStatus(input.id, 'archived');
    },

    restore(input: ParsedInput<'hires.restore'>): Promise<Hire> {
      return setStatus(input.id, 'active');
    },
  };
}

export type HireService = ReturnType<typeof createHireService>;
