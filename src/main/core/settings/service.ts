// App settings the manager chooses, stored as JSON values by key.
import type { Db } from '../db/connection';
import type { Settings } from '@shared/checkins/schema';

const DEFAULTS: Settings = {
  checkInReminders: true,
  coachingBudgetHours: 4,
  checkInMinutes: 45,
  managerName: '',
};

export function createSettingsService(db: Db, now: () => Date) {
  const read = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const write = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  return {
    get(): Settings {
      const stored = Object.fromEntries(read.all().map((row) => [row.key, JSON.parse(row.value) as unknown]));
      return { ...DEFAULTS, ...(stored as Partial<Settings>) };
    },
    update(changes: Partial<Settings>): Settings {
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined) write.run(key, JSON.stringify(value), now().toISOString());
      }
      return this.get();
    },
  };
}
