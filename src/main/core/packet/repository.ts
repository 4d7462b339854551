// SQL for the packets shared with each hire: their ids and versions, nothing of their content.
import type { Db } from '../db/connection';
import type { Awaitable, Synchronous } from '../awaitable';

export interface SharedPacket {
  id: string;
  hireId: string;
  version: number;
  createdAt: string;
}

interface PacketRow {
  id: string;
  hire_id: string;
  version: number;
  created_at: string;
}

const toPacket = (row: PacketRow): SharedPacket => ({
  id: row.id,
  hireId: row.hire_id,
  version: row.version,
  createdAt: row.created_at,
});

/** Shared hire packets, as every storage keeps them. */
export interface PacketRepository {
  get(id: string): Awaitable<SharedPacket | undefined>;
  latest(hireId: string): Awaitable<SharedPacket | undefined>;
  insert(packet: SharedPacket): Awaitable<void>;
}

export function createPacketRepository(db: Db): Synchronous<PacketRepository> {
  const statements = {
    get: db.prepare<[string], PacketRow>('SELECT * FROM hire_packets WHERE id = ?'),
    latest: db.prepare<[string], PacketRow>(
      'SELECT * FROM hire_packets WHERE hire_id = ? ORDER BY version DESC LIMIT 1',
    ),
    insert: db.prepare(
      `INSERT INTO hire_packets (id, hire_id, version, created_at) VALUES (@id, @hireId, @version, @createdAt)`,
    ),
  };
  return {
    get(id: string): SharedPacket | undefined {
      const row = statements.get.get(id);
      return row ? toPacket(row) : undefined;
    },
    latest(hireId: string): SharedPacket | undefined {
      const row = statements.latest.get(hireId);
      return row ? toPacket(row) : undefined;
    },
    insert(packet: SharedPacket): void {
      statements.insert.run(packet);
    },
  };
}
