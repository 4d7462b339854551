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
import type { RepositoryScope } from './scope';

export function postgresRepositories(scope: RepositoryScope): Repositories {
  const repositories = {
    hires: createPostgresHireRepository(scope),
    framework: createPostgresFrameworkRepository(scope),
    assessments: createPostgresAssessmentRepository(scope),
    plans: createPostgresPlanRepository(scope),
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
