// The roles.*, competencies.* and framework.* channels: the competency framework the plans draw on.
import type { AreaHandlers } from '../handlers';
import type { FrameworkService } from './service';

export function frameworkHandlers(
  framework: FrameworkService,
): AreaHandlers<'roles' | 'competencies' | 'framework'> {
  return {
    'roles.list': () => framework.listRoles(),
    'roles.get': ({ id }) => framework.getRole(id),
    'roles.compare': ({ fromRoleId, toRoleId }) => framework.compare(fromRoleId, toRoleId),
    'roles.create': framework.createRole,
    'roles.clone': framework.cloneRole,
    'roles.update': framework.updateRole,
    'roles.delete': ({ id }) => framework.deleteRole(id),
    'roles.exportCsv': ({ roleIds }) => framework.exportCsv(roleIds),
    'roles.importCsv': ({ csv }) => framework.importCsv(csv),
    'competencies.create': framework.createCompetency,
    'competencies.update': framework.updateCompetency,
    'competencies.delete': ({ id }) => framework.deleteCompetency(id),
    'framework.get': () => framework.framework(),
    'framework.export': () => framework.exportFile(),
    'framework.import': ({ file }) => framework.importFile(file),
  };
}
