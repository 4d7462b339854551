// A coaching plan as a tagged PDF (PDF/UA): the hire's version, written to the hire, or the
// manager's copy with the gaps, progress and one-on-one summaries. Sections come in reading order;
// each is a Sect with its heading, bookmarked in the outline.
import { Blocks } from './blocks';
import { documentLanguage, formatsFor } from './format';
import { builtInFramework, builtInTransitionGuides } from '@shared/catalog';
import { needsCjk, warmShaping } from './fonts';
import { Layout } from './layout';
import type { Context, PlanPdfInput } from './model';
import { cover, expectations, keepAndHandOver } from './sections/opening';
import { firstNinetyDays, thePlan } from './sections/plan';
import { followOn, oneOnOnes } from './sections/schedule';
import { checkInSummaries, gaps, progress } from './sections/manager';

export type { PlanPdfInput } from './model';

/** The sections of each version, in the order they are read. */
const SECTIONS: Record<PlanPdfInput['audience'], ((ctx: Context) => void)[]> = {
  hire: [cover, expectations, keepAndHandOver, firstNinetyDays, thePlan, oneOnOnes, followOn],
  manager: [
    cover,
    expectations,
    keepAndHandOver,
    firstNinetyDays,
    gaps,
    progress,
    thePlan,
    oneOnOnes,
    followOn,
    checkInSummaries,
  ],
};

export function documentTitle(input: PlanPdfInput): string {
  return input.audience === 'hire'
    ? `Coaching plan for ${input.hireName}`
    : `Coaching plan for ${input.hireName} (manager’s copy)`;
}

/** The role library's words (activities, hand-overs, how success is judged), in the faces the document sets them in. */
function libraryText(): Parameters<typeof warmShaping>[0] {
  const { activities: library, competencies, roles } = builtInFramework;
  const activities = [...library, ...builtInTransitionGuides.flatMap((g) => g.letGo)];
  const names = [...competencies.map((c) => c.name), ...roles.map((r) => r.name)];
  return {
    bold: [...activities.map((a) => a.title), ...names],
    regular: [
      ...activities.flatMap((a) => [a.description, a.withWhom]),
      ...builtInTransitionGuides.map((g) => g.successNow),
      ...names,
    ],
    italic: activities.map((a) => `How you will know it worked: ${a.evidence}`),
  };
}

export async function renderPlanPdf(input: PlanPdfInput): Promise<Buffer> {
  warmShaping(libraryText());
  const layout = new Layout({
    title: documentTitle(input),
    author: input.managerName || 'Rolebridge',
    subject: `From ${input.fromRoleName} to ${input.toRoleName}`,
    lang: documentLanguage(input.locale),
    paper: input.options.paper,
    // Only a document with Japanese or Chinese text loads the 5 MB CJK faces.
    withCjk: needsCjk(`${input.hireName}${input.managerName}${JSON.stringify(input.plan)}`),
  });
  const ctx: Context = {
    input,
    layout,
    blocks: new Blocks(layout),
    f: formatsFor(input.locale),
    forHire: input.audience === 'hire',
  };
  for (const section of SECTIONS[input.audience]) section(ctx);
  const footer = `${input.hireName} · ${input.fromRoleName} to ${input.toRoleName} · plan version ${input.plan.version}`;
  layout.footers(footer, (page, pages) => `Page ${ctx.f.number(page)} of ${ctx.f.number(pages)}`);
  return layout.finish();
}
