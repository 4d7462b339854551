// The framework as the app sees it: built-in entries merged with the manager's custom ones,
// plus the use cases that change custom entries, compare roles, and move them in and out as files.
import type { z } from 'zod';
import { builtInFramework } from '@shared/catalog';
import type { FieldIssue } from '@shared/api/result';
import { NOT_EXPECTED } from '@shared/framework/lookup';
import { deriveTransition, type Transition } from '@shared/framework/transition';
import { parseRolesCsv, rolesToCsv } from '@shared/framework/roles-csv';
import {
  FRAMEWORK_FILE_FORMAT,
  FRAMEWORK_FILE_VERSION,
  type competencyCreateInput,
  type competencyUpdateInput,
  frameworkFile,
  type roleCloneInput,
  type roleCreateInput,
  type roleUpdateInput,
  type FrameworkFile,
} from '@shared/framework/schema';
import type { Competency, Expectation, Framework, Role, RoleSummary } from '@shared/framework/types';
import { conflict, invalid, issuesFromZod, notFound, validationError } from '../errors';
import type { FrameworkRepository } from './repository';
import { checkActivities, checkExpectations, freeId, requireCustom, saveRole, toActivities } from './entries';

function summaryOf(role: Role): RoleSummary {
  const { id, name, summary, judgedOn, builtIn, basedOn } = role;
  return { id, name, summary, judgedOn, builtIn, basedOn };
}

/** The framework read once and kept until a change (or a restore) makes it stale. */
function frameworkCache(repo: FrameworkRepository) {
  let cache: Framework | null = null;

  function framework(): Framework {
    if (cache) return cache;
    const custom = repo.load();
    const competencies = [...builtInFramework.competencies, ...custom.competencies];
    // Every role answers for every competency; one added later is "not expected" until set.
    const complete = (role: Role): Role => ({
      ...role,
      expectations: Object.fromEntries(
        competencies.map((c) => [c.id, role.expectations[c.id] ?? NOT_EXPECTED]),
      ),
    });
    cache = {
      areas: builtInFramework.areas,
      competencies,
      roles: [...builtInFramework.roles, ...custom.roles].map(complete),
      activities: [...builtInFramework.activities, ...custom.activities],
    };
    return cache;
  }

  /** Runs a change and drops the cached framework whatever happens, so a rollback is never served. */
  function changing<T>(change: () => T): T {
    try {
      return change();
    } finally {
      cache = null;
    }
  }

  function role(id: string): Role {
    const found = framework().roles.find((r) => r.id === id);
    if (!found) throw notFound('role', id);
    return found;
  }

  function competency(id: string): Competency {
    const found = framework().competencies.find((c) => c.id === id);
    if (!found) throw notFound('competency', id);
    return found;
  }

  const roleTaken = (id: string) => framework().roles.some((r) => r.id === id);
  const competencyTaken = (id: string) => framework().competencies.some((c) => c.id === id);

  return {
    framework,
    changing,
    role,
    competency,
    roleTaken,
    competencyTaken,
    /** Forgets the cached framework after its tables were replaced underneath (restore, data import). */
    reload(): void {
      cache = null;
    },
  };
}

type Kit = ReturnType<typeof frameworkCache> & { repo: FrameworkRepository; now: () => Date };

/** Roles: read, compare, and the manager's own created, cloned, changed and deleted. */
function roleUseCases(kit: Kit) {
  const { repo, now, framework, changing, role, roleTaken } = kit;
  return {
    roleExists(id: string): boolean {
      return framework().roles.some((r) => r.id === id);
    },

    listRoles(): RoleSummary[] {
      return framework().roles.map(summaryOf);
    },

    getRole(id: string): Role {
      return role(id);
    },

    compare(fromRoleId: string, toRoleId: string): Transition {
      const from = framework().roles.find((r) => r.id === fromRoleId);
      const to = framework().roles.find((r) => r.id === toRoleId);
      if (!from) throw validationError('fromRoleId', `Unknown role "${fromRoleId}"`);
      if (!to) throw validationError('toRoleId', `Unknown role "${toRoleId}"`);
      return deriveTransition(framework(), from, to);
    },

    createRole(input: z.output<typeof roleCreateInput>): Role {
      return changing(() => {
        const known = new Set(framework().competencies.map((c) => c.id));
        const issues = checkExpectations(input.expectations as Record<string, Expectation>, known);
        if (input.basedOn && !roleTaken(input.basedOn))
          issues.push({ field: 'basedOn', message: `Unknown role "${input.basedOn}"` });
        if (issues.length > 0) throw invalid(issues);
        if (input.id && roleTaken(input.id)) throw conflict(`A role with id "${input.id}" exists already`);
        const id = input.id ?? freeId(input.name, roleTaken);
        const base = input.basedOn ? role(input.basedOn).expectations : {};
        const expectations = { ...base, ...(input.expectations as Record<string, Expectation>) };
        return saveRole(repo, { ...input, id, expectations }, now().toISOString());
      });
    },

    cloneRole(input: z.output<typeof roleCloneInput>): Role {
      return changing(() => {
        const source = role(input.id);
        const id = freeId(input.name, roleTaken);
        return saveRole(repo, { ...source, id, name: input.name, basedOn: source.id }, now().toISOString());
      });
    },

    updateRole(input: z.output<typeof roleUpdateInput>): Role {
      return changing(() => {
        const current = role(input.id);
        requireCustom(current, 'role');
        const known = new Set(framework().competencies.map((c) => c.id));
        const issues = input.expectations
          ? checkExpectations(input.expectations as Record<string, Expectation>, known)
          : [];
        if (issues.length > 0) throw invalid(issues);
        const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
        const expectations = {
          ...current.expectations,
          ...((input.expectations ?? {}) as Record<string, Expectation>),
        };
        return saveRole(repo, { ...current, ...defined, expectations, id: current.id }, now().toISOString());
      });
    },

    deleteRole(id: string): { id: string } {
      return changing(() => {
        const current = role(id);
        requireCustom(current, 'role');
        const used = repo.hiresUsingRole(id);
        if (used > 0) {
          throw conflict(
            `${current.name} is the current or target role of ${used} hire${used === 1 ? '' : 's'}; change them first`,
          );
        }
        repo.deleteRole(id);
        return { id };
      });
    },
  };
}

