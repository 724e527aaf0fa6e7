import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setCsrfToken } from '../../../src/web/lib/api-client.ts';
import { server } from './msw.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
  setCsrfToken(null);
  document.documentElement.lang = 'vi';
});
afterAll(() => server.close());
