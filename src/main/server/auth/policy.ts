// Who may do what on a team server, as data: for each role, each kind of resource and the actor's
// relation to it, the actions allowed. Everything not listed is refused. Privacy first: a hire and
// everything under it belongs to its manager; a private note to its author alone; an HR/L&D lead
// sees a hire's content only when its manager shares the hire with them; an administrator manages
// accounts and sees no one's hires.
import { AppError } from '../../core/errors';
import type { Role } from './accounts';

/** A hire and what hangs under it. Ratings and evidence are named apart because HR must not see them unshared. */
export const HIRE_CONTENT = [
  'hire',
  'assessment',
  'rating',
  'evidence',
  'plan',
  'checkIn',
  'sharedNote',
  'actionItem',
  'topic',
] as const;
export type HireContentKind = (typeof HIRE_CONTENT)[number];

export const RESOURCE_KINDS = [
  ...HIRE_CONTENT,
  'privateNote',
  /** Competencies, roles and the activity library shared by everyone on the server. */
  'framework',
  /** Counts of transitions by move, status and weeks in; coaching load per manager. No names of notes. */
  'orgOverview',
  /** The list of accounts and invitations. */
  'accounts',
  /** One account. */
  'account',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const ACTIONS = [
  'read',
  /** Create, edit, archive or delete. */
  'change',
  /** Share a hire with an HR/L&D lead (read-only for them). */
  'share',
  /** Hand a hire to another manager, history included. */
  'handOver',
  /** Suggest a custom role or competency for the shared framework. */
  'propose',
  'invite',
  'changeRole',
  'disable',
] as const;
export type Action = (typeof ACTIONS)[number];

/** How the actor stands to the resource; `any` is for resources nobody owns (the framework). */
export const RELATIONS = ['owner', 'author', 'sharedWith', 'self', 'other', 'any'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface Actor {
  id: string;
  role: Role;
}

export type Resource =
  | { kind: HireContentKind; managerId: string; sharedWith: readonly string[] }
  | { kind: 'privateNote'; authorId: string }
  | { kind: 'framework' | 'orgOverview' | 'accounts' }
  | { kind: 'account'; userId: string };

type Rules = Partial<Record<ResourceKind, Partial<Record<Relation, readonly Action[]>>>>;

function forHireContent(relation: Relation, actions: readonly Action[]): Rules {
  return Object.fromEntries(HIRE_CONTENT.map((kind) => [kind, { [relation]: actions }]));
}

const OWN_ACCOUNT: Rules = { account: { self: ['read', 'change'] } };

export const POLICY: Record<Role, Rules> = {
  manager: {
    ...forHireContent('owner', ['read', 'change']),
    hire: { owner: ['read', 'change', 'share', 'handOver'] },
    privateNote: { author: ['read', 'change'] },
    framework: { any: ['read', 'propose'] },
    ...OWN_ACCOUNT,
  },
  hr: {
    ...forHireContent('sharedWith', ['read']),
    framework: { any: ['read', 'change'] },
    orgOverview: { any: ['read'] },
    ...OWN_ACCOUNT,
  },
  admin: {
    // Reading the framework lets an administrator see what the people they invite will work with.
    framework: { any: ['read'] },
    accounts: { any: ['read', 'invite'] },
    // Not their own role or account: an administrator cannot lock the server out of its last admin.
    account: { self: ['read', 'change'], other: ['read', 'changeRole', 'disable'] },
  },
};

/** How a refusal names the thing, in the manager's words. */
const KIND_LABELS: Record<ResourceKind, string> = {
  hire: 'hire',
  assessment: 'assessment',
  rating: 'rating',
  evidence: 'evidence',
  plan: 'plan',
  checkIn: 'check-in',
  sharedNote: 'note',
  actionItem: 'action item',
  topic: 'topic',
  privateNote: 'note',
  framework: 'role framework',
  orgOverview: 'organisation overview',
  accounts: 'list of accounts',
  account: 'account',
};

const ACTION_LABELS: Record<Action, string> = {
  read: 'see',
  change: 'change',
  share: 'share',
  handOver: 'hand over',
  propose: 'propose changes to',
  invite: 'invite people to',
  changeRole: 'change the role of',
  disable: 'turn off',
};

export function relationOf(actor: Actor, resource: Resource): Relation {
  switch (resource.kind) {
    case 'privateNote':
      return resource.authorId === actor.id ? 'author' : 'other';
    case 'account':
      return resource.userId === actor.id ? 'self' : 'other';
    case 'framework':
    case 'orgOverview':
    case 'accounts':
      return 'any';
    default:
      if (resource.managerId === actor.id) return 'owner';
      return resource.sharedWith.includes(actor.id) ? 'sharedWith' : 'other';
  }
}

export function isAllowed(actor: Actor, resource: Resource, action: Action): boolean {
  const allowed = POLICY[actor.role][resource.kind]?.[relationOf(actor, resource)] ?? [];
  return allowed.includes(action);
}

/**
 * Throws unless allowed. Someone else's hire, note or anything under it answers NOT_FOUND, as if it
 * did not exist, so ids cannot be probed; a thing the actor may see but not do answers FORBIDDEN.
 */
export function assertAllowed(actor: Actor, resource: Resource, action: Action): void {
  if (isAllowed(actor, resource, action)) return;
  const hidden = !ACTIONS.some((any) => isAllowed(actor, resource, any));
  const personal =
    resource.kind === 'privateNote' || (HIRE_CONTENT as readonly string[]).includes(resource.kind);
  const label = KIND_LABELS[resource.kind];
  if (hidden && personal) throw new AppError('NOT_FOUND', `No ${label} with that id`);
  throw new AppError(
    'FORBIDDEN',
    `Your account (${actor.role}) may not ${ACTION_LABELS[action]} this ${label}`,
  );
}
