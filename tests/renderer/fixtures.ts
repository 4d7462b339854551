import type { Hire } from '@shared/hires/schema';
import { builtInRoles } from '@shared/catalog/roles';
import type { RoleSummary } from '@shared/framework/types';

export const roles: RoleSummary[] = builtInRoles.map(({ id, name, summary, judgedOn, builtIn, basedOn }) => ({
  id,
  name,
  summary,
  judgedOn,
  builtIn,
  basedOn,
}));

export function hire(overrides: Partial<Hire> = {}): Hire {
  return {
    id: overrides.id ?? `id-${overrides.name ?? 'ada'}`,
    name: 'Ada Lovelace',
    currentRoleId: 'project-manager',
    targetRoleId: 'product-manager',
    startDate: '2026-03-02',
    notes: '',
    status: 'active',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    archivedAt: null,
    ...overrides,
  };
}
