// The document's building blocks on the layout layer: headings (with bookmarks), paragraphs,
// bulleted lists, tables with header cells and label/value grids, each tagged as what it is.
import { COLORS, TEXT, type Layout, type Struct, type TextStyle } from './layout';

/** Points of what follows a heading that must fit under it: no page ends on a heading. */
const KEEP_WITH_HEADING = 80;

export class Blocks {
  private section: PDFKit.PDFOutline | null = null;

  constructor(readonly layout: Layout) {}

  /** A section (Sect) with its H2 heading and a bookmark; answers the section to fill. */
  section2(title: string, keep = KEEP_WITH_HEADING): Struct {
    const { layout } = this;
    const sect = layout.group(layout.root, 'Sect');
    layout.space(10);
    layout.needFor([[title, TEXT.h2]], keep);
    this.section = layout.doc.outline.addItem(title, this.at());
    layout.element(sect, 'H2', () => layout.draw(title, TEXT.h2));
    layout.space(3);
    return sect;
  }

  /** An H3 under the current section, bookmarked under it. */
  heading3(parent: Struct, title: string, keep = KEEP_WITH_HEADING, style: TextStyle = TEXT.h3): void {
    const { layout } = this;
    layout.space(5);
    layout.needFor([[title, style]], keep);
    (this.section ?? layout.doc.outline).addItem(title, this.at());
    layout.element(parent, 'H3', () => layout.draw(title, style));
    layout.space(2);
  }

  /** Where a bookmark lands: the cursor's height on this page (PDFKit counts `left` from the right). */
  private at(): { expanded?: boolean } {
    // PDFKit reads top and left though its types list only `expanded`.
    return { top: Math.max(0, this.layout.y - 6), left: this.layout.doc.page.width } as {
      expanded?: boolean;
    };
  }

  paragraph(parent: Struct, text: string, style: TextStyle = TEXT.body, after = 4): void {
    if (!text) return;
    const { layout } = this;
    // Short paragraphs move whole to the next page; a long one flows across it.
    if (text.length < 600) layout.needFor([[text, style]]);
    layout.element(parent, 'P', () => layout.draw(text, style));
    layout.space(after);
  }

  /**
   * A bulleted list: each item's lines are drawn by `body` in the width it is given (its first
   * line at the cursor), and the label is a bullet or the box `mark` draws.
   */
  list<T>(
    parent: Struct,
    items: T[],
    item: {
      /** The texts the item sets one under another, to know whether it fits. */
      texts: (entry: T, width: number) => [string, TextStyle, number][];
      body: (entry: T, x: number, width: number) => void;
      label?: (entry: T, x: number, y: number) => string;
    },
    after = 4,
  ): void {
    const { layout } = this;
    const list = layout.group(parent, 'L');
    const indent = 11;
    for (const entry of items) {
      const width = layout.width - indent;
      layout.needFor(item.texts(entry, width));
      const li = layout.group(list, 'LI');
      const y = layout.y;
      const bullet = item.label?.(entry, layout.left, y) ?? '•';
      layout.element(li, 'Lbl', () =>
        layout.draw(bullet, { ...TEXT.body, color: COLORS.accent }, layout.left, indent, y),
      );
      layout.y = y;
      layout.element(li, 'LBody', () => item.body(entry, layout.left + indent, width));
      layout.space(2);
    }
    layout.space(after);
  }

  /** A list of one line of text each. */
  simpleList(parent: Struct, lines: string[], style: TextStyle = TEXT.body): void {
    this.list(parent, lines, {
      texts: (line, width) => [[line, style, width]],
      body: (line, x, width) => this.layout.draw(line, style, x, width),
    });
  }

  /**
   * A table: a header row of TH cells, then rows whose first cell is a row header when
   * `rowHeaders`. Column widths are shares of the text width.
   */
  table(
    parent: Struct,
    columns: { title: string; share: number }[],
    rows: string[][],
    options: { rowHeaders?: boolean; style?: TextStyle } = {},
  ): void {
    const { layout } = this;
    const style = options.style ?? TEXT.body;
    const total = columns.reduce((sum, c) => sum + c.share, 0);
    const widths = columns.map((c) => (c.share / total) * layout.width);
    const table = layout.group(parent, 'Table');
    const row = (cells: string[], header: boolean) => {
      const cellStyle = header ? TEXT.label : style;
      layout.needFor(
        cells.map((text, i): [string, TextStyle, number] => [text, cellStyle, (widths[i] ?? 0) - 6]),
        5,
        'max',
      );
      const tr = layout.group(table, 'TR');
      const top = layout.y;
      let bottom = top;
      let x = layout.left;
      cells.forEach((text, i) => {
        const width = widths[i] ?? 0;
        const isHeader = header || (options.rowHeaders === true && i === 0);
        const look = header ? TEXT.label : isHeader ? { ...style, face: 'bold' as const } : style;
        const type = isHeader ? 'TH' : 'TD';
        layout.element(tr, type, () => layout.draw(text || ' ', look, x, width - 6, top + 2.5));
        bottom = Math.max(bottom, layout.y);
        x += width;
      });
      layout.y = bottom + 2.5;
      layout.rule(layout.y - 1);
    };
    row(
      columns.map((c) => c.title),
      true,
    );
    for (const cells of rows) row(cells, false);
    layout.space(6);
  }

  /** Label/value pairs in `perRow` columns, each a paragraph: "Manager" over "Anna Berg". */
  grid(parent: Struct, pairs: [string, string][], perRow = 3): void {
    const { layout } = this;
    const width = layout.width / perRow;
    for (let i = 0; i < pairs.length; i += perRow) {
      const rowPairs = pairs.slice(i, i + perRow);
      layout.needFor(
        rowPairs.map(([, value]): [string, TextStyle, number] => [value, TEXT.body, width - 8]),
        12,
        'max',
      );
      const top = layout.y;
      let bottom = top;
      rowPairs.forEach(([label, value], k) => {
        const x = layout.left + k * width;
        layout.element(parent, 'P', () => {
          layout.draw(label.toUpperCase(), TEXT.label, x, width - 8, top);
          layout.draw(value, TEXT.body, x, width - 8);
        });
        bottom = Math.max(bottom, layout.y);
      });
      layout.y = bottom + 6;
    }
  }

  /** A tinted box behind what `paint` draws (a warning, a private note): the box is decoration. */
  boxed(height: number, paint: () => void, color: string = COLORS.warn): void {
    const { layout } = this;
    layout.need(height + 8);
    const top = layout.y;
    layout.artifact(() => {
      layout.doc.rect(layout.left, top, layout.width, height + 8).fill(color);
    });
    layout.y = top + 4;
    paint();
    layout.y = top + height + 12;
  }
}
