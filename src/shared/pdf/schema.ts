// What the manager chooses when exporting a plan to PDF.
import { z } from 'zod';
import { idField } from '../text/fields';

/** A BCP 47 tag Intl accepts ("en-US", "ja"): dates and numbers in the document follow it. */
const localeTag = z
  .string({ error: 'The locale is a language tag such as en-GB' })
  .max(35, 'The locale is a language tag such as en-GB')
  .refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, 'The locale is a language tag such as en-GB');

export const pdfPlanInput = z.strictObject({
  hireId: idField('hire'),
  planId: idField('plan').optional(),
  /**
   * Who the document is for. Defaults to 'hire', the version that can be handed over: it never
   * holds private notes, rating evidence or status, so a caller that leaves it out shares nothing
   * it did not mean to.
   */
  audience: z.enum(['hire', 'manager'], { error: 'Audience is hire or manager' }).default('hire'),
  /** Defaults to the paper of the locale's region: Letter in the US, Canada, Mexico…, else A4. */
  paper: z.enum(['A4', 'LETTER'], { error: 'Paper is A4 or LETTER' }).optional(),
  /** The app's locale; the system's when absent. */
  locale: localeTag.optional(),
  /** Only honoured in the manager's copy. */
  includeCheckIns: z.boolean({ error: 'Say whether to include check-in summaries' }),
  /** Only honoured in the manager's copy together with includeCheckIns; the renderer warns first. */
  includePrivateNotes: z.boolean({ error: 'Say whether to include private notes' }),
});
