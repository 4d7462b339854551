// Every area's PostgreSQL repository, bound to one call's transaction and signed-in account: what
// the team server hands the core's services (src/main/core/area-services.ts) for each request.
import type { Repositories } from '../../core/area-services';
import { createPostgresAssessmentRepository } from './assessments';
import { createPostgresLeaveRepository } from './calendar';
import { createPostgresCheckInRepository } from './checkins';
import { createPostgresEvidenceRepository } from './evidence';
import { createPostgresFrameworkRepository } from './framework';
import { createPostgresHireRepository } from './hires';
import { createPostgresPacketRepository } from './packet';
import { createPostgresPlanRepository } from './plans';
import { createPostgresSampleRepository } from './samples';
import { createPostgresSettingsRepository } from './settings';
import { readPostgresSummaries } from './summaries';
import { createPostgresTopicRepository } from './topics';
import type { RememberedReads } from './remembered-reads';
import type { RepositoryScope } from './scope';

/**
 * `remembered`: a batch of reads's memory (remembered-reads.ts), so the hire, its current plan and
 * its assessments are read once for all the batch's calls.
 */
export function postgresRepositories(scope: RepositoryScope, remembered?: RememberedReads): Repositories {
  const hires = createPostgresHireRepository(scope);
  const assessments = createPostgresAssessmentRepository(scope);
  const plans = createPostgresPlanRepository(scope);
  const repositories = {
    hires: remembered ? remembered.wrap('hires', hires, ['get']) : hires,
    framework: createPostgresFrameworkRepository(scope),
    assessments: remembered ? remembered.wrap('assessments', assessments, ['listForHire']) : assessments,
    plans: remembered ? remembered.wrap('plans', plans, ['current']) : plans,
    checkIns: createPostgresCheckInRepository(scope),
    settings: createPostgresSettingsRepository(scope),
    leave: createPostgresLeaveRepository(scope),
    topics: createPostgresTopicRepository(scope),
    evidence: createPostgresEvidenceRepository(scope),
    packets: createPostgresPacketRepository(scope),
    samples: createPostgresSampleRepository(scope),
  };
  return { ...repositories, summaries: (thisWeek) => readPostgresSummaries(scope, thisWeek) };
}
