// What the manager chooses when exporting a plan to PDF.
import { z } from 'zod';

export const pdfPlanInput = z.strictObject({
  hireId: z.string({ error: 'Give the hire' }).min(1, 'Give the hire').max(64, 'That is not a hire'),
  planId: z.string().min(1).max(64, 'That is not a plan').optional(),
  paper: z.enum(['A4', 'LETTER'], { error: 'Paper is A4 or LETTER' }),
  includeCheckIns: z.boolean({ error: 'Say whether to include check-in summaries' }),
  /** Only honoured together with includeCheckIns; the renderer warns before it is ticked. */
  includePrivateNotes: z.boolean({ error: 'Say whether to include private notes' }),
});
