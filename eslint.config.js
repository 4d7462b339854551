// Lint rules, including the folder boundaries of the design: shared code stays platform-free,
// the core never touches Electron, and the renderer never reaches into the main process.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins are not available here.' };
const electron = { name: 'electron', message: 'Only src/main/electron and src/preload may import electron.' };
const mainProcess = {
  group: ['**/main/**'],
  message: 'The main process is not reachable from here; go through the API.',
};
// Megabytes of holiday rules: the core works holidays out; the renderer asks it (calendar.* channels).
const holidayData = { name: 'date-holidays', message: 'Public holidays come from the core (calendar.*).' };
const renderer = { group: ['**/renderer/**'], message: 'Renderer code does not belong here.' };
const preload = { group: ['**/preload/**'], message: 'The preload is its own bundle.' };
const outsideRepo = {
  group: ['../../../shared/**', '../../../../shared/**'],
  message: 'The project must not read ../shared (users do not have it).',
};

const rendererPaths = [
  electron,
  { name: 'better-sqlite3', message: 'The renderer reaches data only through the API.' },
  holidayData,
];
const rendererPatterns = [nodeBuiltins, mainProcess, preload];
// Components reach data through hooks; fieldErrors and ApiError are in api/errors.
const apiClientInComponents = {
  group: ['**/api/client', '**/api/transport'],
  message: "Components use their feature's queries.ts hooks, not the API client (errors: api/errors).",
};

function boundaries(paths = [], patterns = []) {
  return { 'no-restricted-imports': ['error', { paths, patterns: [...patterns, outsideRepo] }] };
}

// ---------------------------------------------------------------------------------------------
// Core layering and size (issue 22). The core reads like its diagram: handlers -> services ->
// repositories -> SQLite. Only a repository (`*/repository.ts`) and `db/` reach the database; an
// area uses another area's service, never its repository; and no function or file outgrows a
// screen or a topic. These use @typescript-eslint/no-restricted-imports so they add to the folder
// boundaries above (which use the core rule) instead of replacing them.
// ---------------------------------------------------------------------------------------------
const database = [
  { name: 'better-sqlite3', message: 'Only a repository (*/repository.ts) or db/ reaches the database.' },
];
const databaseModule = {
  group: ['**/db/connection'],
  message: 'Only a repository (*/repository.ts) or db/ reaches the database; a service asks its repository.',
};
const siblingRepository = {
  group: ['../*/repository'],
  message: "An area uses another area's service, not its repository.",
};
// Besides repositories and db/: the wiring that opens the database and hands it to repositories,
// the dispatcher (one transaction per call), and the areas whose subject is the database file
// itself (the data file's table-by-table export and import, backups, recovery, and the dashboard's
// summary table, progress's store).
const databaseHolders = [
  'src/main/core/**/repository.ts',
  'src/main/core/db/**/*.ts',
  'src/main/core/context.ts',
  'src/main/core/services.ts',
  'src/main/core/dispatcher.ts',
  'src/main/core/data/{export,import,tables,json-schema}.ts',
  'src/main/core/backups/service.ts',
  'src/main/core/recovery/service.ts',
  'src/main/core/progress/summaries.ts',
];

const coreLayers = [
  {
    files: ['src/main/core/**/*.ts'],
    ignores: databaseHolders,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: database, patterns: [databaseModule, siblingRepository] },
      ],
    },
  },
  {
    files: databaseHolders,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [siblingRepository] }],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'tests/fixtures/**',
      'node_modules/**',
      '.native/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: boundaries(
      [
        electron,
        { name: 'better-sqlite3', message: 'Shared code has no database.' },
        { name: 'react', message: 'Shared code has no UI.' },
        holidayData,
      ],
      [nodeBuiltins, mainProcess, renderer, preload],
    ),
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: boundaries(
      [electron, { name: 'react', message: 'The core has no UI.' }],
      [
        {
          group: ['**/electron/**', '**/web/**'],
          message: 'The core is platform-neutral: no shell or transport code.',
        },
        renderer,
        preload,
      ],
    ),
  },
  {
    files: ['src/main/web/**/*.ts'],
    rules: boundaries(
      [electron],
      [
        { group: ['**/electron/**'], message: 'The browser mode never loads the desktop shell.' },
        renderer,
        preload,
      ],
    ),
  },
  {
    files: ['src/main/electron/**/*.ts'],
    rules: boundaries(
      [],
      [
        { group: ['**/web/**'], message: 'The desktop shell does not use the HTTP adapter.' },
        renderer,
        preload,
      ],
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: boundaries(
      [{ name: 'zod', message: 'The preload only forwards; validation happens in the core.' }],
      [
        nodeBuiltins,
        mainProcess,
        renderer,
        { regex: '^@shared/(?!api/channels$)', message: 'The preload bundles only the channel list.' },
      ],
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: boundaries(rendererPaths, rendererPatterns),
  },
  ...coreLayers,

  // ---- Renderer structure (issue 21): components reach data only through their feature's
  // queries.ts hooks, and no component grows past a screenful or two. ----
  {
    // The client is created and provided once (main.tsx, AppProviders.tsx); everything else is hooks.
    files: ['src/renderer/**/*.tsx'],
    ignores: ['src/renderer/src/main.tsx', 'src/renderer/src/AppProviders.tsx'],
    rules: boundaries(rendererPaths, [...rendererPatterns, apiClientInComponents]),
  },
  {
    files: ['src/renderer/**/*.tsx'],
    rules: {
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
    },
  },
  // ---- end of renderer structure ----
);
