import { describe, expect, it } from 'vitest';
import { cacheShaping, type ShapedRun, type ShapingFont } from '../../src/main/core/pdf/shaping-cache';

/** A font whose shaping counts its calls: each character one glyph, 500 units wide. */
function countingFont() {
  const font = {
    calls: 0,
    layout(text: string, _features?: unknown): ShapedRun {
      font.calls += 1;
      const positions = [...text].map(() => ({ xAdvance: 500, yAdvance: 0, xOffset: 0, yOffset: 0 }));
      return {
        glyphs: [...text].map((c) => ({ id: c.charCodeAt(0) })),
        positions,
        advanceWidth: positions.length * 500,
      };
    },
  };
  return font;
}

describe('shaping cache', () => {
  it('shapes a word once and gives every caller positions of its own to scale', () => {
    const font = countingFont();
    cacheShaping(font as ShapingFont);
    const first = font.layout('plan ');
    // PDFKit scales positions in place: the next caller must still get the font's units.
    for (const p of first.positions) p.xAdvance *= 0.01;
    const second = font.layout('plan ');
    expect(font.calls).toBe(1);
    expect(second.positions[0]?.xAdvance).toBe(500);
    expect(second.advanceWidth).toBe(2500);
    expect(second.glyphs).toEqual(first.glyphs);
  });

  it('passes calls with features straight through and drops the least recently used word', () => {
    const font = countingFont();
    cacheShaping(font as ShapingFont, 2);
    font.layout('a', ['liga']);
    font.layout('a', ['liga']);
    expect(font.calls).toBe(2);
    font.layout('x');
    font.layout('y');
    font.layout('x');
    font.layout('z');
    expect(font.calls).toBe(5);
    font.layout('x');
    expect(font.calls).toBe(5);
    font.layout('y');
    expect(font.calls).toBe(6);
  });
});
