// The built-in competencies: four areas, fifteen competencies, and what a person does at each
// level. Written for assessors: pick the level whose description matches what you have seen.
import type { Area, Competency } from '../framework/types';

export const builtInAreas: Area[] = [
  {
    id: 'strategy',
    name: 'Strategy and outcomes',
    summary: 'Deciding what is worth doing and owning whether it worked.',
  },
  {
    id: 'insight',
    name: 'Customer and market insight',
    summary: 'Knowing customers, the market and the numbers well enough to decide.',
  },
  {
    id: 'delivery',
    name: 'Delivery and execution',
    summary: 'Turning decisions into shipped work, with the team, predictably.',
  },
  {
    id: 'influence',
    name: 'Influence and collaboration',
    summary: 'Moving people and teams without relying on authority.',
  },
];

type Levels = Competency['levels'];
const competency = (
  id: string,
  areaId: string,
  name: string,
  summary: string,
  levels: Levels,
): Competency => ({
  id,
  areaId,
  name,
  summary,
  levels,
  builtIn: true,
});

export const builtInCompetencies: Competency[] = [
  competency(
    'outcome-ownership',
    'strategy',
    'Outcome ownership',
    'Owns a measurable result for customers and the business, not just the delivery of work.',
    [
      'Measures success by whether the work shipped on time; does not yet ask what changed for customers.',
      'Can name the metric a piece of work is meant to move, when asked, and checks it after launch with help.',
      'Sets a target outcome before work starts, tracks it after launch, and changes course when it is not moving.',
      'Owns outcomes for an area: frames goals as customer or business results, and is trusted to trade scope for impact.',
      'Shapes how the organisation sets and reviews outcome goals; others adopt their way of measuring impact.',
    ],
  ),
  competency(
    'vision-roadmap',
    'strategy',
    'Product vision and roadmap',
    'Describes where the product is going and why, and turns that into a roadmap people believe.',
    [
      'Works from a roadmap someone else wrote and does not yet question its direction.',
      'Explains the current vision in their own words and keeps a roadmap up to date for one team.',
      'Writes a roadmap for their area organised around problems and outcomes, and explains the reasoning behind its order.',
      'Sets a compelling direction for a product area that teams use to make their own decisions.',
      'Defines product vision across several teams and coaches others to write strategy that holds up.',
    ],
  ),
  competency(
    'prioritisation',
    'strategy',
    'Prioritisation and trade-offs',
    'Chooses what not to do, using evidence, and makes trade-offs explicit.',
    [
      'Takes requests in the order they arrive or as the loudest voice asks.',
      'Uses a simple method (value against effort, MoSCoW) when prompted, with guidance on the inputs.',
      'Ranks work with a consistent method and evidence, says no to good ideas, and explains the trade-off.',
      'Makes hard calls across competing stakeholders and time horizons, and the calls stick.',
      'Designs how a group of teams prioritises, and teaches others to make and defend trade-offs.',
    ],
  ),
  competency(
    'business-acumen',
    'strategy',
    'Business acumen',
    'Understands how the business makes money and how product decisions affect it.',
    [
      'Does not yet connect their work to revenue, cost or the business model.',
      'Knows the main revenue streams and costs of their product and where their work fits.',
      'Builds a simple business case (sizing, pricing effect, cost) and uses it in decisions.',
      'Weighs commercial, legal and operational constraints in product choices and speaks the language of finance and sales.',
      'Shapes business models and pricing, and is sought out by leadership for commercial judgement.',
    ],
  ),
  competency(
    'customer-discovery',
    'insight',
    'Customer discovery',
    'Learns what customers need by talking to them and testing ideas before building.',
    [
      'Relies on requests passed on by others; has not run customer conversations.',
      'Joins customer interviews or usability sessions and takes useful notes.',
      'Plans and runs interviews and quick tests, and turns what they learn into decisions.',
      'Runs continuous discovery with the team: a steady rhythm of interviews and experiments that changes the roadmap.',
      'Builds the discovery practice for a group and coaches others to test the riskiest assumptions first.',
    ],
  ),
  competency(
    'data-fluency',
    'insight',
    'Data fluency and experimentation',
    'Uses data to understand behaviour and to test whether a change worked.',
    [
      'Reads a dashboard others built, without questioning what it shows.',
      'Finds the numbers they need in existing tools and spots obvious trends.',
      'Defines metrics and events for a feature, queries data on their own, and reads a simple experiment correctly.',
      'Designs experiments with sound success criteria, and challenges misleading numbers.',
      'Sets the measurement approach for an area and teaches others to reason with data.',
    ],
  ),
  competency(
    'user-experience',
    'insight',
    'User experience sense',
    'Judges whether a solution is usable and delightful, and works well with designers.',
    [
      'Describes solutions as features and screens, not as what the user is trying to do.',
      'Follows user flows and gives feedback on designs when asked.',
      'Frames problems as user journeys, reviews designs against them, and involves design from the start.',
      'Partners with designers as an equal, making sound usability trade-offs under constraints.',
      'Raises the bar for experience quality across teams; others ask for their design critique.',
    ],
  ),
  competency(
    'market-awareness',
    'insight',
    'Market and competitive awareness',
    'Knows the market, the competition and the trends that could change the product’s future.',
    [
      'Knows little about competitors or the wider market.',
      'Names the main competitors and how the product differs from them.',
      'Keeps a current view of competitors and trends, and uses it in roadmap and positioning choices.',
      'Spots market shifts early and turns them into opportunities or defences.',
      'Is an authority on the market, inside and outside the company.',
    ],
  ),
  competency(
    'specification',
    'delivery',
    'Problem framing and specification',
    'Writes problems, requirements and stories that let a team build the right thing.',
    [
      'Hands over solutions without the problem behind them, or not at all.',
      'Writes requirements or stories from a template, with help to fill gaps.',
      'Writes clear problem statements, acceptance criteria and edge cases the team can build from without rework.',
      'Frames ambiguous problems so the team can choose the solution, keeping detail where it matters.',
      'Sets the standard for how problems are framed across teams and coaches others to write well.',
    ],
  ),
  competency(
    'backlog-management',
    'delivery',
    'Backlog management',
    'Keeps the team’s backlog ordered, refined and ready, so it always works on the most valuable items.',
    [
      'Has not yet owned a backlog.',
      'Keeps a backlog tidy and refined with guidance on what comes first.',
      'Orders the backlog by value, runs refinement, and keeps the next few sprints ready.',
      'Uses the backlog to steer the team toward a product goal, and keeps it lean.',
      'Helps many teams manage their backlogs well and improves the practice itself.',
    ],
  ),
  competency(
    'delivery-planning',
    'delivery',
    'Delivery planning and coordination',
    'Plans and coordinates schedules, milestones, dependencies, risks and resources.',
    [
      'Has not planned work beyond their own tasks.',
      'Tracks a plan someone else made and flags slips.',
      'Builds and runs a delivery plan for a team, managing dependencies and risks.',
      'Coordinates complex programmes across teams and keeps them on track under change.',
      'Designs how an organisation plans and delivers; others copy their methods.',
    ],
  ),
  competency(
    'technical-fluency',
    'delivery',
    'Technical fluency',
    'Understands how the product is built well enough to weigh technical trade-offs with engineers.',
    [
      'Treats technology as a black box.',
      'Understands the main parts of the system and follows technical discussions with help.',
      'Discusses architecture and technical debt with engineers and factors them into decisions.',
      'Makes sound trade-offs between scope, quality and technical risk, and is trusted by engineers to do so.',
      'Shapes technical strategy together with engineering leaders.',
    ],
  ),
  competency(
    'stakeholder-management',
    'influence',
    'Stakeholder management',
    'Keeps the right people informed, involved and aligned, and handles disagreement.',
    [
      'Does not yet know who the stakeholders of their work are.',
      'Keeps the stakeholders they were introduced to updated.',
      'Maps stakeholders, involves them at the right moments, and resolves ordinary disagreements.',
      'Aligns senior and conflicting stakeholders around decisions, including unwelcome ones.',
      'Builds alignment across the organisation and is the person others ask to broker agreement.',
    ],
  ),
  competency(
    'communication',
    'influence',
    'Communication and storytelling',
    'Explains the why as well as the what, in writing and in person, to any audience.',
    [
      'Communicates status and facts, mostly without the why.',
      'Writes clear updates and presents to their own team.',
      'Tells a convincing story with evidence to mixed audiences, in writing and in person.',
      'Persuades leadership and large groups; their documents shape decisions.',
      'Known for communication that changes minds; coaches others in it.',
    ],
  ),
  competency(
    'influence-leadership',
    'influence',
    'Leading without authority',
    'Leads a team toward a goal through trust and clarity rather than position.',
    [
      'Relies on a manager or the process to get others to act.',
      'Earns trust within their own team and contributes to its decisions.',
      'Leads a cross-functional team to decisions and commitment without formal authority.',
      'Builds motivated, autonomous teams and resolves conflict between them.',
      'Develops other leaders and shapes the culture of how teams work.',
    ],
  ),
];
