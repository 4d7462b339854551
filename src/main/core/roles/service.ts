// Roles the manager can pick for a hire.
import { builtInRoles, type RoleSummary } from '@shared/catalog/roles';

export function createRoleService() {
  return {
    list(): RoleSummary[] {
      return [...builtInRoles];
    },
    exists(id: string): boolean {
      return builtInRoles.some((role) => role.id === id);
    },
  };
}

export type RoleService = ReturnType<typeof createRoleService>;
