// The packets shared with each hire on the team server (hire_packets): their ids and versions,
// scoped through the hire to the signed-in account, as the SQLite packet repository.
import type { PacketRepository, SharedPacket } from '../../core/packet/repository';
import type { AsyncRepository } from './async-repository';
import { underReadableHire, writeOrRefuse } from './hire-content';
import { changeableHire, type RepositoryScope } from './scope';

const PACKET = `p.id, p.hire_id AS "hireId", p.version, p.created_at AS "createdAt"`;

export function createPostgresPacketRepository(scope: RepositoryScope) {
  const { sql, actor } = scope;
  return {
    async get(id: string): Promise<SharedPacket | undefined> {
      const [packet] = await sql.query<SharedPacket>(
        `SELECT ${PACKET} FROM hire_packets p WHERE p.id = $2 AND ${underReadableHire(scope, 'p', 1)}`,
        [actor.id, id],
      );
      return packet;
    },

    async latest(hireId: string): Promise<SharedPacket | undefined> {
      const [packet] = await sql.query<SharedPacket>(
        `SELECT ${PACKET} FROM hire_packets p WHERE p.hire_id = $2 AND ${underReadableHire(scope, 'p', 1)}
         ORDER BY p.version DESC LIMIT 1`,
        [actor.id, hireId],
      );
      return packet;
    },

    async insert(packet: SharedPacket): Promise<void> {
      await writeOrRefuse(
        scope,
        `INSERT INTO hire_packets (id, hire_id, version, created_at)
         SELECT $1::text, h.id, $3::integer, $4::text FROM hires h
         WHERE h.id = $2 AND ${changeableHire(actor, 'h', 5)}
         RETURNING id`,
        [packet.id, packet.hireId, packet.version, packet.createdAt, actor.id],
        { label: 'hire', hireId: packet.hireId },
      );
    },
  } satisfies AsyncRepository<PacketRepository>;
}

export type PostgresPacketRepository = ReturnType<typeof createPostgresPacketRepository>;
