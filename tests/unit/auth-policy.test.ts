// The role policy, exhaustively: every role × resource kind × relation × action, against a table of
// what is allowed written out here by hand (everything else must be refused).
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/main/core/errors';
import { ROLES, type Role } from '../../src/main/server/auth/accounts';
import {
  ACTIONS,
  type Actor,
  assertAllowed,
  HIRE_CONTENT,
  isAllowed,
  type Relation,
  relationOf,
  type Resource,
  RESOURCE_KINDS,
  type ResourceKind,
} from '../../src/main/server/auth/policy';

const ME = 'me';
const OTHER = 'someone-else';

/** Each reachable (kind, relation) with a resource that stands in that relation to ME. */
function resourcesFor(kind: ResourceKind): [Relation, Resource][] {
  switch (kind) {
    case 'privateNote':
      return [
        ['author', { kind, authorId: ME }],
        ['other', { kind, authorId: OTHER }],
      ];
    case 'account':
      return [
        ['self', { kind, userId: ME }],
        ['other', { kind, userId: OTHER }],
      ];
    case 'framework':
    case 'orgOverview':
    case 'accounts':
      return [['any', { kind }]];
    default:
      return [
        ['owner', { kind, managerId: ME, sharedWith: [] }],
        ['sharedWith', { kind, managerId: OTHER, sharedWith: ['hr-x', ME] }],
        ['other', { kind, managerId: OTHER, sharedWith: ['hr-x'] }],
      ];
  }
}

const hireContent = (relation: string, actions: string) =>
  HIRE_CONTENT.flatMap((kind) => actions.split(' ').map((action) => `${kind} ${relation} ${action}`));

/** "kind relation action" triples allowed per role; nothing else is. */
const EXPECTED: Record<Role, string[]> = {
  manager: [
    ...hireContent('owner', 'read change'),
    'hire owner share',
    'hire owner handOver',
    'privateNote author read',
    'privateNote author change',
    'framework any read',
    'framework any propose',
    'account self read',
    'account self change',
  ],
  hr: [
    ...hireContent('sharedWith', 'read'),
    'framework any read',
    'framework any change',
    'orgOverview any read',
    'account self read',
    'account self change',
  ],
  admin: [
    'framework any read',
    'accounts any read',
    'accounts any invite',
    'account self read',
    'account self change',
    'account other read',
    'account other changeRole',
    'account other disable',
  ],
};

describe('role policy', () => {
  const rows = ROLES.flatMap((role) =>
    RESOURCE_KINDS.flatMap((kind) =>
      resourcesFor(kind).flatMap(([relation, resource]) =>
        ACTIONS.map((action) => ({ role, kind, relation, resource, action })),
      ),
    ),
  );

  it('covers every combination (3 roles × 14 kinds × their relations × 8 actions)', () => {
    expect(rows).toHaveLength(3 * (9 * 3 + 2 + 2 + 3) * 8);
  });

  it('allows exactly the table and refuses everything else', () => {
    const mismatches = rows
      .filter(({ role, kind, relation, resource, action }) => {
        const actor: Actor = { id: ME, role };
        expect(relationOf(actor, resource)).toBe(relation);
        const expected = EXPECTED[role].includes(`${kind} ${relation} ${action}`);
        return isAllowed(actor, resource, action) !== expected;
      })
      .map(({ role, kind, relation, action }) => `${role} ${kind} ${relation} ${action}`);
    expect(mismatches).toEqual([]);
    const allowedCount = rows.filter((row) =>
      isAllowed({ id: ME, role: row.role }, row.resource, row.action),
    );
    expect(allowedCount).toHaveLength(Object.values(EXPECTED).flat().length);
  });

  it('returns a private note to its author alone: not the hire’s HR lead, not an administrator', () => {
    const note: Resource = { kind: 'privateNote', authorId: 'manager-a' };
    expect(isAllowed({ id: 'manager-a', role: 'manager' }, note, 'read')).toBe(true);
    expect(isAllowed({ id: 'manager-b', role: 'manager' }, note, 'read')).toBe(false);
    expect(isAllowed({ id: 'hr-1', role: 'hr' }, note, 'read')).toBe(false);
    expect(isAllowed({ id: 'admin-1', role: 'admin' }, note, 'read')).toBe(false);
  });

  it('shows an HR lead ratings and evidence only of a hire shared with them, and never lets them change it', () => {
    for (const kind of ['rating', 'evidence', 'sharedNote'] as const) {
      const unshared: Resource = { kind, managerId: 'manager-a', sharedWith: [] };
      const shared: Resource = { kind, managerId: 'manager-a', sharedWith: ['hr-1'] };
      expect(isAllowed({ id: 'hr-1', role: 'hr' }, unshared, 'read')).toBe(false);
      expect(isAllowed({ id: 'hr-1', role: 'hr' }, shared, 'read')).toBe(true);
      expect(isAllowed({ id: 'hr-1', role: 'hr' }, shared, 'change')).toBe(false);
    }
  });

  it('says what was refused in plain words', () => {
    const message = (actor: Actor, resource: Resource, action: (typeof ACTIONS)[number]) => {
      try {
        assertAllowed(actor, resource, action);
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(
      message(
        { id: 'manager-b', role: 'manager' },
        { kind: 'checkIn', managerId: 'a', sharedWith: [] },
        'read',
      ),
    ).toBe('No check-in with that id');
    expect(message({ id: 'manager-b', role: 'manager' }, { kind: 'framework' }, 'change')).toBe(
      'Your account (manager) may not change this role framework',
    );
  });

  it('hides another manager’s hire as NOT_FOUND and refuses a visible but forbidden action as FORBIDDEN', () => {
    const code = (actor: Actor, resource: Resource, action: (typeof ACTIONS)[number]) => {
      try {
        assertAllowed(actor, resource, action);
        return 'allowed';
      } catch (error) {
        return error instanceof AppError ? error.code : 'threw something else';
      }
    };
    const hireOfA: Resource = { kind: 'hire', managerId: 'manager-a', sharedWith: ['hr-1'] };
    expect(code({ id: 'manager-a', role: 'manager' }, hireOfA, 'change')).toBe('allowed');
    expect(code({ id: 'manager-b', role: 'manager' }, hireOfA, 'read')).toBe('NOT_FOUND');
    expect(code({ id: 'admin-1', role: 'admin' }, hireOfA, 'read')).toBe('NOT_FOUND');
    expect(code({ id: 'hr-1', role: 'hr' }, hireOfA, 'change')).toBe('FORBIDDEN');
    expect(code({ id: 'hr-2', role: 'hr' }, { kind: 'privateNote', authorId: 'manager-a' }, 'read')).toBe(
      'NOT_FOUND',
    );
    expect(code({ id: 'manager-a', role: 'manager' }, { kind: 'framework' }, 'change')).toBe('FORBIDDEN');
    expect(code({ id: 'admin-1', role: 'admin' }, { kind: 'account', userId: 'admin-1' }, 'disable')).toBe(
      'FORBIDDEN',
    );
  });
});
