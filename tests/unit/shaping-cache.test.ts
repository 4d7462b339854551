import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtInActivities } from '../../src/shared/catalog/activities';
import { builtInCompetencies } from '../../src/shared/catalog/competencies';
import {
  cacheShaping,
  shapingPieces,
  type ShapedRun,
  type ShapingFont,
} from '../../src/main/core/pdf/shaping-cache';

/** A font whose layout records each call and returns a fresh run. */
function fakeFont() {
  const calls: unknown[][] = [];
  const font: ShapingFont = {
    layout(...args: unknown[]) {
      calls.push(args);
      return { glyphs: [args[0]], positions: [calls.length] };
    },
  };
  return { font, calls };
}

describe('cacheShaping', () => {
  it('cuts text after each run of spaces or tabs', () => {
    expect(shapingPieces('Run a  discovery\tsprint ')).toEqual(['Run ', 'a  ', 'discovery\t', 'sprint ']);
    expect(shapingPieces('Żółć')).toEqual(['Żółć']);
    expect(shapingPieces('  lead')).toEqual(['  ', 'lead']);
    expect(shapingPieces('')).toEqual([]);
  });

  it('shapes each word once and puts the pieces end to end', () => {
    const { font, calls } = fakeFont();
    cacheShaping(font);
    expect(font.layout('Run a sprint', undefined, undefined, undefined, 'ltr')).toEqual({
      glyphs: ['Run ', 'a ', 'sprint'],
      positions: [1, 2, 3],
    });
    expect(font.layout('Run a sprint', [], undefined, undefined, 'ltr')).toEqual({
      glyphs: ['Run ', 'a ', 'sprint'],
      positions: [1, 2, 3],
    });
    expect(font.layout('a sprint', undefined, undefined, undefined, 'ltr').positions).toEqual([2, 3]);
    expect(calls).toHaveLength(3);
    expect(calls[0]).toEqual(['Run ', undefined, undefined, undefined, 'ltr']);
    const word = font.layout('sprint', undefined, undefined, undefined, 'ltr');
    expect(font.layout('sprint', undefined, undefined, undefined, 'ltr')).toBe(word);
    font.layout('sprint', undefined, undefined, undefined, 'rtl');
    expect(calls).toHaveLength(4);
  });

  it('passes calls with features, a script or a language straight through, whole', () => {
    const { font, calls } = fakeFont();
    cacheShaping(font);
    font.layout('fi fl', ['liga']);
    font.layout('fi fl', ['liga']);
    font.layout('fi', { kern: false });
    font.layout('fi', undefined, 'latn');
    font.layout('fi', undefined, undefined, 'TRK');
    expect(calls).toHaveLength(5);
    expect(calls[0]).toEqual(['fi fl', ['liga'], undefined, undefined, undefined]);
  });

  it('keeps at most the limit, dropping the least recently used piece first', () => {
    const { font, calls } = fakeFont();
    cacheShaping(font, 2);
    const a = font.layout('a');
    font.layout('b');
    expect(font.layout('a')).toBe(a); // a is now the most recently used
    font.layout('c'); // drops b
    expect(font.layout('a')).toBe(a);
    expect(calls).toHaveLength(3);
    font.layout('b');
    expect(calls).toHaveLength(4);
  });

  it('wraps a font once', () => {
    const { font, calls } = fakeFont();
    cacheShaping(font);
    const wrapped = font.layout;
    cacheShaping(font);
    expect(font.layout).toBe(wrapped);
    font.layout('x');
    font.layout('x');
    expect(calls).toHaveLength(1);
  });
});

describe('shaping word by word with Noto Sans', () => {
  it('gives the same glyphs and positions as shaping the whole run', async () => {
    const require = createRequire(import.meta.url);
    const { Font } = await import('@react-pdf/renderer');
    const faces = [
      '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
      '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    ];
    const texts = [
      'Łukasz Żółć-Ørsted, Σωκράτης and Дмитрий agreed the first discovery interviews.',
      '4 Jan 2027 – 22 Jan 2027 · Level 1 to 2, by 15 Jan 2027 · “quoted” fi fl ffi AV To Ty',
      'Tabs\tand  double  spaces, trailing space ',
      ...builtInCompetencies.map((c) => c.name),
      ...builtInActivities.flatMap((a) => [a.title, a.description]),
    ];
    for (const [i, file] of faces.entries()) {
      Font.register({ family: `Shaping test ${i}`, src: require.resolve(file) });
      const source = Font.getFont({ fontFamily: `Shaping test ${i}` });
      await source.load();
      const font = source.data as unknown as ShapingFont;
      const whole = (text: string) => font.layout(text, undefined, undefined, undefined, 'ltr');
      const expected = texts.map((text) => summary(whole(text)));
      const cached: ShapingFont = { layout: font.layout.bind(font) };
      cacheShaping(cached);
      for (const round of [1, 2]) {
        texts.forEach((text, k) => {
          expect(
            summary(cached.layout(text, undefined, undefined, undefined, 'ltr')),
            `${file} round ${round}: ${text}`,
          ).toEqual(expected[k]);
        });
      }
    }
  });
});

/** Glyph ids, code points and advances of a run, rounded so floating noise does not matter. */
function summary(run: ShapedRun) {
  return {
    glyphs: (run.glyphs as { id: number; codePoints: number[] }[]).map(
      (g) => `${g.id}:${g.codePoints.join(',')}`,
    ),
    positions: (
      run.positions as { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[]
    ).map((p) =>
      [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset].map((n) => Math.round(n * 100) / 100).join(','),
    ),
  };
}
