// Assessment levels as the dashboard keeps them with a hire's facts (hire_summaries' latest_levels and
// previous_levels, on SQLite and on PostgreSQL). An assessment's levels are an object of competency id
// to level; kept as such, every active hire held two objects of a dozen or more properties, and after
// a restart the dashboard read and parsed some 630 characters of JSON a hire into them. Kept here,
// the competency ids are one shared list for every hire assessed on the same ones
// and each hire holds one digit a competency; the stored text is still JSON (both schemas check it):
//   latest_levels    ["business-acumen communication …","31…"]   the ids, space-separated, and the digits
//   previous_levels  "24…"                                       the digits, when the ids are the latest's
// Levels this form cannot hold (an id outside the framework's pattern, a level other than 0–4) are
// kept and stored as the plain object, as they were before; rows stored that way are read as before.
import type { Level } from '@shared/framework/types';
import type { Levels } from '@shared/progress/progress';

/** Competency ids a set of levels is given for, in order: one object for every hire with the same ones. */
export interface LevelIds {
  readonly ids: readonly string[];
  /** The ids space-separated, as stored. */
  readonly text: string;
}

/** A framework's competency ids (lower-case letters, digits, dots and hyphens) never hold a space. */
const COMPACT_ID = /^[a-z0-9][a-z0-9.-]*$/;

// Id lists seen, by their text: a framework has few, so this stays small; it is emptied should it not.
const knownIds = new Map<string, LevelIds>();
const MAX_KNOWN_IDS = 1000;

/** The shared list for ids as stored, or null when the text is not such a list. */
function idsOf(text: string): LevelIds | null {
  const known = knownIds.get(text);
  if (known) return known;
  if (!text.split(' ').every((id) => COMPACT_ID.test(id))) return null;
  if (knownIds.size >= MAX_KNOWN_IDS) knownIds.clear();
  const made: LevelIds = { ids: Object.freeze(text.split(' ')), text };
  knownIds.set(text, made);
  return made;
}

/** Levels 0–4, one digit per id of `ids`, in the same order. */
export class KeptLevels {
  constructor(
    readonly ids: LevelIds,
    readonly digits: string,
  ) {}

  /** The level of the competency at `index` in `ids.ids`. */
  level(index: number): Level {
    return (this.digits.charCodeAt(index) - 48) as Level;
  }

  toLevels(): Levels {
    const levels: Levels = {};
    this.ids.ids.forEach((id, index) => (levels[id] = this.level(index)));
    return levels;
  }
}

/** Levels as kept: compact when they can be, else the object itself. */
export type FactLevels = KeptLevels | Levels;

/** An assessment's levels in the form they are kept. */
export function keepLevels(levels: Levels | null): FactLevels | null {
  if (levels === null) return null;
  const ids = Object.keys(levels).sort();
  const compact =
    ids.length > 0 &&
    ids.every((id) => {
      const level = levels[id];
      return (
        COMPACT_ID.test(id) && Number.isInteger(level) && (level as number) >= 0 && (level as number) <= 4
      );
    });
  if (!compact) return levels;
  return new KeptLevels(idsOf(ids.join(' ')) as LevelIds, ids.map((id) => String(levels[id])).join(''));
}

/**
 * The stored text (JSON) of kept levels. `previous` levels with the same ids as `latest` store only
 * their digits.
 */
export function levelsText(levels: FactLevels | null, latest?: FactLevels | null): string | null {
  if (levels === null) return null;
  if (!(levels instanceof KeptLevels)) return JSON.stringify(levels);
  if (latest instanceof KeptLevels && latest.ids === levels.ids) return JSON.stringify(levels.digits);
  return JSON.stringify([levels.ids.text, levels.digits]);
}

/**
 * Levels from their stored text: `latest` is the hire's latest levels, read first, whose ids a
 * previous assessment's digits may use. Text that is not one of the forms written reads as no levels,
 * so one damaged row cannot stop the dashboard (it is worked out again with the hire's next change).
 */
export function readLevels(text: string | null, latest?: FactLevels | null): FactLevels | null {
  if (text === null) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof stored === 'string') {
    return latest instanceof KeptLevels && stored.length === latest.ids.ids.length && isDigits(stored)
      ? new KeptLevels(latest.ids, stored)
      : null;
  }
  if (Array.isArray(stored)) {
    if (stored.length !== 2) return null;
    const [ids, digits] = stored as unknown[];
    if (typeof ids !== 'string' || typeof digits !== 'string' || !isDigits(digits)) return null;
    const known = idsOf(ids);
    return known && known.ids.length === digits.length ? new KeptLevels(known, digits) : null;
  }
  if (stored !== null && typeof stored === 'object') return keepLevels(stored as Levels);
  return null;
}

/** Levels as digits: 0 to 4, as an assessment rates them. */
const isDigits = (text: string): boolean => /^[0-4]+$/.test(text);
