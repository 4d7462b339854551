// Exporting a hire's coaching plan as a PDF. Everything is read inside the call's transaction;
// the rendering happens after it, touching no data.
import type { z } from 'zod';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { findRole } from '@shared/framework/lookup';
import type { Framework } from '@shared/framework/types';
import type { Settings } from '@shared/settings/schema';
import type { pdfPlanInput } from '@shared/pdf/schema';
import type { HireProgress } from '@shared/progress/report';
import { Later } from '../dispatcher';
import { conflict, notFound } from '../errors';
import type { CheckInRepository } from '../checkins/repository';
import type { HireRepository } from '../hires/repository';
import type { PlanRepository } from '../plans/repository';
import { slug } from '@shared/text/slug';

export function createPdfService(deps: {
  hires: HireRepository;
  plans: PlanRepository;
  checkIns: CheckInRepository;
  progress: (hireId: string) => HireProgress;
  framework: () => Framework;
  settings: () => Settings;
  now: () => Date;
}) {
  return {
    plan(input: z.output<typeof pdfPlanInput>): Later<{ fileName: string; base64: string }> {
      const hire = deps.hires.get(input.hireId);
      if (!hire) throw notFound('hire', input.hireId);
      const plan = input.planId ? deps.plans.get(input.planId) : deps.plans.current(hire.id);
      if (input.planId && (!plan || plan.hireId !== hire.id)) throw notFound('plan', input.planId);
      if (!plan) throw conflict(`${hire.name} has no coaching plan to export yet`);
      const fw = deps.framework();
      const document = {
        hireName: hire.name,
        managerName: deps.settings().managerName,
        fromRoleName: findRole(fw, hire.currentRoleId)?.name ?? hire.currentRoleId,
        toRoleName: findRole(fw, hire.targetRoleId)?.name ?? hire.targetRoleId,
        plan,
        progress: deps.progress(hire.id),
        checkIns: input.includeCheckIns ? deps.checkIns.history(hire.id, '') : [],
        competencyNames: new Map(fw.competencies.map((c) => [c.id, c.name])),
        options: {
          paper: input.paper,
          includeCheckIns: input.includeCheckIns,
          includePrivateNotes: input.includeCheckIns && input.includePrivateNotes,
        },
        generatedOn: toCalendarDate(deps.now()),
      };
      return new Later(async () => {
        // Loaded on first export: react-pdf and its fonts stay off the start-up path.
        const { renderPlanPdf } = await import('./plan-document');
        return {
          fileName: `coaching-plan-${slug(hire.name, 'hire')}-v${plan.version}.pdf`,
          base64: (await renderPlanPdf(document)).toString('base64'),
        };
      });
    },
  };
}
