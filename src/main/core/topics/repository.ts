// SQL for the topics a hire and their manager want to talk about. Rows become the shared `Topic`
// type here and nowhere else.
import type { Db } from '../db/connection';
import type { Awaitable, Synchronous } from '../awaitable';
import type { Topic, TopicAuthor, TopicStatus } from '@shared/topics/schema';

interface TopicRow {
  id: string;
  hire_id: string;
  text: string;
  added_by: TopicAuthor;
  status: TopicStatus;
  closed_on: string | null;
  created_at: string;
}

function toTopic(row: TopicRow): Topic {
  return {
    id: row.id,
    hireId: row.hire_id,
    text: row.text,
    addedBy: row.added_by,
    status: row.status,
    closedOn: row.closed_on,
    createdAt: row.created_at,
  };
}

/** Topics for the next one-on-one, as every storage keeps them. */
export interface TopicRepository {
  get(id: string): Awaitable<Topic | undefined>;
  list(hireId: string, which: 'open' | 'all'): Awaitable<Topic[]>;
  insert(topic: Topic): Awaitable<void>;
  close(id: string, status: Exclude<TopicStatus, 'open'>, on: string): Awaitable<void>;
}

export function createTopicRepository(db: Db): Synchronous<TopicRepository> {
  const statements = {
    get: db.prepare<[string], TopicRow>('SELECT * FROM hire_topics WHERE id = ?'),
    open: db.prepare<[string], TopicRow>(
      `SELECT * FROM hire_topics WHERE hire_id = ? AND status = 'open' ORDER BY created_at, rowid`,
    ),
    // Open topics first (oldest first, as they are carried forward), then the closed ones, latest first.
    all: db.prepare<[string], TopicRow>(
      `SELECT * FROM hire_topics WHERE hire_id = ?
       ORDER BY status <> 'open', CASE WHEN status = 'open' THEN created_at END, CASE WHEN status = 'open' THEN rowid END,
         closed_on DESC, created_at DESC, rowid DESC`,
    ),
    insert: db.prepare(
      `INSERT INTO hire_topics (id, hire_id, text, added_by, status, closed_on, created_at)
       VALUES (@id, @hireId, @text, @addedBy, @status, @closedOn, @createdAt)`,
    ),
    close: db.prepare<[TopicStatus, string, string]>(
      'UPDATE hire_topics SET status = ?, closed_on = ? WHERE id = ?',
    ),
  };

  return {
    get(id: string): Topic | undefined {
      const row = statements.get.get(id);
      return row ? toTopic(row) : undefined;
    },
    list(hireId: string, which: 'open' | 'all'): Topic[] {
      return (which === 'open' ? statements.open : statements.all).all(hireId).map(toTopic);
    },
    insert(topic: Topic): void {
      statements.insert.run(topic);
    },
    close(id: string, status: Exclude<TopicStatus, 'open'>, on: string): void {
      statements.close.run(status, on, id);
    },
  };
}
