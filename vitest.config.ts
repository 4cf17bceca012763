import { defineConfig } from 'vitest/config';

/**
 * Three tiers: `unit` (pure packages and web builders), `api-sqlite` (the real app in-process on a
 * fresh SQLite database per test file) and `api-postgres` (the same files on a fresh PostgreSQL
 * schema each, when ZONEHUB_TEST_DATABASE_URL is set). Browser tests run separately (e2e/run.ts).
 */
const apiFiles = ['server/test/**/*.test.ts'];
const withPostgres = Boolean(process.env.ZONEHUB_TEST_DATABASE_URL);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'server/src/**/*.test.ts', 'web/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api-sqlite',
          include: apiFiles,
          env: { ZONEHUB_TEST_DIALECT: 'sqlite' },
          setupFiles: ['server/test/no-network.ts'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      ...(withPostgres
        ? [
            {
              test: {
                name: 'api-postgres',
                include: apiFiles,
                env: { ZONEHUB_TEST_DIALECT: 'postgres' },
                setupFiles: ['server/test/no-network.ts'],
                testTimeout: 20_000,
                hookTimeout: 30_000,
              },
            },
          ]
        : []),
    ],
  },
});
