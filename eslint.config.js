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
    // The core renders PDFs with react-pdf; that is the one place it may use React.
    files: ['src/main/core/pdf/**/*.ts'],
    rules: boundaries(
      [electron],
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
