// The assessments.* channels.
import type { AreaHandlers } from '../handlers';
import type { AssessmentService } from './service';

export function assessmentHandlers(assessments: AssessmentService): AreaHandlers<'assessments'> {
  return {
    'assessments.create': assessments.create,
    'assessments.correct': assessments.correct,
    'assessments.list': ({ hireId }) => assessments.list(hireId),
  };
}
