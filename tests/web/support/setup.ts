import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setCsrfToken } from '../../../src/web/lib/api-client.ts';
import { server } from './msw.ts';

// The suite runs many jsdom files side by side on two cores; lazily loaded charts can take seconds.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
  setCsrfToken(null);
  document.documentElement.lang = 'vi';
});
afterAll(() => server.close());
