// The settings table: one JSON value per key, so a new setting needs no migration.
import type { Settings } from '@shared/settings/schema';
import type { Db } from '../db/connection';
import type { Awaitable, Synchronous } from '../awaitable';

/** The settings the manager changed, as every storage keeps them. */
export interface SettingsRepository {
  /** The settings the manager has changed; the rest keep their defaults. */
  stored(): Awaitable<Partial<Settings>>;
  save(changes: Partial<Settings>, at: string): Awaitable<void>;
}

export function createSettingsRepository(db: Db): Synchronous<SettingsRepository> {
  const read = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const write = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  return {
    /** The settings the manager has changed; the rest keep their defaults. */
    stored(): Partial<Settings> {
      return Object.fromEntries(read.all().map((row) => [row.key, JSON.parse(row.value) as unknown]));
    },
    save(changes: Partial<Settings>, at: string): void {
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined) write.run(key, JSON.stringify(value), at);
      }
    },
  };
}
