import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  /** The one-time first-admin link the server printed. */
  setupUrl: string | null;
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** `node bin/dunghan.mjs serve` on a free port with an empty data directory, as an operator would start it. */
export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dunghan-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['bin/dunghan.mjs', 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });

  const started = Date.now();
  let url: string | null = null;
  while (url === null) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out}`);
    if (Date.now() - started > 30_000) throw new Error(`server did not start in 30 s:\n${out}`);
    url = /đang chạy tại (http:\/\/\S+)/.exec(out)?.[1] ?? null;
    await new Promise((r) => setTimeout(r, 50));
  }
  // The setup link is printed right after the address, on the very first start.
  await new Promise((r) => setTimeout(r, 100));
  const setupUrl = /(http:\/\/\S+\/setup\?token=\S+)/.exec(out)?.[1] ?? null;

  return {
    url,
    setupUrl,
    dataDir,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
