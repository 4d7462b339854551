// The core's layering and size rules (eslint.config.js, "Core layering and size") bite: each
// fixture in tests/fixtures/lint breaks one of them, linted as if it sat in the core.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const fixture = (name: string) => readFileSync(join('tests', 'fixtures', 'lint', name), 'utf8');

async function errors(filePath: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

const restricted = '@typescript-eslint/no-restricted-imports';

// The first lint loads the TypeScript parser and every plugin: seconds on a busy machine.
describe('core layering and size rules', { timeout: 60_000 }, () => {
  it('refuses better-sqlite3 and the db module in a service', async () => {
    const found = await errors('src/main/core/hires/service.ts', fixture('service-with-sql.ts'));
    const messages = found.filter((m) => m.ruleId === restricted).map((m) => m.message);
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message).toMatch(/Only a repository/);
  });

  it('lets a repository and db/ import the database', async () => {
    for (const file of ['src/main/core/hires/repository.ts', 'src/main/core/db/anything.ts']) {
      expect(
        (await errors(file, fixture('service-with-sql.ts'))).filter((m) => m.ruleId === restricted),
      ).toEqual([]);
    }
  });

  it("refuses a sibling area's repository, in a service and in a repository alike", async () => {
    for (const file of ['src/main/core/plans/service.ts', 'src/main/core/plans/repository.ts']) {
      const messages = (await errors(file, fixture('sibling-repository.ts'))).filter(
        (m) => m.ruleId === restricted,
      );
      expect(messages.map((m) => m.message)).toEqual([
        "'../hires/repository' import is restricted from being used by a pattern. An area uses another area's service, not its repository.",
      ]);
    }
    const own = fixture('sibling-repository.ts').replace('../hires/repository', './repository');
    expect(
      (await errors('src/main/core/hires/service.ts', own)).filter((m) => m.ruleId === restricted),
    ).toEqual([]);
  });

  it('refuses a function over 120 lines in src/main and src/shared', async () => {
    for (const file of ['src/main/core/plans/service.ts', 'src/shared/planner/x.ts', 'src/main/web/x.ts']) {
      const found = await errors(file, fixture('long-function.ts'));
      expect(found.map((m) => m.ruleId)).toEqual(['max-lines-per-function']);
    }
  });

  it('refuses a file over 400 lines of code in src/main and src/shared', async () => {
    for (const file of ['src/main/core/plans/service.ts', 'src/shared/planner/x.ts']) {
      const found = await errors(file, fixture('long-file.ts'));
      expect(found.map((m) => m.ruleId)).toEqual(['max-lines']);
    }
  });
});
