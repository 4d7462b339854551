// The whole database as a data file: written out, staged and checked in a scratch database, and
// written back table by table. The SQL lives in export.ts and import.ts beside it.
import type { DataFile, ImportMode } from '@shared/data/schema';
import type { Db } from '../db/connection';
import type { SqliteQueue } from '../db/queue';
import { exportData } from './export';
import { applyDataFile, refuseUnlessEmpty, rowCount, stageDataFile, type ImportOptions } from './import';

/**
 * `queue` gives the reads and writes made after the import's call (in its job, outside the
 * dispatcher) their turn on the connection, so none runs inside another call's open transaction.
 */
export function createDataRepository(
  db: Db,
  staging: ImportOptions,
  queue: Pick<SqliteQueue, 'transaction'>,
) {
  return {
    exportFile: (): DataFile => exportData(db),
    /** Checks a file fully in a scratch database; answers it, or throws VALIDATION naming each field. */
    stage: (file: unknown): DataFile => stageDataFile(staging, file),
    /** Throws CONFLICT unless the database holds no hires, plans or other records yet. */
    refuseUnlessEmpty: (): void => refuseUnlessEmpty(db),
    isEmpty: (): Promise<boolean> => queue.transaction(() => rowCount(db) === 0),
    /** Writes a staged file's rows in one transaction; answers the rows written per table. */
    write: (data: DataFile, mode: ImportMode): Promise<Record<string, number>> =>
      queue.transaction(() => applyDataFile(db, data, mode)),
  };
}

export type DataRepository = ReturnType<typeof createDataRepository>;
