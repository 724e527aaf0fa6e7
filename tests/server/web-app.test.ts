import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, errorOf, startTestServer, tempDir } from './helpers.ts';

function fakeBuild(): string {
  const root = tempDir();
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>SPA</title><div id="root"></div>');
  writeFileSync(join(root, 'assets', 'app-abc123.js'), 'console.log(1)');
  return root;
}

describe('the web app', () => {
  it('serves the built SPA, with index.html for client-side routes such as /setup', async () => {
    const { app } = await startTestServer({ webRoot: fakeBuild() });
    const home = await call(app, 'GET', '/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<title>SPA</title>');
    const route = await call(app, 'GET', '/setup?token=abc');
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>SPA</title>');
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(route.headers['referrer-policy']).toBe('no-referrer');

    const asset = await call(app, 'GET', '/assets/app-abc123.js');
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await call(app, 'GET', '/assets/missing.js')).statusCode).toBe(404);
    const api = await call(app, 'GET', '/api/missing');
    expect(errorOf(api).code).toBe('not_found');
  });

  it('says in Vietnamese how to build the SPA when dist/web is missing, and the API still answers', async () => {
    const { app } = await startTestServer({ webRoot: join(tempDir(), 'nothing-here') });
    const home = await call(app, 'GET', '/');
    expect(home.statusCode).toBe(200);
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expect(home.body).toContain('npm run build');
    expect(home.body).toContain('giao diện chưa được dựng');
    expect((await call(app, 'GET', '/api/auth/session')).json().setupRequired).toBe(true);
  });
});
