// The pdf.* channels.
import type { AreaHandlers } from '../handlers';
import type { createPdfService } from './service';

export function pdfHandlers(pdf: ReturnType<typeof createPdfService>): AreaHandlers<'pdf'> {
  return { 'pdf.plan': (input) => pdf.plan(input) };
}
