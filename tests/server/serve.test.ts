import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADMIN, tempDir } from './helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/dunghan.mjs', import.meta.url));

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function serve(dataDir: string): Running {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => {
    output += String(d);
  });
  child.stderr!.on('data', (d) => {
    output += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(running: Running, pattern: RegExp): Promise<RegExpMatchArray> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const match = running.output().match(pattern);
    if (match) return match;
    await new Promise((r) => setTimeout(r, 50));
  }
  running.child.kill('SIGKILL');
  throw new Error(`timed out waiting for ${pattern}; output:\n${running.output()}`);
}

describe('dunghan serve', () => {
  it('listens on 127.0.0.1, prints a working one-time setup link, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = tempDir();
    const first = serve(dataDir);
    const [, origin, token] = await waitFor(first, /(http:\/\/127\.0\.0\.1:\d+)\/setup\?token=([\w-]+)/);
    const session = await fetch(`${origin}/api/auth/session`).then((r) => r.json());
    expect(session.setupRequired).toBe(true);
    const setup = await fetch(`${origin}/api/auth/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, username: 'admin', password: ADMIN.password }),
    });
    expect(setup.status).toBe(201);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = serve(dataDir);
    const [, origin2] = await waitFor(second, /Đúng hạn đang chạy tại (http:\/\/127\.0\.0\.1:\d+)/);
    expect(second.output()).not.toContain('setup?token=');
    const login = await fetch(`${origin2}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN.password }),
    });
    expect(login.status).toBe(200);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 60_000);
});
