// The built-in framework, assembled, and the guides for the built-in moves between its roles.
import type { Framework } from '../framework/types';
import { builtInActivities } from './activities';
import { builtInAreas, builtInCompetencies } from './competencies';
import { builtInRoles } from './roles';

export { builtInTransitionGuides, transitionGuideFor, transitionGuideForRoles } from './transitions';

export const builtInFramework: Framework = {
  areas: builtInAreas,
  competencies: builtInCompetencies,
  roles: builtInRoles,
  activities: builtInActivities,
};
