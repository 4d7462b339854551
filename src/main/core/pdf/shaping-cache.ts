// Text shaping (OpenType substitution and positioning through fontkit) is the largest cost of
// setting a plan: about 15 µs a character with Noto Sans. PDFKit shapes word by word and keeps the
// words for one document; the same words come back in every plan (headings, labels, the role
// library's phrases), so each parsed face keeps them across documents too.

/** A word as fontkit shapes it, as far as PDFKit reads it. */
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
export interface ShapedRun {
  glyphs: unknown[];
  positions: Position[];
  readonly advanceWidth: number;
}

/** The part of a fontkit font the cache wraps. */
export interface ShapingFont {
  layout(text: string, features?: unknown, ...rest: unknown[]): ShapedRun;
}

/** Words kept per face: a plan has about 1,500 distinct words, a word about 0.5 KB. */
export const SHAPING_CACHE_WORDS = 8000;

const wrapped = new WeakSet<object>();

function copy(glyphs: unknown[], positions: Position[]): ShapedRun {
  // PDFKit scales each position in place, so every caller gets positions of its own.
  const own = positions.map((p) => ({
    xAdvance: p.xAdvance,
    yAdvance: p.yAdvance,
    xOffset: p.xOffset,
    yOffset: p.yOffset,
  }));
  return {
    glyphs,
    positions: own,
    get advanceWidth() {
      return own.reduce((sum, p) => sum + p.xAdvance, 0);
    },
  };
}

/**
 * Makes `font.layout` shape each text once with the default features and keep it (at most `limit`
 * texts, the least recently used going first). Calls with features or more arguments go straight
 * through. Wrapping the same font twice does nothing.
 */
export function cacheShaping(font: ShapingFont, limit = SHAPING_CACHE_WORDS): void {
  if (wrapped.has(font)) return;
  wrapped.add(font);
  const shape = font.layout.bind(font);
  const kept = new Map<string, { glyphs: unknown[]; positions: Position[] }>();
  font.layout = (text, features, ...rest) => {
    if (features !== undefined || rest.length > 0 || typeof text !== 'string')
      return shape(text, features, ...rest);
    let run = kept.get(text);
    if (run === undefined) {
      const shaped = shape(text);
      run = { glyphs: shaped.glyphs, positions: copy(shaped.glyphs, shaped.positions).positions };
      if (kept.size >= limit) kept.delete(kept.keys().next().value as string);
    } else {
      kept.delete(text);
    }
    kept.set(text, run);
    return copy(run.glyphs, run.positions);
  };
}
