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
import type { PacketRepository } from './repository';
import { packetContent } from './content';
import { packetHtml } from './page';

export function createPacketService(deps: {
  packets: PacketRepository;
  hires: Pick<HireService, 'find'>;
  currentPlan: (hireId: string) => SavedPlan | null;
  scheduledCheckIns: (hireId: string) => CheckIn[];
  framework: () => Framework;
  managerName: () => string;
  now: () => Date;
}) {
  const { packets, hires, framework, now } = deps;

  return {
    share(hireId: string): { fileName: string; html: string; packetId: string; version: number } {
      const hire = hires.find(hireId);
      if (!hire) throw notFound('hire', hireId);
      const fw = framework();
      const to = findRole(fw, hire.targetRoleId);
      if (!to) throw conflict(`The target role ${hire.targetRoleId} is no longer in the framework.`);
      const today = toCalendarDate(now());
      const packet = {
        id: randomUUID(),
        hireId,
        version: (packets.latest(hireId)?.version ?? 0) + 1,
        createdAt: now().toISOString(),
      };
      packets.insert(packet);
      const content = packetContent({
        packet: { id: packet.id, version: packet.version, sharedOn: today },
        hire,
        managerName: deps.managerName(),
        framework: fw,
        from: findRole(fw, hire.currentRoleId),
        to,
        plan: deps.currentPlan(hireId),
        oneOnOnes: deps
          .scheduledCheckIns(hireId)
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
