// The document's opening: the cover (hire, manager, move and dates), then what the new role expects
// and how success is judged now, what to keep and what to hand over.
import { levelNames } from '@shared/framework/types';
import { activityList, hireVoice, moveLine } from '../activities';
import { COLORS, TEXT } from '../layout';
import { moveItems, type Context } from '../model';

export function cover(ctx: Context): void {
  const { input, layout, blocks, f, forHire } = ctx;
  const { plan } = input;
  const sect = layout.group(layout.root, 'Sect');
  const brand = forHire ? 'ROLEBRIDGE · YOUR COACHING PLAN' : 'ROLEBRIDGE · COACHING PLAN · MANAGER’S COPY';
  layout.element(sect, 'P', () => layout.draw(brand, { ...TEXT.label, color: COLORS.accent }));
  layout.space(4);
  layout.element(sect, 'H1', () => layout.draw(input.hireName, TEXT.h1));
  layout.element(sect, 'P', () =>
    layout.draw(`From ${input.fromRoleName} to ${input.toRoleName}`, { size: 12, color: COLORS.muted }),
  );
  layout.space(8);
  layout.rule();
  layout.space(6);
  const runs = `${f.date(plan.horizon.startDate)} – ${f.date(plan.horizon.endDate)}`;
  const weeks = `${f.number(plan.horizon.weeks)} weeks`;
  const hours = `${f.number(plan.options.hoursPerWeek)} h a week`;
  const pairs: [string, string][] = forHire
    ? [
        ...(input.managerName ? [['Your manager', input.managerName] as [string, string]] : []),
        ['Your plan runs', runs],
        ['Length', weeks],
        ['Time for development', hours],
        ['One-on-ones', f.number(plan.checkIns.length)],
        ['Prepared', f.date(input.generatedOn)],
      ]
    : [
        ['Manager', input.managerName || 'Not set in Settings'],
        ['Plan', `Version ${plan.version}${plan.status === 'current' ? ' (current)' : ' (earlier version)'}`],
        ['Runs', runs],
        ['Length', weeks],
        ['Development time', hours],
        ['Produced', f.date(input.generatedOn)],
      ];
  blocks.grid(sect, pairs);
}

/** How success is judged now, and where the plan starts. */
export function expectations(ctx: Context): void {
  const { input, blocks, forHire } = ctx;
  const { plan } = input;
  if (!forHire) {
    const sect = blocks.section2('Expectations for the move');
    for (const text of plan.expectations) blocks.paragraph(sect, text);
    warnings(ctx, sect);
    return;
  }
  const sect = blocks.section2('What your new role expects');
  blocks.paragraph(sect, input.successNow);
  const first = plan.largestGaps.map(
    (g) => `${g.name} (${levelNames[g.current]} to ${levelNames[g.target]})`,
  );
  blocks.paragraph(
    sect,
    first.length > 0
      ? `Your plan starts with ${joinNames(first)}: the skills where the step up is largest. Each is built one level at a time, with real work, other people’s feedback and your manager’s coaching.`
      : `You already work at the level a ${input.toRoleName} is expected to: the move is about focus and ownership, not new skills.`,
  );
}

function warnings(ctx: Context, sect: PDFKit.PDFStructureElement): void {
  const { layout, blocks, input } = ctx;
  const list = input.plan.warnings;
  if (list.length === 0) return;
  const lines = list.map((w) => `• ${w}`);
  const width = layout.width - 12;
  const height =
    layout.measure('Before you start', TEXT.strong) +
    lines.reduce((h, l) => h + layout.measure(l, TEXT.body, width), 0);
  blocks.boxed(height, () => {
    layout.element(sect, 'P', () => layout.draw('Before you start', TEXT.strong, layout.left + 6, width));
    for (const line of lines)
      layout.element(sect, 'P', () => layout.draw(line, TEXT.body, layout.left + 6, width));
  });
}

/** What carries over to the new role, and what is handed to others (with the hand-overs' dates). */
export function keepAndHandOver(ctx: Context): void {
  const { input, blocks, forHire } = ctx;
  const { plan } = input;
  const keep = blocks.section2(forHire ? 'What to keep' : 'Strengths to lean on');
  if (plan.carryOver.length > 0) {
    if (forHire)
      blocks.paragraph(keep, 'You already bring these at the level the new role expects; lean on them.');
    blocks.simpleList(
      keep,
      plan.carryOver.map((s) => `${s.name} (${levelNames[s.level]})`),
    );
  } else {
    blocks.paragraph(
      keep,
      forHire
        ? 'Your strengths grow into the new role as the plan goes.'
        : 'None yet at the new role’s level.',
    );
  }
  const handOvers = moveItems(plan).filter((w) => w.purpose === 'letGo');
  const covered = new Set(handOvers.map((w) => w.competencyId));
  const rest = plan.letGo.filter((g) => !covered.has(g.competencyId));
  if (handOvers.length === 0 && rest.length === 0) return;
  const sect = blocks.section2(forHire ? 'What to hand over' : 'Let go or hand to others');
  if (forHire)
    blocks.paragraph(
      sect,
      hireVoice(
        `A ${input.fromRoleName} carries these; a ${input.toRoleName} leans on others for them. Handing them over frees the time the plan needs.`,
      ),
    );
  activityList(
    ctx,
    sect,
    handOvers.map((w) => moveLine(ctx, w)),
  );
  if (rest.length > 0)
    blocks.simpleList(
      sect,
      rest.map((g) => `${g.name}: hand to others`),
    );
}

/** "a, b and c". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
