// The hire packet: what the hire's own copy of the plan holds (built by the core from the saved plan
// and the role), and the answers file the hire saves from it and the manager imports.
import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date';
import { isInstant } from '../data/row-values';
import { evidenceLimits } from '../evidence/schema';
import { hireId } from '../hires/schema';
import { topicLimits } from '../topics/schema';
import { idField, multiLineText, singleLineText, uniqueBy } from '../text/fields';

/** Everything the packet page shows. No private notes, no manager's evidence, no status labels. */
export interface PacketContent {
  packetId: string;
  hireId: string;
  /** 1 for the first packet shared with this hire, then one more each time. */
  version: number;
  sharedOn: string;
  hireName: string;
  managerName: string;
  /** The answers file's name, made in the core with the PDF's slug so a name in any script is kept. */
  answersFileName: string;
  fromRoleName: string;
  toRoleName: string;
  brief: {
    /** What the new role expects of you, in the second person. */
    expects: string[];
    /** How success in the new role is judged. */
    judged: string;
    /** Strengths to keep using. */
    keep: string[];
    /** Habits of the old role to hand over. */
    handOver: string[];
  };
  goals: {
    competencyName: string;
    fromLevelName: string;
    toLevelName: string;
    startDate: string;
    dueDate: string;
    activities: {
      title: string;
      description: string;
      partner: string;
      startDate: string;
      dueDate: string;
      effortHours: number;
    }[];
  }[];
  moveWork: {
    title: string;
    description: string;
    partner: string;
    startDate: string;
    dueDate: string;
    effortHours: number;
  }[];
  oneOnOnes: string[];
  reassessments: string[];
  /** The app's names of levels 0 to 4. */
  levelNames: string[];
  /** The target role's competencies with their level descriptions, for the self-assessment. */
  competencies: { id: string; name: string; summary: string; target: number; levels: string[] }[];
}

export const packetShareInput = z.strictObject({ hireId });

export const ANSWERS_KIND = 'rolebridge-hire-answers';
export const ANSWERS_FORMAT = 1;

const calendarDate = (what: string) =>
  z
    .string({ error: `Give the ${what} as YYYY-MM-DD` })
    .refine(isCalendarDate, `The ${what} is not a real date, YYYY-MM-DD`);

/** The answers file the packet saves. Limits match what the app stores. */
export const packetAnswers = z.strictObject({
  kind: z.literal(ANSWERS_KIND, { error: 'This is not a Rolebridge answers file' }),
  format: z.literal(ANSWERS_FORMAT, { error: `This answers file is format ${ANSWERS_FORMAT}'s only` }),
  packetId: idField('packet id'),
  hireId,
  packetVersion: z
    .number({ error: 'Give the packet version' })
    .int('Give the packet version')
    .min(1)
    .max(100_000),
  /** A random value the packet writes at each save, so two saves can be told apart. */
  nonce: singleLineText({ label: 'nonce', max: 64 }),
  savedAt: z
    .string({ error: 'Give when the answers were saved' })
    .refine(
      isInstant,
      'Give when the answers were saved as ISO-8601 UTC, for example 2027-02-01T09:00:00.000Z',
    ),
  selfAssessment: z
    .strictObject({
      assessedOn: calendarDate('day of the self-assessment'),
      ratings: uniqueBy(
        z
          .array(
            z.strictObject({
              competencyId: idField('competency'),
              level: z.number({ error: 'Pick a level' }).int('Pick a level from 0 to 4').min(0).max(4),
            }),
            { error: 'List the ratings' },
          )
          .min(1, 'Rate at least one competency')
          .max(60),
        'competencyId',
        (id) => `"${id}" is rated twice`,
      ),
    })
    .nullable(),
  topics: z
    .array(z.strictObject({ text: singleLineText({ label: 'topic', max: topicLimits.textMax }) }), {
      error: 'List the topics',
    })
    .max(50, 'At most 50 topics at a time'),
  evidence: z
    .array(
      z.strictObject({
        kind: z.enum(['win', 'feedback'], { error: 'Say whether it is a win or feedback' }),
        competencyId: idField('competency'),
        notedOn: calendarDate('day it happened'),
        /** Who gave the feedback; empty for a win of the hire's own. */
        from: singleLineText({
          label: 'name of who it came from',
          max: evidenceLimits.sourceNameMax,
          min: 0,
        }),
        text: multiLineText({ label: 'text', max: evidenceLimits.textMax }),
      }),
      { error: 'List the wins and feedback' },
    )
    .max(200, 'At most 200 wins and feedback at a time'),
});

export type PacketAnswers = z.output<typeof packetAnswers>;

export const answersImportInput = z.strictObject({
  /** The hire whose page the answers were opened on. */
  hireId,
  answers: packetAnswers,
});