/** The manager's own competencies: created, changed and deleted. */
function competencyUseCases(kit: Kit) {
  const { repo, now, framework, changing, competency, competencyTaken } = kit;
  return {
    createCompetency(input: z.output<typeof competencyCreateInput>): Competency {
      return changing(() => {
        const issues = checkActivities(input.activities);
        if (!framework().areas.some((a) => a.id === input.areaId)) {
          issues.push({ field: 'areaId', message: `Unknown area "${input.areaId}"` });
        }
        if (issues.length > 0) throw invalid(issues);
        if (input.id && competencyTaken(input.id))
          throw conflict(`A competency with id "${input.id}" exists already`);
        const id = input.id ?? freeId(input.name, competencyTaken);
        const { activities, id: _requested, ...fields } = input;
        const saved: Competency = {
          ...fields,
          id,
          levels: fields.levels as Competency['levels'],
          builtIn: false,
        };
        repo.saveCompetency(saved, toActivities(id, activities), now().toISOString());
        return saved;
      });
    },

    updateCompetency(input: z.output<typeof competencyUpdateInput>): Competency {
      return changing(() => {
        const current = competency(input.id);
        requireCustom(current, 'competency');
        const activities =
          input.activities ??
          framework()
            .activities.filter((a) => a.competencyId === current.id)
            .map(({ competencyId: _c, builtIn: _b, ...rest }) => rest);
        const issues = checkActivities(activities);
        if (input.areaId && !framework().areas.some((a) => a.id === input.areaId)) {
          issues.push({ field: 'areaId', message: `Unknown area "${input.areaId}"` });
        }
        if (issues.length > 0) throw invalid(issues);
        const next: Competency = {
          ...current,
          areaId: input.areaId ?? current.areaId,
          name: input.name ?? current.name,
          summary: input.summary ?? current.summary,
          levels: (input.levels as Competency['levels'] | undefined) ?? current.levels,
        };
        repo.saveCompetency(next, toActivities(current.id, activities), now().toISOString());
        return next;
      });
    },

    deleteCompetency(id: string): { id: string } {
      return changing(() => {
        const current = competency(id);
        requireCustom(current, 'competency');
        const { assessments, checkIns } = repo.ratingsOfCompetency(id);
        if (assessments + checkIns > 0) {
          const uses = [
            assessments > 0 ? `${assessments} assessment rating${assessments === 1 ? '' : 's'}` : '',
            checkIns > 0 ? `${checkIns} one-on-one confidence rating${checkIns === 1 ? '' : 's'}` : '',
          ].filter(Boolean);
          throw conflict(
            `${current.name} has ${uses.join(' and ')}; it stays so that history keeps its meaning (take it out of your roles instead)`,
          );
        }
        repo.deleteCompetency(id);
        return { id };
      });
    },
  };
}

