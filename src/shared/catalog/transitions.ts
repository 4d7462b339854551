// The built-in moves between roles, as a manager would brief them: which skills the person must
// flex first, what success means now, and the habits of the old role handed over as real work in
// the first weeks. Each role's habitsToRelease (roles.ts) says the same in a phrase.
import { findRole } from '../framework/lookup';
import type { Framework, TransitionGuide } from '../framework/types';

export const builtInTransitionGuides: TransitionGuide[] = [
  {
    fromRoleId: 'project-manager',
    toRoleId: 'product-manager',
    // From delivering the agreed plan to owning what is built and why, judged after launch.
    flexFirst: ['outcome-ownership', 'customer-discovery', 'prioritisation', 'vision-roadmap'],
    successNow:
      'Until now you were judged on delivering the agreed plan on time, in scope and on budget. As a product manager you are judged on what changes for customers and the business after launch: adoption, retention and revenue. Deciding what the team builds and why is now yours, and a launch is where the measuring starts, not the finish line.',
    letGo: [
      {
        id: 'pm-to-prod-hand-over-schedule',
        competencyId: 'delivery-planning',
        title: 'Hand the schedule to a delivery lead',
        description:
          'Agree with your manager who owns the delivery schedule from now on (a delivery lead, scrum master or the engineering lead), walk them through it and its risks, and stop updating it yourself.',
        withWhom: 'The delivery lead or engineering lead, with your manager',
        evidence:
          'The new owner keeps the schedule up to date for two weeks running without you; you read it, you do not edit it.',
        effortHours: 3,
        spanWeeks: 3,
        checkInTopic:
          'Who updated the schedule this week, and where did you step in when you no longer need to?',
      },
      {
        id: 'pm-to-prod-hand-over-status-meeting',
        competencyId: 'delivery-planning',
        title: 'Hand the status meeting to the delivery lead',
        description:
          'Give the weekly status meeting and the status report to the delivery lead. Attend for the first two weeks only to answer product questions, then replace your seat with a short written product update.',
        withWhom: 'The delivery lead and the meeting’s regular attendees',
        evidence:
          'The meeting runs without you, and you can name the customer or stakeholder work you did with the hour it freed.',
        effortHours: 2,
        spanWeeks: 4,
        checkInTopic: 'What did you do this week with the hour the status meeting used to take?',
      },
    ],
  },
  {
    fromRoleId: 'product-owner',
    toRoleId: 'product-manager',
    // From administering the backlog to owning the product goal, the evidence behind it and the strategy.
    flexFirst: [
      'outcome-ownership',
      'customer-discovery',
      'data-fluency',
      'vision-roadmap',
      'business-acumen',
    ],
    successNow:
      'You have been judged on a well-ordered backlog and increments the customer accepts. Now you are judged on whether the product reaches goals you set for customers and the business, measured after release, not in story points or velocity. The team looks after the backlog detail; your time goes to the product goal, the evidence behind it and the strategy beyond the next few sprints.',
    letGo: [
      {
        id: 'po-to-prod-hand-over-refinement',
        competencyId: 'specification',
        title: 'Hand story writing and refinement to the team',
        description:
          'Agree with the team that they write and refine the stories for the coming sprints from the goals you set. Join refinement only to explain the why and to answer questions about customers.',
        withWhom: 'The team, its lead developer and the scrum master',
        evidence:
          'Two sprints of stories written and refined by the team, and under an hour a week of your time spent in story detail.',
        effortHours: 3,
        spanWeeks: 4,
        checkInTopic:
          'How many hours did you spend in story detail this week, and what did the rest of your time go to?',
      },
      {
        id: 'po-to-prod-own-product-goal',
        competencyId: 'backlog-management',
        title: 'Put a product goal above the backlog',
        description:
          'Write the product goal for the next quarter as a result for customers or the business, share it with the team and stakeholders, and from then on judge backlog items by whether they serve it.',
        withWhom: 'Your manager first, then the team and stakeholders',
        evidence:
          'A written product goal the team can repeat in its own words, and at least one backlog item dropped because it does not serve it.',
        effortHours: 3,
        spanWeeks: 3,
        checkInTopic: 'Which backlog item did the product goal rule out this fortnight, and who pushed back?',
      },
    ],
  },
  {
    fromRoleId: 'business-analyst',
    toRoleId: 'product-manager',
    // From documenting and facilitating other people's decisions to making and defending the call.
    flexFirst: ['prioritisation', 'outcome-ownership', 'influence-leadership', 'vision-roadmap'],
    successNow:
      'You were judged on complete, accurate requirements that stakeholders signed off. Now you decide what the team builds and what it does not, say why, and answer for the result for customers and the business. Bringing people to agreement still matters, but the decision is yours to make and to defend.',
    letGo: [
      {
        id: 'ba-to-prod-hand-over-requirements',
        competencyId: 'specification',
        title: 'Hand detailed requirements to the team',
        description:
          'Agree with the team, and with a business analyst if there is one, who writes detailed requirements from now on. You write the problem, the user and the evidence on one page; they write the detail.',
        withWhom: 'The team and any business analyst who supports it',
        evidence:
          'The next two pieces of work start from your one-page problem statement, with the detail written by others.',
        effortHours: 3,
        spanWeeks: 4,
        checkInTopic:
          'Which requirement did you write in detail this week that someone else could have written?',
      },
      {
        id: 'ba-to-prod-make-the-call',
        competencyId: 'stakeholder-management',
        title: 'Close the next disputed decision yourself',
        description:
          'In the next meeting where stakeholders disagree on what to build, hear them out, then make the call in the room or within a day, and write down what you decided and why.',
        withWhom: 'The stakeholders involved, with your manager told beforehand',
        evidence: 'A written decision with your name on it, which the stakeholders know is final.',
        effortHours: 2,
        spanWeeks: 3,
        checkInTopic:
          'Which decision did you make this fortnight instead of facilitating it, and how was it received?',
      },
    ],
  },
  {
    fromRoleId: 'software-engineer',
    toRoleId: 'product-manager',
    // Stop solving by building; learn the customer and the stakeholders before the solution, and
    // own the result. Business and market knowledge come after: a coach builds them on this footing.
    flexFirst: ['customer-discovery', 'stakeholder-management', 'outcome-ownership', 'influence-leadership'],
    successNow:
      'You were judged on well-built software that the team shipped. Now you are judged on whether what the team builds changes things for customers and the business, and the engineers own how it is built. Your job is to know the customers and the stakeholders well enough to decide what is worth building and why; when you catch yourself designing the solution, hand it back to the team.',
    letGo: [
      {
        id: 'eng-to-prod-hand-over-engineering-work',
        competencyId: 'technical-fluency',
        title: 'Hand your remaining engineering work to the team',
        description:
          'List the code, reviews and on-call duties you still hold, agree a new owner for each with the engineering lead, and hand them over within the month.',
        withWhom: 'The engineering lead',
        evidence: 'No code, review or on-call duty left in your name at the end of the month.',
        effortHours: 3,
        spanWeeks: 4,
        checkInTopic: 'What engineering work did you do this week, and who should have done it?',
      },
      {
        id: 'eng-to-prod-bring-problems-not-solutions',
        competencyId: 'technical-fluency',
        title: 'Bring the team problems, not solutions',
        description:
          'For the next two pieces of work, bring the team the problem, the customer evidence and the result you want, and let the engineers propose the solution. Keep your own design to yourself until they have.',
        withWhom: 'The team and the engineering lead',
        evidence:
          'Two pieces of work whose solution the team chose, and the engineering lead confirms you did not steer it.',
        effortHours: 2,
        spanWeeks: 6,
        checkInTopic: 'Where did you hand the team a solution this fortnight instead of a problem?',
      },
    ],
  },
  {
    fromRoleId: 'ux-designer',
    toRoleId: 'product-manager',
    // From perfecting the experience to weighing it against viability, cost and time.
    flexFirst: [
      'business-acumen',
      'prioritisation',
      'data-fluency',
      'stakeholder-management',
      'technical-fluency',
    ],
    successNow:
      'You were judged on well-researched, usable designs. Now you are judged on results for customers and for the business: a great experience also has to be viable, affordable to build and worth more than what it displaces. You decide the trade-offs between experience, cost and time, and explain them to stakeholders who want different things.',
    letGo: [
      {
        id: 'ux-to-prod-hand-over-design-work',
        competencyId: 'user-experience',
        title: 'Hand your design work to a designer',
        description:
          'Agree with your manager and the design lead who designs for your team from now on, hand over your open design work with its research, and from then on review designs rather than draw them.',
        withWhom: 'The design lead and the designer taking over',
        evidence:
          'Your open design work has a new owner, and you give feedback on designs instead of making them.',
        effortHours: 3,
        spanWeeks: 4,
        checkInTopic: 'Which design did you draw yourself this week, and who should have drawn it?',
      },
      {
        id: 'ux-to-prod-ship-good-enough',
        competencyId: 'user-experience',
        title: 'Ship a good-enough experience on purpose',
        description:
          'On the next piece of work, agree with the designer what is good enough to learn from, ship it at that bar, and plan more polish only if the results call for it.',
        withWhom: 'The designer and the engineering lead',
        evidence:
          'A release shipped at the agreed bar, and a decision on further polish taken from its results.',
        effortHours: 2,
        spanWeeks: 6,
        checkInTopic:
          'Where did you hold work back for polish this fortnight, and what would shipping it have cost?',
      },
    ],
  },
  {
    fromRoleId: 'customer-success-manager',
    toRoleId: 'product-manager',
    // From championing each customer to weighing many customers against each other, through the team.
    flexFirst: [
      'prioritisation',
      'customer-discovery',
      'vision-roadmap',
      'specification',
      'influence-leadership',
    ],
    successNow:
      'You were judged on the retention and satisfaction of the customers you looked after. Now you are judged on results across all customers and for the business, which means weighing many customers’ requests against each other and often saying no to one you know well. You work through the development team, so the product process and the team’s trust are now your tools.',
    letGo: [
      {
        id: 'csm-to-prod-hand-over-accounts',
        competencyId: 'stakeholder-management',
        title: 'Hand your customer accounts to the success team',
        description:
          'Agree with your former manager who takes each account you still look after, introduce the new owner to each customer, and step out of their renewal conversations.',
        withWhom: 'Your former manager and the colleagues taking over the accounts',
        evidence: 'Every account has a new owner who has met the customer, and no renewal waits on you.',
        effortHours: 4,
        spanWeeks: 4,
        checkInTopic:
          'Which customer still came to you directly this week, and did you pass them to their new owner?',
      },
      {
        id: 'csm-to-prod-one-request-list',
        competencyId: 'stakeholder-management',
        title: 'Put your customers’ requests on the one list',
        description:
          'Move the requests you carry for your former customers into the team’s single list of requests, with how many customers ask and what each is worth, and tell those customers they will be weighed with the rest.',
        withWhom: 'The customer success team and the customers concerned',
        evidence:
          'No request of yours is tracked anywhere but the shared list, and each shows how many customers ask for it.',
        effortHours: 3,
        spanWeeks: 3,
        checkInTopic:
          'Which customer’s request did you argue for this fortnight, and how did it compare with the rest of the list?',
      },
    ],
  },
  {
    fromRoleId: 'product-manager',
    toRoleId: 'senior-product-manager',
    // From making every call to setting direction and context so others make the calls.
    flexFirst: ['influence-leadership', 'vision-roadmap', 'outcome-ownership', 'stakeholder-management'],
    successNow:
      'You were judged on the results of your own product. Now you are judged on results across a product area and on how well the product managers and teams in it grow and decide without you. Your work is setting direction and context so that others make good calls; a call you make that they could have made is a missed chance for them to grow.',
    letGo: [
      {
        id: 'prod-to-senior-delegate-decisions',
        competencyId: 'prioritisation',
        title: 'Hand a kind of decision to your product managers',
        description:
          'Pick a kind of decision you still make every week (sprint scope, small trade-offs, which requests to take), give it to the product manager or team closest to it with the context and the limits, and stop reviewing it.',
        withWhom: 'The product managers and team leads in your area',
        evidence:
          'A month of those decisions made without you, and one you would have made differently but left alone.',
        effortHours: 2,
        spanWeeks: 4,
        checkInTopic:
          'Which decision did someone bring you this week that they could have made, and what context did they lack?',
      },
      {
        id: 'prod-to-senior-hand-over-team',
        competencyId: 'specification',
        title: 'Hand your own team’s day-to-day product work to a product manager',
        description:
          'If you still write specs and run a team’s planning yourself, hand them to a product manager in your area, with the goals, stakeholders and open decisions written down.',
        withWhom: 'The product manager taking over, and the team',
        evidence:
          'The product manager runs the team’s planning and specs; you join only its quarterly review.',
        effortHours: 4,
        spanWeeks: 6,
        checkInTopic:
          'What did you still do for your old team this fortnight that its product manager now owns?',
      },
    ],
  },
];

/** The guide for a move between two built-in roles, if the catalog has one. */
export function transitionGuideFor(fromRoleId: string, toRoleId: string): TransitionGuide | undefined {
  return builtInTransitionGuides.find((g) => g.fromRoleId === fromRoleId && g.toRoleId === toRoleId);
}

/** The built-in role a role stands for: itself, or the built-in role it was (indirectly) cloned from. */
function builtInAncestor(framework: Framework, roleId: string): string | undefined {
  const seen = new Set<string>();
  let role = findRole(framework, roleId);
  while (role && !role.builtIn && role.basedOn && !seen.has(role.id)) {
    seen.add(role.id);
    role = findRole(framework, role.basedOn);
  }
  return role?.builtIn ? role.id : undefined;
}

/**
 * The guide for a move between any two roles of a framework: a custom role uses the guide of the
 * built-in role it was cloned from, through any number of clones.
 */
export function transitionGuideForRoles(
  framework: Framework,
  fromRoleId: string,
  toRoleId: string,
): TransitionGuide | undefined {
  const from = builtInAncestor(framework, fromRoleId);
  const to = builtInAncestor(framework, toRoleId);
  return from && to ? transitionGuideFor(from, to) : undefined;
}
