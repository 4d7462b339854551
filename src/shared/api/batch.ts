// Several reads in one request: a team server answers POST /api/batch with each call's own Result,
// in order, read in one transaction. A page asks for a hire, its plan, its
// assessments and its history at once; one request and one transaction answer them all, where five
// would each pay for an HTTP exchange, a session check and a BEGIN and COMMIT of their own.
import type { ChannelName } from './channels';

/**
 * The channels a batch may carry: each reads and changes nothing a manager stored (the dashboard
 * keeps its worked-out facts, which is not a change anyone sees). Writes always travel alone, so
 * each keeps its own transaction and its own answer. `tests/core/batched-reads.test.ts` checks on
 * both storages that none of these changes a stored row.
 */
export const BATCHED_READS: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'hires.get',
  'hires.list',
  'roles.list',
  'roles.get',
  'roles.compare',
  'framework.get',
  'assessments.list',
  'plans.get',
  'plans.current',
  'plans.versions',
  'checkIns.schedule',
  'checkIns.history',
  'checkIns.get',
  'checkIns.agenda',
  'checkIns.due',
  'leave.list',
  'topics.list',
  'evidence.list',
  'calendar.nonWorkingDays',
  'calendar.countries',
  'settings.get',
  'progress.hire',
  'progress.dashboard',
]);

/** More reads than any page asks for at once; a client with more sends several batches. */
export const MAX_BATCH_CALLS = 20;

/** The path of the batch route, beside POST /api/<channel> (no channel is called "batch"). */
export const BATCH_PATH = '/api/batch';
