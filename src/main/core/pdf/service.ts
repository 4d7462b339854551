// Exporting a hire's coaching plan as a PDF. Everything is read inside the call's transaction;
// the rendering happens after it, touching no data.
import type { Awaitable } from '../awaitable';
import type { z } from 'zod';
import { transitionGuideForRoles } from '@shared/catalog/transitions';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { findRole } from '@shared/framework/lookup';
import type { Framework } from '@shared/framework/types';
import type { Settings } from '@shared/settings/schema';
import type { pdfPlanInput } from '@shared/pdf/schema';
import type { HireProgress } from '@shared/progress/report';
import { Later } from '../dispatcher';
import { conflict, notFound } from '../errors';
import type { CheckInService } from '../checkins/service';
import type { HireService } from '../hires/service';
import type { PlanService } from '../plans/service';
import { planFileName } from './file-name';
import { paperForLocale, resolveLocale } from './format';
import type { PlanPdfInput } from './model';

/** How success is judged in the new role, to the hire: the move's guide, else the two roles' own words. */
function successNow(fw: Framework, fromRoleId: string, toRoleId: string): string {
  const guide = transitionGuideForRoles(fw, fromRoleId, toRoleId);
  if (guide) return guide.successNow;
  const from = findRole(fw, fromRoleId);
  const to = findRole(fw, toRoleId);
  if (!from || !to) return '';
  return from.judgedOn === to.judgedOn
    ? `As a ${to.name}, success is ${to.successMeasures}, rather than ${from.successMeasures}.`
    : `As a ${from.name}, you were judged on ${from.judgedOn}: ${from.successMeasures}. As a ${to.name}, you are judged on ${to.judgedOn}: ${to.successMeasures}.`;
}

export function createPdfService(deps: {
  hires: Pick<HireService, 'find'>;
  plans: Pick<PlanService, 'find' | 'currentOf'>;
  checkIns: Pick<CheckInService, 'history'>;
  progress: (hireId: string) => Awaitable<HireProgress>;
  framework: () => Awaitable<Framework>;
  settings: () => Awaitable<Settings>;
  now: () => Date;
}) {
  return {
    async plan(input: z.output<typeof pdfPlanInput>): Promise<Later<{ fileName: string; base64: string }>> {
      const hire = await deps.hires.find(input.hireId);
      if (!hire) throw notFound('hire', input.hireId);
      const plan = await (input.planId ? deps.plans.find(input.planId) : deps.plans.currentOf(hire.id));
      if (input.planId && (!plan || plan.hireId !== hire.id)) throw notFound('plan', input.planId);
      if (!plan) throw conflict(`${hire.name} has no coaching plan to export yet`);
      const fw = await deps.framework();
      const locale = resolveLocale(input.locale);
      const forManager = input.audience === 'manager';
      const includeCheckIns = forManager && input.includeCheckIns;
      const document: PlanPdfInput = {
        audience: input.audience,
        hireName: hire.name,
        managerName: (await deps.settings()).managerName.trim(),
        fromRoleName: findRole(fw, hire.currentRoleId)?.name ?? hire.currentRoleId,
        toRoleName: findRole(fw, hire.targetRoleId)?.name ?? hire.targetRoleId,
        successNow: successNow(fw, hire.currentRoleId, hire.targetRoleId),
        plan,
        progress: await deps.progress(hire.id),
        checkIns: includeCheckIns ? await deps.checkIns.history(hire.id, undefined) : [],
        competencyNames: new Map(fw.competencies.map((c) => [c.id, c.name])),
        options: {
          paper: input.paper ?? paperForLocale(locale),
          includeCheckIns,
          includePrivateNotes: includeCheckIns && input.includePrivateNotes,
        },
        generatedOn: toCalendarDate(deps.now()),
        locale,
      };
      return new Later(async () => {
        // Loaded on first export: PDFKit and the fonts stay off the start-up path.
        const { renderPlanPdf } = await import('./plan-document');
        return {
          fileName: planFileName(hire.name, plan.version, input.audience),
          base64: (await renderPlanPdf(document)).toString('base64'),
        };
      });
    },
  };
}
