import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'tests/web/**', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        // The SPA's route tests: React in jsdom against msw handlers built from src/api.
        extends: true,
        plugins: [react()],
        test: {
          name: 'web',
          include: ['tests/web/**/*.test.ts', 'tests/web/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/web/support/setup.ts'],
        },
      },
    ],
  },
});
