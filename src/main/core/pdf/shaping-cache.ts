// Text shaping (OpenType substitution and kerning through fontkit) is the largest single cost of
// laying out a plan: about 15 µs a character with Noto Sans. A plan repeats its words many times
// (headings, labels, dates, "the", "and", the role library's phrases), within a document and across
// exports, so each face shapes a word once and keeps it, the way pdfkit lays out text: a run is cut
// after each space or tab, each piece (a word with the spaces after it) is shaped on its own and the
// pieces' glyphs and positions are put end to end. Kerning never pairs a letter with a space in the
// Latin, Greek and Cyrillic text plans hold, so the result is the same as shaping the whole run.
// Pieces are read, never changed, by react-pdf (it copies glyphs and positions before adjusting
// them), so sharing them between runs is safe.

/** What a fontkit font's `layout` gives back, as far as react-pdf's text layout reads it. */
export interface ShapedRun {
  glyphs: unknown[];
  positions: unknown[];
}

/** The part of a fontkit font the cache wraps. */
export interface ShapingFont {
  layout(
    text: string,
    features?: unknown,
    script?: unknown,
    language?: unknown,
    direction?: unknown,
  ): ShapedRun;
}

/**
 * Pieces kept per face. A plan has about 1,500 distinct words; a piece takes about 0.5 KB, so a
 * full cache holds about 2.5 MB a face.
 */
export const SHAPING_CACHE_PIECES = 5000;

const wrapped = new WeakSet<object>();

/** `text` cut after each run of spaces or tabs: "Run a  sprint" → "Run ", "a  ", "sprint". */
export function shapingPieces(text: string): string[] {
  return text.match(/[^ \t]*[ \t]*/g)?.filter((piece) => piece !== '') ?? [];
}

/**
 * Makes `font.layout` shape each word once: with the font's default features, text is shaped
 * piece by piece from the kept pieces. Calls with explicit features, a script or a language go
 * straight through. At most `limit` pieces are kept; the least recently used go first. Wrapping
 * the same font twice does nothing.
 */
export function cacheShaping(font: ShapingFont, limit = SHAPING_CACHE_PIECES): void {
  if (wrapped.has(font)) return;
  wrapped.add(font);
  const shape = font.layout.bind(font);
  const kept = new Map<string, ShapedRun>();
  const piece = (text: string, direction: unknown): ShapedRun => {
    const key = `${String(direction)}\u0000${text}`;
    const run = kept.get(key);
    if (run !== undefined) {
      kept.delete(key);
      kept.set(key, run);
      return run;
    }
    const shaped = shape(text, undefined, undefined, undefined, direction);
    if (kept.size >= limit) kept.delete(kept.keys().next().value as string);
    kept.set(key, shaped);
    return shaped;
  };
  font.layout = (text, features, script, language, direction) => {
    const defaults = features === undefined || (Array.isArray(features) && features.length === 0);
    if (!defaults || script !== undefined || language !== undefined || typeof text !== 'string')
      return shape(text, features, script, language, direction);
    const pieces = shapingPieces(text);
    if (pieces.length === 1) return piece(text, direction);
    const glyphs: unknown[] = [];
    const positions: unknown[] = [];
    for (const part of pieces) {
      const run = piece(part, direction);
      glyphs.push(...run.glyphs);
      positions.push(...run.positions);
    }
    return { glyphs, positions };
  };
}
