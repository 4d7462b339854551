// What the manager chooses when exporting a plan to PDF.
import { z } from 'zod';
import { idField } from '../text/fields';

export const pdfPlanInput = z.strictObject({
  hireId: idField('hire'),
  planId: idField('plan').optional(),
  paper: z.enum(['A4', 'LETTER'], { error: 'Paper is A4 or LETTER' }),
  includeCheckIns: z.boolean({ error: 'Say whether to include check-in summaries' }),
  /** Only honoured together with includeCheckIns; the renderer warns before it is ticked. */
  includePrivateNotes: z.boolean({ error: 'Say whether to include private notes' }),
});
