// Topics for the one-on-ones on the team server (hire_topics): the SQLite topic repository's methods,
// scoped through the hire to the signed-in account. PostgreSQL has no rowid, so topics added at the
// same instant fall back to id order where SQLite keeps the order they were added in.
import type { Topic, TopicStatus } from '@shared/topics/schema';
import type { TopicRepository } from '../../core/topics/repository';
import type { AsyncRepository } from './async-repository';
import { underChangeableHire, underReadableHire, writeOrRefuse } from './hire-content';
import { changeableHire, type RepositoryScope } from './scope';

const TOPIC = `t.id, t.hire_id AS "hireId", t.text, t.added_by AS "addedBy", t.status, t.closed_on AS "closedOn",
  t.created_at AS "createdAt"`;

const ORDERS = {
  // Ties at one instant in the order the topics were added (seq, PostgreSQL migration 0007), as SQLite's rowid.
  open: `AND t.status = 'open' ORDER BY t.created_at, t.seq`,
  // Open topics first (oldest first, as they are carried forward), then the closed ones, latest first.
  all: `ORDER BY t.status <> 'open', CASE WHEN t.status = 'open' THEN t.created_at END,
          CASE WHEN t.status = 'open' THEN t.seq END, t.closed_on DESC, t.created_at DESC, t.seq DESC`,
};

export function createPostgresTopicRepository(scope: RepositoryScope) {
  const { sql, actor } = scope;
  return {
    async get(id: string): Promise<Topic | undefined> {
      const [topic] = await sql.query<Topic>(
        `SELECT ${TOPIC} FROM hire_topics t WHERE t.id = $2 AND ${underReadableHire(scope, 't', 1)}`,
        [actor.id, id],
      );
      return topic;
    },

    list(hireId: string, which: 'open' | 'all'): Promise<Topic[]> {
      return sql.query<Topic>(
        `SELECT ${TOPIC} FROM hire_topics t WHERE t.hire_id = $2 AND ${underReadableHire(scope, 't', 1)}
         ${ORDERS[which]}`,
        [actor.id, hireId],
      );
    },

    async insert(topic: Topic): Promise<void> {
      await writeOrRefuse(
        scope,
        `INSERT INTO hire_topics (id, hire_id, text, added_by, status, closed_on, created_at)
         SELECT $1::text, h.id, $3::text, $4::text, $5::text, $6::text, $7::text FROM hires h
         WHERE h.id = $2 AND ${changeableHire(actor, 'h', 8)}
         RETURNING id`,
        [
          topic.id,
          topic.hireId,
          topic.text,
          topic.addedBy,
          topic.status,
          topic.closedOn,
          topic.createdAt,
          actor.id,
        ],
        { label: 'hire', hireId: topic.hireId },
      );
    },

    async close(id: string, status: Exclude<TopicStatus, 'open'>, on: string): Promise<void> {
      await writeOrRefuse(
        scope,
        `UPDATE hire_topics t SET status = $2, closed_on = $3
         WHERE t.id = $1 AND ${underChangeableHire(scope, 't', 4)} RETURNING t.id`,
        [id, status, on, actor.id],
        { label: 'topic', row: { table: 'hire_topics', id } },
      );
    },
  } satisfies AsyncRepository<TopicRepository>;
}

export type PostgresTopicRepository = ReturnType<typeof createPostgresTopicRepository>;
