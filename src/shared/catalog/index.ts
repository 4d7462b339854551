// The built-in framework, assembled.
import type { Framework } from '../framework/types';
import { builtInActivities } from './activities';
import { builtInAreas, builtInCompetencies } from './competencies';
import { builtInRoles } from './roles';

export const builtInFramework: Framework = {
  areas: builtInAreas,
  competencies: builtInCompetencies,
  roles: builtInRoles,
  activities: builtInActivities,
};
