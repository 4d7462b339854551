// Use cases for hires: create, read, list, change, archive and restore.
import { randomUUID } from 'node:crypto';
import type { Hire } from '@shared/hires/schema';
import type { ParsedInput } from '@shared/api/contract';
import { conflict, notFound, validationError } from '../errors';
import type { HireRepository } from './repository';

export interface HireServiceDeps {
  hires: HireRepository;
  roles: { roleExists(id: string): boolean };
  now: () => Date;
}

export function createHireService({ hires, roles, now }: HireServiceDeps) {
  function requireRole(field: 'currentRoleId' | 'targetRoleId', id: string): void {
    if (!roles.roleExists(id)) {
      throw validationError(field, `Unknown role ${JSON.stringify(id)}; pick one from the role list`);
    }
  }

  function require(id: string): Hire {
    const hire = hires.get(id);
    if (!hire) throw notFound('hire', id);
    return hire;
  }

  function setStatus(id: string, status: Hire['status']): Hire {
    const hire = require(id);
    if (hire.status === status) return hire;
    const timestamp = now().toISOString();
    const next: Hire = {
      ...hire,
      status,
      updatedAt: timestamp,
      archivedAt: status === 'archived' ? timestamp : null,
    };
    hires.update(next);
    return next;
  }

  return {
    create(input: ParsedInput<'hires.create'>): Hire {
      requireRole('currentRoleId', input.currentRoleId);
      requireRole('targetRoleId', input.targetRoleId);
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
      };
      hires.insert(hire);
      return hire;
    },

    /** The hire with this id, archived or not; undefined when there is none (for other areas). */
    find(id: string): Hire | undefined {
      return hires.get(id);
    },

    get(input: ParsedInput<'hires.get'>): Hire {
      return require(input.id);
    },

    list(input: ParsedInput<'hires.list'>): Hire[] {
      return hires.list(input.status ?? 'active', input.search?.trim() ?? '');
    },

    update(input: ParsedInput<'hires.update'>): Hire {
      const { id, ...changes } = input;
      const hire = require(id);
      if (hire.status === 'archived') {
        throw conflict(`${hire.name} is archived; restore the hire before editing`);
      }
      if (changes.currentRoleId !== undefined) requireRole('currentRoleId', changes.currentRoleId);
      if (changes.targetRoleId !== undefined) requireRole('targetRoleId', changes.targetRoleId);
      const defined = Object.fromEntries(
        Object.entries(changes).filter(([, value]) => value !== undefined),
      ) as Partial<Hire>;
      const next: Hire = { ...hire, ...defined, updatedAt: now().toISOString() };
      hires.update(next);
      return next;
    },

    archive(input: ParsedInput<'hires.archive'>): Hire {
      return setStatus(input.id, 'archived');
    },

    restore(input: ParsedInput<'hires.restore'>): Hire {
      return setStatus(input.id, 'active');
    },
  };
}

export type HireService = ReturnType<typeof createHireService>;
