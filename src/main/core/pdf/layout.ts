// The small layout layer the plan document is set with, on PDFKit: a cursor that flows down the
// page and breaks to the next, text in the embedded faces, and every piece of content tagged for
// PDF/UA (marked content inside structure elements; rules, boxes and footers as artifacts).
import PDFDocument from 'pdfkit';
import { faceName, printable, registerFaces, startingFont, type Face } from './fonts';

export const COLORS = {
  text: '#212529',
  // #5c636a on white is 6:1, above the 4.5:1 WCAG asks of small text.
  muted: '#5c636a',
  accent: '#3b5bdb',
  heading: '#1c2a6b',
  rule: '#ced4da',
  tint: '#f1f3f5',
  warn: '#fff4e6',
};

export interface TextStyle {
  size: number;
  face?: Face;
  color?: string;
}

export const TEXT = {
  body: { size: 9 },
  small: { size: 7.8, color: COLORS.muted },
  label: { size: 7.2, color: COLORS.muted, face: 'bold' },
  strong: { size: 9, face: 'bold' },
  h1: { size: 20, face: 'bold' },
  h2: { size: 12.5, face: 'bold', color: COLORS.heading },
  h3: { size: 10, face: 'bold' },
} satisfies Record<string, TextStyle>;

/** Page sizes in points. */
const PAPER = { A4: [595.28, 841.89], LETTER: [612, 792] } as const;
const MARGIN = { top: 46, bottom: 54, side: 50 };

export type Struct = PDFKit.PDFStructureElement;

/** What PDFKit's structure elements take (its types list fewer than it reads). */
export interface ElementOptions {
  alt?: string;
  lang?: string;
  bbox?: [number, number, number, number];
  placement?: 'Block' | 'Inline';
}

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  lang: string;
  paper: 'A4' | 'LETTER';
  withCjk: boolean;
}

export class Layout {
  readonly doc: PDFKit.PDFDocument;
  readonly left = MARGIN.side;
  readonly width: number;
  readonly root: Struct;
  private readonly withCjk: boolean;
  private face = '';

  constructor(meta: DocumentMeta) {
    this.withCjk = meta.withCjk;
    // PDFKit's types lag its options: PDF/UA, and a font object instead of a standard font's name.
    const options = {
      size: [...PAPER[meta.paper]],
      margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
      bufferPages: true,
      pdfVersion: '1.7',
      subset: 'PDF/UA',
      tagged: true,
      lang: meta.lang,
      displayTitle: true,
      font: startingFont(),
      info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'Rolebridge' },
    } as unknown as PDFKit.PDFDocumentOptions;
    this.doc = new PDFDocument(options);
    registerFaces(this.doc, meta.withCjk);
    this.width = this.doc.page.width - MARGIN.side * 2;
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  /** The lowest point content may reach on a page. */
  get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  get pageHeight(): number {
    return this.doc.page.height;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  need(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > MARGIN.top + 1) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.y = MARGIN.top;
  }

  space(points: number): void {
    this.doc.y += points;
  }

  /** Sets the face, size and colour for `text`. */
  style(style: TextStyle, text: string): void {
    const face = faceName(style.face ?? 'regular', text, this.withCjk);
    if (face !== this.face) this.doc.font(face);
    this.face = face;
    this.doc.fontSize(style.size);
    this.doc.fillColor(style.color ?? COLORS.text);
  }

  /** Height `text` takes in `width` points. */
  measure(text: string, style: TextStyle, width = this.width): number {
    if (!text) return 0;
    this.style(style, text);
    return this.doc.heightOfString(printable(text), { width });
  }

  /**
   * A height `text` cannot exceed, without setting it: lines of at most 0.62 em a character, plus
   * one for a word pushed over. Far from the foot of a page this saves laying text out twice.
   */
  atMost(text: string, style: TextStyle, width = this.width): number {
    if (!text) return 0;
    const perLine = Math.max(1, Math.floor(width / (style.size * 0.62)));
    const lines = text
      .split('\n')
      .reduce((n, line) => n + Math.ceil(Math.max(1, line.length) / perLine) + 1, 0);
    return lines * style.size * 1.45;
  }

  /**
   * Starts a new page unless the texts fit: `sum` for texts set one under another, `max` for
   * cells side by side. Only measured exactly near the foot of a page.
   */
  needFor(texts: [string, TextStyle, number?][], extra = 0, combine: 'sum' | 'max' = 'sum'): void {
    const total = (heights: number[]) =>
      combine === 'sum' ? heights.reduce((a, b) => a + b, 0) : Math.max(0, ...heights);
    const room = this.bottom - this.doc.y;
    if (total(texts.map(([t, style, width]) => this.atMost(t, style, width))) + extra <= room) return;
    this.need(total(texts.map(([t, style, width]) => this.measure(t, style, width))) + extra);
  }

  /** Draws text at (x, the cursor or `y`), wrapping in `width`; the cursor ends below it. */
  draw(text: string, style: TextStyle, x = this.left, width = this.width, y = this.doc.y): void {
    if (!text) return;
    this.style(style, text);
    this.doc.text(printable(text), x, y, { width });
  }

  /** Runs of text in different styles set as one paragraph (a bold title, then its details). */
  drawRuns(runs: [string, TextStyle][], x = this.left, width = this.width, y = this.doc.y): void {
    const shown = runs.filter(([text]) => text);
    shown.forEach(([text, style], i) => {
      this.style(style, text);
      const options = { width, continued: i < shown.length - 1 };
      if (i === 0) this.doc.text(printable(text), x, y, options);
      else this.doc.text(printable(text), options);
    });
  }

  /** A structure element of `type` under `parent`, its content drawn inside `paint`. */
  element(parent: Struct, type: string, paint: () => void, options: ElementOptions = {}): Struct {
    const element = this.doc.struct(type, options as { alt?: string });
    parent.add(element);
    element.add(paint);
    return element;
  }

  /** A container element (Sect, L, Table, TR…) whose children are added later. */
  group(parent: Struct, type: string): Struct {
    const element = this.doc.struct(type);
    parent.add(element);
    return element;
  }

  /** Decoration a screen reader skips: rules, boxes, the chart's frame. */
  artifact(paint: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    paint();
    this.doc.endMarkedContent();
  }

  rule(y = this.doc.y, x = this.left, width = this.width): void {
    this.artifact(() => {
      this.doc
        .moveTo(x, y)
        .lineTo(x + width, y)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke();
    });
  }

  /** "name · page 2 of 4" at the foot of every page, as pagination artifacts. */
  footers(left: string, pageLabel: (page: number, pages: number) => string): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i += 1) {
      this.doc.switchToPage(i);
      const y = this.doc.page.height - MARGIN.bottom + 22;
      // Text below the bottom margin would start another page; the footer sits in the margin.
      const margin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.style(TEXT.small, left);
      this.doc.text(left, this.left, y, { width: this.width * 0.75, lineBreak: false });
      const label = pageLabel(i - start + 1, count);
      this.style(TEXT.small, label);
      this.doc.text(label, this.left, y, { width: this.width, align: 'right', lineBreak: false });
      this.doc.endMarkedContent();
      this.doc.page.margins.bottom = margin;
    }
  }

  /** The finished file. */
  finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    return new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}
