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
import { isPromise, type Awaitable } from '../awaitable';
import type { CustomEntries, FrameworkRepository } from './repository';
import { checkActivities, checkExpectations, freeId, requireCustom, saveRole, toActivities } from './entries';

function summaryOf(role: Role): RoleSummary {
  const { id, name, summary, judgedOn, builtIn, basedOn } = role;
  return { id, name, summary, judgedOn, builtIn, basedOn };
}

/** The framework read once and kept until a change (or a restore) makes it stale. */
function frameworkCache(repo: FrameworkRepository) {
  let cache: Framework | null = null;

  /** Built-in entries with the custom ones; every role answers for every competency. */
  function build(custom: CustomEntries): Framework {
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

  /** The cached framework at once; else read, at once from a repository that answers at once. */
  function framework(): Awaitable<Framework> {
    if (cache) return cache;
    const custom = repo.load();
    return isPromise(custom) ? custom.then(build) : build(custom);
  }

  /** Runs a change and drops the cached framework whatever happens, so a rollback is never served. */
  async function changing<T>(change: () => Promise<T>): Promise<T> {
    try {
      return await change();
    } finally {
      cache = null;
    }
  }

  async function role(id: string): Promise<Role> {
    const found = (await framework()).roles.find((r) => r.id === id);
    if (!found) throw notFound('role', id);
    return found;
  }

  async function competency(id: string): Promise<Competency> {
    const found = (await framework()).competencies.find((c) => c.id === id);
    if (!found) throw notFound('competency', id);
    return found;
  }

  const roleTaken = async (id: string) => takenIn((await framework()).roles)(id);
  const competencyTaken = async (id: string) => takenIn((await framework()).competencies)(id);

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

/** Whether an id is one of these entries' (for picking a free id). */
const takenIn =
  (entries: readonly { id: string }[]) =>
  (id: string): boolean =>
    entries.some((entry) => entry.id === id);

type Kit = ReturnType<typeof frameworkCache> & { repo: FrameworkRepository; now: () => Date };

/** Roles: read, compare, and the manager's own created, cloned, changed and deleted. */
function roleUseCases(kit: Kit) {
  const { repo, now, framework, changing, role, roleTaken } = kit;
  return {
    async roleExists(id: string): Promise<boolean> {
      return (await framework()).roles.some((r) => r.id === id);
    },

    async listRoles(): Promise<RoleSummary[]> {
      return (await framework()).roles.map(summaryOf);
    },

    async getRole(id: string): Promise<Role> {
      return role(id);
    },

    async compare(fromRoleId: string, toRoleId: string): Promise<Transition> {
      const from = (await framework()).roles.find((r) => r.id === fromRoleId);
      const to = (await framework()).roles.find((r) => r.id === toRoleId);
      if (!from) throw validationError('fromRoleId', `Unknown role "${fromRoleId}"`);
      if (!to) throw validationError('toRoleId', `Unknown role "${toRoleId}"`);
      return deriveTransition(await framework(), from, to);
    },

    async createRole(input: z.output<typeof roleCreateInput>): Promise<Role> {
      return changing(async () => {
        const known = new Set((await framework()).competencies.map((c) => c.id));
        const issues = checkExpectations(input.expectations as Record<string, Expectation>, known);
        if (input.basedOn && !(await roleTaken(input.basedOn)))
          issues.push({ field: 'basedOn', message: `Unknown role "${input.basedOn}"` });
        if (issues.length > 0) throw invalid(issues);
        if (input.id && (await roleTaken(input.id)))
          throw conflict(`A role with id "${input.id}" exists already`);
        const id = input.id ?? freeId(input.name, takenIn((await framework()).roles));
        const base = input.basedOn ? (await role(input.basedOn)).expectations : {};
        const expectations = { ...base, ...(input.expectations as Record<string, Expectation>) };
        return await saveRole(repo, { ...input, id, expectations }, now().toISOString());
      });
    },

    async cloneRole(input: z.output<typeof roleCloneInput>): Promise<Role> {
      return changing(async () => {
        const source = await role(input.id);
        const id = freeId(input.name, takenIn((await framework()).roles));
        return await saveRole(
          repo,
          { ...source, id, name: input.name, basedOn: source.id },
          now().toISOString(),
        );
      });
    },

    async updateRole(input: z.output<typeof roleUpdateInput>): Promise<Role> {
      return changing(async () => {
        const current = await role(input.id);
        requireCustom(current, 'role');
        const known = new Set((await framework()).competencies.map((c) => c.id));
        const issues = input.expectations
          ? checkExpectations(input.expectations as Record<string, Expectation>, known)
          : [];
        if (issues.length > 0) throw invalid(issues);
        const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
        const expectations = {
          ...current.expectations,
          ...((input.expectations ?? {}) as Record<string, Expectation>),
        };
        return await saveRole(
          repo,
          { ...current, ...defined, expectations, id: current.id },
          now().toISOString(),
        );
      });
    },

    async deleteRole(id: string): Promise<{ id: string }> {
      return changing(async () => {
        const current = await role(id);
        requireCustom(current, 'role');
        const used = await repo.hiresUsingRole(id);
        if (used > 0) {
          throw conflict(
            `${current.name} is the current or target role of ${used} hire${used === 1 ? '' : 's'}; change them first`,
          );
        }
        await repo.deleteRole(id);
        return { id };
      });
    },
  };
}

/** The manager's own competencies: created, changed and deleted. */
function competencyUseCases(kit: Kit) {
  const { repo, now, framework, changing, competency, competencyTaken } = kit;
  return {
    async createCompetency(input: z.output<typeof competencyCreateInput>): Promise<Competency> {
      return changing(async () => {
        const issues = checkActivities(input.activities);
        if (!(await framework()).areas.some((a) => a.id === input.areaId)) {
          issues.push({ field: 'areaId', message: `Unknown area "${input.areaId}"` });
        }
        if (issues.length > 0) throw invalid(issues);
        if (input.id && (await competencyTaken(input.id)))
          throw conflict(`A competency with id "${input.id}" exists already`);
        const id = input.id ?? freeId(input.name, takenIn((await framework()).competencies));
        const { activities, id: _requested, ...fields } = input;
        const saved: Competency = {
          ...fields,
          id,
          levels: fields.levels as Competency['levels'],
          builtIn: false,
        };
        await repo.saveCompetency(saved, toActivities(id, activities), now().toISOString());
        return saved;
      });
    },

    async updateCompetency(input: z.output<typeof competencyUpdateInput>): Promise<Competency> {
      return changing(async () => {
        const current = await competency(input.id);
        requireCustom(current, 'competency');
        const activities =
          input.activities ??
          (await framework()).activities
            .filter((a) => a.competencyId === current.id)
            .map(({ competencyId: _c, builtIn: _b, ...rest }) => rest);
        const issues = checkActivities(activities);
        if (input.areaId && !(await framework()).areas.some((a) => a.id === input.areaId)) {
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
        await repo.saveCompetency(next, toActivities(current.id, activities), now().toISOString());
        return next;
      });
    },

    async deleteCompetency(id: string): Promise<{ id: string }> {
      return changing(async () => {
        const current = await competency(id);
        requireCustom(current, 'competency');
        const { assessments, checkIns } = await repo.ratingsOfCompetency(id);
        if (assessments + checkIns > 0) {
          const uses = [
            assessments > 0 ? `${assessments} assessment rating${assessments === 1 ? '' : 's'}` : '',
            checkIns > 0 ? `${checkIns} one-on-one confidence rating${checkIns === 1 ? '' : 's'}` : '',
          ].filter(Boolean);
          throw conflict(
            `${current.name} has ${uses.join(' and ')}; it stays so that history keeps its meaning (take it out of your roles instead)`,
          );
        }
        await repo.deleteCompetency(id);
        return { id };
      });
    },
  };
}

/** The framework file and the roles CSV, out and in. */
function fileUseCases(kit: Kit) {
  const { repo, now, framework, changing, role } = kit;
  return {
    async exportFile(): Promise<FrameworkFile> {
      const fw = await framework();
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

    async importFile(file: unknown): Promise<{ competencies: number; roles: number }> {
      return changing(async () => {
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
          ...(await framework()).competencies.map((c) => c.id),
          ...data.competencies.map((c) => c.id),
        ]);
        const roleIds = new Set([
          ...(await framework()).roles.map((r) => r.id),
          ...data.roles.map((r) => r.id),
        ]);
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
          await repo.saveCompetency(
            { ...fields, levels: fields.levels as Competency['levels'], builtIn: false },
            toActivities(c.id, activities),
            timestamp,
          );
        }
        for (const r of data.roles) await saveRole(repo, r, timestamp);
        return { competencies: data.competencies.length, roles: data.roles.length };
      });
    },

    async exportCsv(roleIds: string[] | undefined): Promise<{ csv: string; fileName: string }> {
      const fw = await framework();
      const roles = roleIds ? await Promise.all(roleIds.map(role)) : fw.roles.filter((r) => !r.builtIn);
      return { csv: rolesToCsv(roles, fw.competencies), fileName: 'rolebridge-roles.csv' };
    },

    async importCsv(csv: string): Promise<{ roles: number; roleIds: string[] }> {
      return changing(async () => {
        const fw = await framework();
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
        for (const r of result.roles) await saveRole(repo, r, timestamp);
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
