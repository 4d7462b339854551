// The renderer's structure is kept by lint: components reach data through their feature's hooks,
// never the API client, and no component file grows past 250 lines. This proves both rules bite.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function messages(filePath: string, code: string, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId).map((m) => m.message);
}

// The first lint loads the config and the TypeScript parser: seconds on a busy machine.
beforeAll(() => eslint.lintText('', { filePath: 'src/renderer/src/X.tsx' }), 60_000);

const useClient = "import { useApi } from '../api/client';\nexport const a = useApi;\n";

describe('components reach data only through hooks', () => {
  it.each([
    ['src/renderer/src/checkins/X.tsx', useClient],
    [
      'src/renderer/src/pages/X.tsx',
      "import { createApiClient } from '../api/client';\nexport const a = createApiClient;\n",
    ],
    ['src/renderer/src/X.tsx', "import { useApi } from './api/client';\nexport const a = useApi;\n"],
    [
      'src/renderer/src/data/X.tsx',
      "import { pickTransport } from '../api/transport';\nexport const a = pickTransport;\n",
    ],
  ])('%s refuses the client: %s', async (file, code) => {
    expect(await messages(file, code, 'no-restricted-imports')).toEqual([
      expect.stringMatching(/queries\.ts hooks/),
    ]);
  });

  it.each([
    // A feature's hooks use the client; that is what they are for.
    ['src/renderer/src/checkins/queries.ts', useClient],
    // The app's wiring creates and provides it.
    [
      'src/renderer/src/main.tsx',
      "import { createApiClient } from './api/client';\nexport const a = createApiClient;\n",
    ],
    // Forms read field errors without the client.
    [
      'src/renderer/src/checkins/X.tsx',
      "import { fieldErrors } from '../api/errors';\nexport const a = fieldErrors;\n",
    ],
    [
      'src/renderer/src/checkins/X.tsx',
      "import { useAgenda } from './queries';\nexport const a = useAgenda;\n",
    ],
  ])('%s allows %s', async (file, code) => {
    expect(await messages(file, code, 'no-restricted-imports')).toEqual([]);
  });

  it('keeps the other renderer boundaries in component files', async () => {
    const code = "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n";
    expect(await messages('src/renderer/src/checkins/X.tsx', code, 'no-restricted-imports')).not.toEqual([]);
  });
});

describe('no component over 250 lines', () => {
  const lines = (count: number) =>
    Array.from({ length: count }, (_, i) => `export const a${i} = ${i};`).join('\n');
  const padding = (count: number) => Array.from({ length: count }, () => '\n// why this is so\n').join('');

  it('refuses a component of 251 lines of code', async () => {
    expect(await messages('src/renderer/src/plans/X.tsx', `${lines(251)}\n`, 'max-lines')).toHaveLength(1);
  });

  it('counts neither blank lines nor comments', async () => {
    const code = `${lines(250)}\n${padding(100)}`;
    expect(await messages('src/renderer/src/plans/X.tsx', code, 'max-lines')).toEqual([]);
  });

  it('leaves hooks and helpers (.ts) and the rest of the app alone', async () => {
    expect(await messages('src/renderer/src/plans/queries.ts', `${lines(300)}\n`, 'max-lines')).toEqual([]);
    expect(await messages('src/main/core/x.ts', `${lines(300)}\n`, 'max-lines')).toEqual([]);
  });
});
