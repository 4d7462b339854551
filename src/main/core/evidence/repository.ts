// SQL for a hire's evidence log. Rows become the shared `EvidenceEntry` type here and nowhere else.
import type { Db } from '../db/connection';
import type { Awaitable, Synchronous } from '../awaitable';
import type { EvidenceEntry, EvidenceSource } from '@shared/evidence/schema';

interface EvidenceRow {
  id: string;
  hire_id: string;
  competency_id: string;
  noted_on: string;
  source: EvidenceSource;
  source_name: string;
  text: string;
  created_at: string;
}

function toEntry(row: EvidenceRow): EvidenceEntry {
  return {
    id: row.id,
    hireId: row.hire_id,
    competencyId: row.competency_id,
    notedOn: row.noted_on,
    source: row.source,
    sourceName: row.source_name,
    text: row.text,
    createdAt: row.created_at,
  };
}

/** The evidence log, as every storage keeps it. */
export interface EvidenceRepository {
  get(id: string): Awaitable<EvidenceEntry | undefined>;
  list(hireId: string): Awaitable<EvidenceEntry[]>;
  insert(entry: EvidenceEntry): Awaitable<void>;
  remove(id: string): Awaitable<void>;
}

export function createEvidenceRepository(db: Db): Synchronous<EvidenceRepository> {
  const statements = {
    get: db.prepare<[string], EvidenceRow>('SELECT * FROM evidence_entries WHERE id = ?'),
    // Latest first: the manager reads the newest evidence when reassessing.
    list: db.prepare<[string], EvidenceRow>(
      'SELECT * FROM evidence_entries WHERE hire_id = ? ORDER BY noted_on DESC, created_at DESC, id',
    ),
    insert: db.prepare(
      `INSERT INTO evidence_entries (id, hire_id, competency_id, noted_on, source, source_name, text, created_at)
       VALUES (@id, @hireId, @competencyId, @notedOn, @source, @sourceName, @text, @createdAt)`,
    ),
    remove: db.prepare('DELETE FROM evidence_entries WHERE id = ?'),
  };

  return {
    get(id: string): EvidenceEntry | undefined {
      const row = statements.get.get(id);
      return row ? toEntry(row) : undefined;
    },
    list(hireId: string): EvidenceEntry[] {
      return statements.list.all(hireId).map(toEntry);
    },
    insert(entry: EvidenceEntry): void {
      statements.insert.run(entry);
    },
    remove(id: string): void {
      statements.remove.run(id);
    },
  };
}
