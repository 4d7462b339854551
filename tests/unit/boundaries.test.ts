// The folder boundaries of the design are enforced by lint; this proves the rules bite.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('folder boundaries', () => {
  it.each([
    ['src/main/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    [
      'src/main/core/x.ts',
      "import { startWebServer } from '../web/server';\nexport const a = startWebServer;\n",
    ],
    ['src/shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['src/shared/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n"],
    ['src/renderer/src/x.ts', "import { openCore } from '../../main/core';\nexport const a = openCore;\n"],
    ['src/renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    // The holiday data is megabytes: only the core loads it.
    ['src/renderer/src/x.ts', "import Holidays from 'date-holidays';\nexport const a = Holidays;\n"],
    ['src/shared/x.ts', "import Holidays from 'date-holidays';\nexport const a = Holidays;\n"],
    ['src/preload/x.ts', "import { contract } from '@shared/api/contract';\nexport const a = contract;\n"],
    ['src/main/web/x.ts', "import { registerIpc } from '../electron/ipc';\nexport const a = registerIpc;\n"],
    // Built from parts so this fixture is not itself a path into the workspace's shared folder.
    [
      'src/main/core/x.ts',
      `import x from '${['..', '..', '..', 'shared', 'research', 'roles.md'].join('/')}';\nexport const a = x;\n`,
    ],
  ])('%s refuses %s', async (file, code) => {
    expect(await restricted(file, code)).not.toEqual([]);
  });

  it.each([
    ['src/main/core/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['src/main/core/x.ts', "import Holidays from 'date-holidays';\nexport const a = Holidays;\n"],
    [
      'src/preload/x.ts',
      "import { channelNames } from '@shared/api/channels';\nexport const a = channelNames;\n",
    ],
    ['src/main/electron/x.ts', "import { openCore } from '../core';\nexport const a = openCore;\n"],
    [
      'src/renderer/src/x.ts',
      "import { contract } from '@shared/api/contract';\nexport const a = contract;\n",
    ],
  ])('%s allows %s', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
