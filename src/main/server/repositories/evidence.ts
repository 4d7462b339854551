// A hire's evidence log on the team server (evidence_entries): the SQLite evidence repository's
// methods, scoped through the hire. Evidence text is hire content: its manager's, and readable by a
// lead the hire is shared with, nobody else's.
import type { EvidenceEntry } from '@shared/evidence/schema';
import type { EvidenceRepository } from '../../core/evidence/repository';
import type { AsyncRepository } from './async-repository';
import { underChangeableHire, underReadableHire, writeOrRefuse } from './hire-content';
import { changeableHire, type RepositoryScope } from './scope';

const ENTRY = `e.id, e.hire_id AS "hireId", e.competency_id AS "competencyId", e.noted_on AS "notedOn", e.source,
  e.source_name AS "sourceName", e.text, e.created_at AS "createdAt"`;

export function createPostgresEvidenceRepository(scope: RepositoryScope) {
  const { sql, actor } = scope;
  return {
    async get(id: string): Promise<EvidenceEntry | undefined> {
      const [entry] = await sql.query<EvidenceEntry>(
        `SELECT ${ENTRY} FROM evidence_entries e WHERE e.id = $2 AND ${underReadableHire(scope, 'e', 1)}`,
        [actor.id, id],
      );
      return entry;
    },

    /** Latest first: the manager reads the newest evidence when reassessing. */
    list(hireId: string): Promise<EvidenceEntry[]> {
      return sql.query<EvidenceEntry>(
        `SELECT ${ENTRY} FROM evidence_entries e WHERE e.hire_id = $2 AND ${underReadableHire(scope, 'e', 1)}
         ORDER BY e.noted_on DESC, e.created_at DESC, e.id`,
        [actor.id, hireId],
      );
    },

    async insert(entry: EvidenceEntry): Promise<void> {
      await writeOrRefuse(
        scope,
        `INSERT INTO evidence_entries (id, hire_id, competency_id, noted_on, source, source_name, text, created_at)
         SELECT $1::text, h.id, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text FROM hires h
         WHERE h.id = $2 AND ${changeableHire(actor, 'h', 9)}
         RETURNING id`,
        [
          entry.id,
          entry.hireId,
          entry.competencyId,
          entry.notedOn,
          entry.source,
          entry.sourceName,
          entry.text,
          entry.createdAt,
          actor.id,
        ],
        { label: 'hire', hireId: entry.hireId },
      );
    },

    async remove(id: string): Promise<void> {
      await writeOrRefuse(
        scope,
        `DELETE FROM evidence_entries e WHERE e.id = $1 AND ${underChangeableHire(scope, 'e', 2)} RETURNING e.id`,
        [id, actor.id],
        { label: 'evidence entry', row: { table: 'evidence_entries', id } },
      );
    },
  } satisfies AsyncRepository<EvidenceRepository>;
}

export type PostgresEvidenceRepository = ReturnType<typeof createPostgresEvidenceRepository>;
