// The dashboard keeps each hire's assessment levels compactly (src/main/core/progress/kept-levels.ts):
// what is stored must read back as the same levels, the readiness worked out from them must equal
// `readiness` on the plain object, and anything else in the column must read as no levels rather
// than stop the dashboard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInFramework } from '../../src/shared/catalog';
import { readiness, type Levels } from '../../src/shared/progress/progress';
import { createFrameworkIndex } from '../../src/main/core/progress/dashboard';
import {
  KeptLevels,
  keepLevels,
  levelsText,
  readLevels,
  type FactLevels,
} from '../../src/main/core/progress/kept-levels';

/** Kept levels as the object they were kept from. */
const levelsObject = (levels: FactLevels | null): Levels | null =>
  levels instanceof KeptLevels ? levels.toLevels() : levels;

const competencyIds = builtInFramework.competencies.map((c) => c.id);

/** Levels for some of the framework's competencies, and sometimes for ids it does not have. */
const levels = fc
  .tuple(
    fc.subarray(competencyIds, { minLength: 1 }),
    fc.array(fc.constantFrom('retired-skill', 'custom.skill-2'), { maxLength: 2 }),
  )
  .chain(([known, other]) => {
    const ids = [...new Set([...known, ...other])];
    return fc
      .array(fc.integer({ min: 0, max: 4 }), { minLength: ids.length, maxLength: ids.length })
      .map((values) => Object.fromEntries(ids.map((id, i) => [id, values[i] as number])) as Levels);
  });

describe('kept levels', () => {
  it('store as JSON the database accepts, and read back as the same levels', () => {
    fc.assert(
      fc.property(levels, levels, (latest, previous) => {
        const keptLatest = keepLevels(latest);
        const keptPrevious = keepLevels(previous);
        const latestText = levelsText(keptLatest);
        const previousText = levelsText(keptPrevious, keptLatest);
        expect(() => JSON.parse(latestText ?? '') as unknown).not.toThrow();
        expect(() => JSON.parse(previousText ?? '') as unknown).not.toThrow();
        const readLatest = readLevels(latestText);
        expect(levelsObject(readLatest)).toEqual(latest);
        expect(levelsObject(readLevels(previousText, readLatest))).toEqual(previous);
      }),
      { numRuns: 300 },
    );
  });

  it('share one list of ids between hires, and store a previous assessment on the same ids as its digits', () => {
    const a = keepLevels({ communication: 2, prioritisation: 3 }) as KeptLevels;
    const b = keepLevels({ prioritisation: 1, communication: 4 }) as KeptLevels;
    expect(a).toBeInstanceOf(KeptLevels);
    expect(a.ids).toBe(b.ids);
    expect(a.ids.ids).toEqual(['communication', 'prioritisation']);
    expect(a.digits).toBe('23');
    expect(levelsText(a)).toBe('["communication prioritisation","23"]');
    expect(levelsText(b, a)).toBe('"41"');
    // On other ids the previous assessment names its own.
    const c = keepLevels({ communication: 1 }) as KeptLevels;
    expect(levelsText(c, a)).toBe('["communication","1"]');
    // Read back, the ids are the same shared list.
    expect((readLevels('["communication prioritisation","04"]') as KeptLevels).ids).toBe(a.ids);
  });

  it('keep and store levels the compact form cannot hold as the plain object', () => {
    for (const odd of [
      { Communication: 2 },
      { 'two words': 1 },
      { communication: 10 },
      { communication: 2.5 },
      {},
    ]) {
      const kept = keepLevels(odd as Levels);
      expect(kept).toBe(odd);
      expect(levelsText(kept)).toBe(JSON.stringify(odd));
      expect(readLevels(levelsText(kept))).toEqual(odd);
    }
  });

  it('read the plain objects stored before this form, as the same levels', () => {
    const stored = '{"communication":1,"customer-discovery":4,"prioritisation":0}';
    const read = readLevels(stored);
    expect(read).toBeInstanceOf(KeptLevels);
    expect(levelsObject(read)).toEqual(JSON.parse(stored));
    // A previous assessment stored as an object needs no latest to read.
    expect(levelsObject(readLevels('{"communication":3}', null))).toEqual({ communication: 3 });
  });

  it('read anything else as no levels', () => {
    const latest = keepLevels({ communication: 2, prioritisation: 3 });
    for (const text of [
      '',
      'not json',
      '42',
      'null',
      '"2"',
      '"2x"',
      '["communication","2","x"]',
      '["a b","1"]',
      '[1,"2"]',
      '["communication","7"]',
      '["a","x"]',
      '["Communication","2"]',
      '["communication  prioritisation","23"]',
    ])
      expect(readLevels(text, latest)).toBeNull();
    // Digits alone need the latest's ids to mean anything.
    expect(readLevels('"23"')).toBeNull();
    expect(readLevels('"23"', { communication: 2 })).toBeNull();
    expect(readLevels(null)).toBeNull();
  });

  it("give the same readiness as `readiness` on the levels' object, for every role", () => {
    const index = createFrameworkIndex()(builtInFramework);
    fc.assert(
      fc.property(levels, fc.constantFrom(...builtInFramework.roles), (hire, role) => {
        const kept = keepLevels(hire);
        expect(kept).toBeInstanceOf(KeptLevels);
        const expected = readiness(hire, role, builtInFramework.competencies);
        expect(index.readiness(kept as KeptLevels, role)).toBe(expected);
        expect(index.readiness(hire, role)).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });
});
