// The faces the plan document is set in: Noto Sans (Latin, Greek, Cyrillic) always, Noto Sans JP
// only when the text holds Japanese or Chinese characters (it is 5 MB a face). Every face is
// embedded (subset) in the PDF; none of PDF's standard fonts is ever referenced.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { cacheShaping, type ShapingFont } from './shaping-cache';

export type Face = 'regular' | 'bold' | 'italic';

const require = createRequire(import.meta.url);
const LATIN: Record<Face, () => string> = {
  regular: () => require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: () => require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  italic: () =>
    require.resolve('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
};
// Noto Sans JP has no italic: italic CJK text is set upright, as Japanese typography does.
const CJK: Record<Face, () => string> = {
  regular: () => require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  bold: () => require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
  italic: () => require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
};

/** Kana, CJK ideographs and full-width forms: the characters Noto Sans lacks and Noto Sans JP has. */
const CJK_TEXT = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Characters Noto Sans has no glyph for, in the words the planner uses them for. */
const STAND_INS: [RegExp, string][] = [[/\s*→\s*/g, ' to ']];

/** `text` with the characters the Latin faces lack replaced, so nothing prints as an empty box. */
export function printable(text: string): string {
  return STAND_INS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

export function needsCjk(text: string): boolean {
  return CJK_TEXT.test(text);
}

/**
 * A parsed font (fontkit's object, as PDFKit holds it), kept for the life of the process: parsing
 * and the shaping tables it builds on first use are the costly part, and each document only adds
 * its own subset on top. PDFKit accepts such an object wherever it accepts a font file.
 */
type ParsedFont = object;
const parsed = new Map<string, ParsedFont>();

function parse(path: string): ParsedFont {
  let font = parsed.get(path);
  if (!font) {
    // PDFKit parses the file with its own fontkit; a throwaway document hands the parsed font back.
    const probe = new PDFDocument({ autoFirstPage: false, font: path } as PDFKit.PDFDocumentOptions);
    const opened = (probe as unknown as { _font?: { font?: { layout?: unknown } } })._font?.font;
    if (opened && typeof opened.layout === 'function') {
      cacheShaping(opened as ShapingFont);
      font = opened;
    } else {
      font = readFileSync(path);
    }
    parsed.set(path, font);
  }
  return font;
}

/** The registered name of a face: the CJK face for text that needs it, when the document has it. */
export function faceName(face: Face, text: string, withCjk: boolean): string {
  return withCjk && needsCjk(text) ? `cjk-${face}` : `sans-${face}`;
}

/** PDFKit's font table, which it keeps privately. */
type FontTable = { _fontFamilies: Record<string, unknown>; _font: unknown };

/** Registers the faces a document uses; the CJK faces only when `withCjk`. */
export function registerFaces(doc: PDFKit.PDFDocument, withCjk: boolean): void {
  const table = doc as unknown as FontTable;
  for (const face of ['regular', 'bold', 'italic'] as const) {
    const names: [string, string][] = [[`sans-${face}`, LATIN[face]()]];
    if (withCjk) names.push([`cjk-${face}`, CJK[face]()]);
    for (const [name, path] of names) {
      doc.registerFont(name, parse(path) as Buffer);
      // A face equal to one already open (the starting font is the regular face) is matched by
      // comparing the fonts' name tables on every switch unless its name is remembered: that
      // comparison was a third of the time a plan took.
      doc.font(name);
      table._fontFamilies[name] ??= table._font;
    }
  }
  doc.font('sans-regular');
}

/** The regular Latin face: the font a document starts in, instead of PDF's Helvetica. */
export function startingFont(): Buffer {
  return parse(LATIN.regular()) as Buffer;
}

/**
 * The pieces PDFKit shapes a text in: each word with the space after it, and the last word alone
 * (a line's last word is shaped without its space too, so both are given).
 */
function pieces(text: string): string[] {
  const words = text.match(/[^ \t]*[ \t]|[^ \t]+$/g) ?? [];
  return words.flatMap((w) => (w.endsWith(' ') && w.length > 1 ? [w, w.slice(0, -1)] : [w]));
}

let warmed = false;

/**
 * Shapes, once per process, the words of text most plans print (the role library's activities and
 * competencies), each in the face it is set in, so the first plan of a move not exported before
 * costs little more than any other. The first export after start pays for it.
 */
export function warmShaping(texts: Partial<Record<Face, string[]>>): void {
  if (warmed) return;
  warmed = true;
  for (const face of ['regular', 'bold', 'italic'] as const) {
    const font = parse(LATIN[face]()) as unknown as Partial<ShapingFont>;
    if (typeof font.layout !== 'function') continue;
    const seen = new Set<string>();
    for (const text of texts[face] ?? [])
      for (const piece of pieces(text)) {
        if (seen.has(piece)) continue;
        seen.add(piece);
        font.layout(piece);
      }
  }
}
