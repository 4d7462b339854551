// Settings on the team server: each account's own (account_settings), one JSON value per key as the
// desktop's settings table, so a manager's name or meeting defaults never reach another account.
import type { Settings } from '@shared/settings/schema';
import type { SettingsRepository } from '../../core/settings/repository';
import type { AsyncRepository } from './async-repository';
import type { RepositoryScope } from './scope';

export function createPostgresSettingsRepository({ sql, actor }: RepositoryScope) {
  return {
    /** The settings this account has changed; the rest keep their defaults. */
    async stored(): Promise<Partial<Settings>> {
      const rows = await sql.query<{ key: string; value: string }>(
        'SELECT key, value FROM account_settings WHERE account_id = $1',
        [actor.id],
      );
      return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
    },

    /** Every changed key in one statement. */
    async save(changes: Partial<Settings>, at: string): Promise<void> {
      const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
      if (entries.length === 0) return;
      await sql.query(
        `INSERT INTO account_settings (account_id, updated_at, key, value)
         VALUES ${entries.map((_, i) => `($1, $2, $${3 + 2 * i}, $${4 + 2 * i})`).join(', ')}
         ON CONFLICT (account_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        [actor.id, at, ...entries.flatMap(([key, value]) => [key, JSON.stringify(value)])],
      );
    },
  } satisfies AsyncRepository<SettingsRepository>;
}

export type PostgresSettingsRepository = ReturnType<typeof createPostgresSettingsRepository>;
