// Sharing a plan with the hire: each "Share with …" records a new packet version for the hire and
// answers with the self-contained HTML file the hire opens in any browser.
import { randomUUID } from 'node:crypto';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { findRole } from '@shared/framework/lookup';
import type { Framework } from '@shared/framework/types';
import type { CheckIn } from '@shared/checkins/schema';
import type { SavedPlan } from '@shared/plans/schema';
import { conflict, notFound } from '../errors';
import type { HireService } from '../hires/service';
import { nameSlug } from '../pdf/file-name';
import type { Awaitable } from '../awaitable';
import type { PacketRepository } from './repository';
import { packetContent } from './content';
import { packetHtml } from './page';

export function createPacketService(deps: {
  packets: PacketRepository;
  hires: Pick<HireService, 'find'>;
  currentPlan: (hireId: string) => Awaitable<SavedPlan | null>;
  scheduledCheckIns: (hireId: string) => Awaitable<CheckIn[]>;
  framework: () => Awaitable<Framework>;
  managerName: () => Awaitable<string>;
  now: () => Date;
}) {
  const { packets, hires, framework, now } = deps;

  return {
    async share(
      hireId: string,
    ): Promise<{ fileName: string; html: string; packetId: string; version: number }> {
      const hire = await hires.find(hireId);
      if (!hire) throw notFound('hire', hireId);
      const fw = await framework();
      const to = findRole(fw, hire.targetRoleId);
      if (!to) throw conflict(`The target role ${hire.targetRoleId} is no longer in the framework.`);
      const today = toCalendarDate(now());
      const packet = {
        id: randomUUID(),
        hireId,
        version: ((await packets.latest(hireId))?.version ?? 0) + 1,
        createdAt: now().toISOString(),
      };
      await packets.insert(packet);
      const content = packetContent({
        packet: { id: packet.id, version: packet.version, sharedOn: today },
        hire,
        managerName: await deps.managerName(),
        framework: fw,
        from: findRole(fw, hire.currentRoleId),
        to,
        plan: await deps.currentPlan(hireId),
        oneOnOnes: (await deps.scheduledCheckIns(hireId))
          .filter((c) => c.status === 'scheduled' && c.scheduledOn >= today)
          .map((c) => c.scheduledOn),
      });
      return {
        fileName: `plan-for-${nameSlug(hire.name)}-v${packet.version}.html`,
        html: packetHtml(content),
        packetId: packet.id,
        version: packet.version,
      };
    },
  };
}

export type PacketService = ReturnType<typeof createPacketService>;
