// Reads what a screen reader gets from a PDF with pdfjs: each page's structure tree (roles, alt
// text), the document's title and language, and where each page's text ends.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface StructNode {
  role?: string;
  alt?: string;
  type?: string;
  children?: StructNode[];
}

export interface PdfStructure {
  title: string;
  language: string;
  /** Each page's structure tree (pdfjs getStructTree). */
  trees: StructNode[];
  /** Each page's size and the height from the top of the lowest text above the footer. */
  pages: { width: number; height: number; lowest: number; lastLine: string }[];
}

/** The footer sits within this many points of a page's foot; content ends above it. */
const FOOTER_ZONE = 45;

export async function pdfStructure(bytes: Uint8Array): Promise<PdfStructure> {
  const document = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const info = (await document.getMetadata()).info as Record<string, unknown>;
  const trees: StructNode[] = [];
  const pages: PdfStructure['pages'] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n);
    trees.push((await page.getStructTree()) as StructNode);
    const [, , width, height] = page.view as [number, number, number, number];
    let lowest = 0;
    let lastLine = '';
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const y = item.transform[5] as number;
      if (y <= FOOTER_ZONE) continue;
      if (height - y > lowest + 0.5) lastLine = item.str;
      else if (Math.abs(height - y - lowest) <= 0.5) lastLine += item.str;
      lowest = Math.max(lowest, height - y);
    }
    pages.push({ width, height, lowest, lastLine });
  }
  await document.destroy();
  return { title: String(info.Title ?? ''), language: String(info.Language ?? ''), trees, pages };
}

/** Every node of the trees, depth first. */
export function allNodes(trees: StructNode[]): StructNode[] {
  const out: StructNode[] = [];
  const walk = (node: StructNode) => {
    out.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  trees.forEach(walk);
  return out;
}