/** The framework file and the roles CSV, out and in. */
function fileUseCases(kit: Kit) {
  const { repo, now, framework, changing, role } = kit;
  return {
    exportFile(): FrameworkFile {
      const fw = framework();
      return {
        format: FRAMEWORK_FILE_FORMAT,
        version: FRAMEWORK_FILE_VERSION,
        exportedAt: now().toISOString(),
        competencies: fw.competencies
          .filter((c) => !c.builtIn)
          .map(({ builtIn: _b, ...c }) => ({
            ...c,
            activities: fw.activities
              .filter((a) => a.competencyId === c.id)
              .map(({ competencyId: _c, builtIn: _x, ...a }) => a),
          })),
        roles: fw.roles.filter((r) => !r.builtIn).map(({ builtIn: _b, ...r }) => r),
      };
    },

    importFile(file: unknown): { competencies: number; roles: number } {
      return changing(() => {
        const parsed = frameworkFile.safeParse(file);
        if (!parsed.success)
          throw invalid(
            issuesFromZod(parsed.error).map((i) => ({ ...i, field: i.field ? `file.${i.field}` : 'file' })),
          );
        const data = parsed.data;
        const builtIn = builtInFramework;
        const issues: FieldIssue[] = [];
        const areaIds = new Set(builtIn.areas.map((a) => a.id));
        data.competencies.forEach((c, i) => {
          const at = `competencies[${i}].`;
          if (builtIn.competencies.some((b) => b.id === c.id))
            issues.push({ field: `${at}id`, message: `"${c.id}" is a built-in competency` });
          if (!areaIds.has(c.areaId))
            issues.push({ field: `${at}areaId`, message: `Unknown area "${c.areaId}"` });
          issues.push(...checkActivities(c.activities, at));
        });
        const known = new Set([
          ...framework().competencies.map((c) => c.id),
          ...data.competencies.map((c) => c.id),
        ]);
        const roleIds = new Set([...framework().roles.map((r) => r.id), ...data.roles.map((r) => r.id)]);
        data.roles.forEach((r, i) => {
          const at = `roles[${i}].`;
          if (builtIn.roles.some((b) => b.id === r.id))
            issues.push({ field: `${at}id`, message: `"${r.id}" is a built-in role` });
          issues.push(...checkExpectations(r.expectations as Record<string, Expectation>, known, at));
          if (r.basedOn && !roleIds.has(r.basedOn))
            issues.push({ field: `${at}basedOn`, message: `Unknown role "${r.basedOn}"` });
        });
        for (const [list, kind] of [
          [data.competencies, 'competencies'],
          [data.roles, 'roles'],
        ] as const) {
          const seen = new Set<string>();
          list.forEach((entry, i) => {
            if (seen.has(entry.id))
              issues.push({ field: `${kind}[${i}].id`, message: `"${entry.id}" appears twice in the file` });
            seen.add(entry.id);
          });
        }
        if (issues.length > 0) throw invalid(issues);
        const timestamp = now().toISOString();
        for (const c of data.competencies) {
          const { activities, ...fields } = c;
          repo.saveCompetency(
            { ...fields, levels: fields.levels as Competency['levels'], builtIn: false },
            toActivities(c.id, activities),
            timestamp,
          );
        }
        for (const r of data.roles) saveRole(repo, r, timestamp);
        return { competencies: data.competencies.length, roles: data.roles.length };
      });
    },

    exportCsv(roleIds: string[] | undefined): { csv: string; fileName: string } {
      const fw = framework();
      const roles = roleIds ? roleIds.map(role) : fw.roles.filter((r) => !r.builtIn);
      return { csv: rolesToCsv(roles, fw.competencies), fileName: 'rolebridge-roles.csv' };
    },

    importCsv(csv: string): { roles: number; roleIds: string[] } {
      return changing(() => {
        const fw = framework();
        const result = parseRolesCsv(csv, new Set(fw.competencies.map((c) => c.id)));
        if (!result.ok) throw invalid(result.issues);
        const issues: FieldIssue[] = [];
        for (const r of result.roles) {
          if (fw.roles.some((b) => b.builtIn && b.id === r.id)) {
            issues.push({
              field: `role ${r.id}, role_id`,
              message: `"${r.id}" is a built-in role; give your copy its own id`,
            });
          }
          if (
            r.basedOn &&
            !fw.roles.some((x) => x.id === r.basedOn) &&
            !result.roles.some((x) => x.id === r.basedOn)
          ) {
            issues.push({ field: `role ${r.id}, based_on`, message: `Unknown role "${r.basedOn}"` });
          }
        }
        if (issues.length > 0) throw invalid(issues);
        const timestamp = now().toISOString();
        for (const r of result.roles) saveRole(repo, r, timestamp);
        return { roles: result.roles.length, roleIds: result.roles.map((r) => r.id) };
      });
    },
  };
}

export function createFrameworkService({ repo, now }: { repo: FrameworkRepository; now: () => Date }) {
  const cache = frameworkCache(repo);
  const kit: Kit = { ...cache, repo, now };
  return {
    framework: cache.framework,
    reload: cache.reload,
    ...roleUseCases(kit),
    ...competencyUseCases(kit),
    ...fileUseCases(kit),
  };
}

export type FrameworkService = ReturnType<typeof createFrameworkService>;
