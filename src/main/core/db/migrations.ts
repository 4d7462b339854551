// Schema migrations: `migrations/NNNN_description.sql`, bundled into the app at build time and
// applied in order. The database's `user_version` records the last one applied.
import type { Db } from './connection';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;

const bundled = import.meta.glob('../../../../migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Turns `{ path: sql }` into an ordered migration list, refusing gaps, repeats and odd names. */
export function parseMigrations(files: Record<string, string>): Migration[] {
  const migrations = Object.entries(files).map(([path, sql]) => {
    const fileName = path.split('/').pop() ?? path;
    const match = FILE_NAME.exec(fileName);
    if (!match) throw new Error(`Migration file ${fileName} is not named NNNN_description.sql`);
    return { version: Number(match[1]), name: match[2] ?? '', sql };
  });
  migrations.sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration versions must run 1, 2, 3… without gaps or repeats; found ${migration.version} at position ${index + 1}`,
      );
    }
  });
  return migrations;
}

export function bundledMigrations(): Migration[] {
  return parseMigrations(bundled);
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This data was saved by a newer version of Rolebridge (schema ${databaseVersion}; this app knows up to ${appVersion}). ` +
        'Install the newer version to open it. Nothing was changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function pendingMigrations(db: Db, migrations: Migration[]): Migration[] {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  return migrations.filter((migration) => migration.version > current);
}

/**
 * Applies every pending migration in one transaction: either all of them land and
 * `user_version` moves to the last, or none does and the database is as it was.
 */
export function applyMigrations(db: Db, pending: Migration[]): void {
  if (pending.length === 0) return;
  const apply = db.transaction(() => {
    for (const migration of pending) {
      try {
        db.exec(migration.sql);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Migration ${migration.version} (${migration.name}) failed: ${reason}`, {
          cause: error,
        });
      }
      db.pragma(`user_version = ${migration.version}`);
    }
    const violations = db.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) {
      throw new Error(`Migrations left ${violations.length} rows that break foreign keys`);
    }
  });
  // Foreign keys cannot change inside a transaction; migrations that rebuild tables need them off.
  db.pragma('foreign_keys = OFF');
  try {
    apply.exclusive();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
