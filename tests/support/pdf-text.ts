// Extracts the text of a PDF with pdfjs, for tests that check what an export says and where.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** All text, in order, items joined by spaces. */
  text: string;
  pages: number;
  /** Each page's text. */
  pageTexts: string[];
  /** Each page's text items (about a line each) that are not blank, in the order they are drawn. */
  pageItems: string[][];
  /** Text drawn outside its page (for example a block kept whole but taller than the page). */
  outside: string[];
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const document = await getDocument({
    data: bytes,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pageTexts: string[] = [];
  const pageItems: string[][] = [];
  const outside: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n);
    const [, bottom, , top] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const parts: string[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      parts.push(item.str);
      const y = item.transform[5] as number;
      if (item.str.trim() && (y < bottom || y > top)) outside.push(`page ${n}: ${item.str}`);
    }
    pageTexts.push(parts.join(' '));
    pageItems.push(parts.filter((part) => part.trim() !== ''));
  }
  const pages = document.numPages;
  await document.destroy();
  return { text: pageTexts.join(' '), pages, pageTexts, pageItems, outside };
}

/** Text without any white space, so wrapping in the PDF does not matter. */
export const compact = (value: string) => value.replace(/\s+/g, '');
