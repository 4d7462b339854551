import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') };

/** The core tests that run on both storages: those about what the channels do, not about one file. */
const TEAM_STORAGE_TESTS = [
  'tests/core/assessments-plans.test.ts',
  'tests/core/calendar.test.ts',
  'tests/core/channel-fuzz.test.ts',
  'tests/core/check-ins-statements.test.ts',
  'tests/core/check-ins.test.ts',
  'tests/core/dashboard-cache.test.ts',
  'tests/core/dashboard-summaries.test.ts',
  'tests/core/dispatcher-hot-path.test.ts',
  'tests/core/edit-versions.test.ts',
  'tests/core/framework.test.ts',
  'tests/core/hires.test.ts',
  'tests/core/ics-replan.test.ts',
  'tests/core/ics-timed.test.ts',
  'tests/core/input-integrity.test.ts',
  'tests/core/move-work.test.ts',
  'tests/core/packet.test.ts',
  'tests/core/pdf.test.ts',
  'tests/core/progress.test.ts',
  'tests/core/topics-evidence.test.ts',
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          // PGlite starts in a test file's first hook: seconds, more on a machine shared with other work.
          hookTimeout: 60_000,
          include: ['tests/unit/**/*.test.ts', 'tests/core/**/*.test.ts', 'tests/reliability/**/*.test.ts'],
          pool: 'forks',
        },
      },
      {
        resolve: { alias },
        test: {
          // The core's channel tests again, on the team server's storage: PostgreSQL through the
          // team server's channels (tests/support/team-temp-core.ts).
          name: 'team',
          environment: 'node',
          include: TEAM_STORAGE_TESTS,
          env: { ROLEBRIDGE_TEST_STORAGE: 'postgres' },
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          // Whole screens with many interactions; CI machines have two cores shared with other work.
          testTimeout: 20_000,
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
    ],
  },
});
