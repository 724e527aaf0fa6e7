import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createApp, DEFAULT_STAGED_IMPORT_MAX_AGE_MS } from './app.ts';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  secureCookie: boolean;
  trustProxy: boolean;
  publicMode: boolean | undefined;
  logLevel: string;
  /** Unpublished imports idle longer than this are discarded by the server. */
  stagedImportMaxAgeMs: number;
}

const truthy = (value: string | undefined) => value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());

/**
 * PORT (8080), HOST (127.0.0.1), DATA_DIR (./data), SECURE_COOKIE, TRUST_PROXY, PUBLIC_MODE,
 * LOG_LEVEL, STAGED_IMPORT_MAX_AGE_HOURS (24).
 */
export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const maxAgeText = env.STAGED_IMPORT_MAX_AGE_HOURS;
  const stagedImportMaxAgeMs =
    maxAgeText === undefined || maxAgeText.trim() === ''
      ? DEFAULT_STAGED_IMPORT_MAX_AGE_MS
      : Number(maxAgeText) * 3_600_000;
  if (!Number.isFinite(stagedImportMaxAgeMs) || stagedImportMaxAgeMs <= 0)
    throw new Error(`STAGED_IMPORT_MAX_AGE_HOURS must be a positive number of hours, not "${maxAgeText}"`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR || 'data'),
    secureCookie: truthy(env.SECURE_COOKIE),
    trustProxy: truthy(env.TRUST_PROXY),
    publicMode: env.PUBLIC_MODE === undefined ? undefined : truthy(env.PUBLIC_MODE),
    logLevel: env.LOG_LEVEL || 'info',
    stagedImportMaxAgeMs,
  };
}

/** The address people type: a wildcard bind is reached through loopback on this machine. */
function browsableOrigin(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

const CLOSE_TIMEOUT_MS = 10_000;

/**
 * Opens the database, listens, and prints where to go (and, on the very first start, the one-time
 * setup link). SIGINT/SIGTERM close the server gracefully: in-flight requests finish, the database
 * closes. Resolves to the running app; `closed` settles once it has shut down.
 */
export async function startServer(
  config: ServerConfig = serverConfigFromEnv(),
): Promise<{ app: FastifyInstance; url: string; closed: Promise<void> }> {
  let setupToken: string | null = null;
  const app = await createApp({
    dataDir: config.dataDir,
    logger: { level: config.logLevel },
    secureCookie: config.secureCookie,
    trustProxy: config.trustProxy,
    stagedImportMaxAgeMs: config.stagedImportMaxAgeMs,
    ...(config.publicMode !== undefined ? { publicMode: config.publicMode } : {}),
    onSetupToken: (token) => {
      setupToken = token;
    },
  });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await app.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const url = browsableOrigin(config.host, port);

  process.stdout.write(`\nĐúng hạn đang chạy tại ${url} (dữ liệu: ${config.dataDir})\n`);
  if (setupToken !== null) {
    process.stdout.write(
      `\nChưa có tài khoản nào. Mở đường dẫn sau để tạo quản trị viên đầu tiên (dùng được một lần):\n` +
        `  ${url}/setup?token=${setupToken}\n` +
        `hoặc tạo từ dòng lệnh: npx dunghan user add TEN --role admin\n\n`,
    );
  }

  const closed = new Promise<void>((resolveClosed) => {
    let closing = false;
    const shutdown = (signal: NodeJS.Signals) => {
      if (closing) {
        process.stderr.write(`dunghan: ${signal} again, stopping now\n`);
        process.exit(1);
      }
      closing = true;
      app.log.info({ signal }, 'shutting down');
      const force = setTimeout(() => {
        process.stderr.write('dunghan: shutdown took too long, stopping now\n');
        process.exit(1);
      }, CLOSE_TIMEOUT_MS);
      force.unref();
      app.close().then(
        () => {
          process.off('SIGINT', shutdown);
          process.off('SIGTERM', shutdown);
          resolveClosed();
        },
        (err: unknown) => {
          app.log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  });
  return { app, url, closed };
}

/** `dunghan serve`: runs until SIGINT/SIGTERM. */
export async function serve(argv: readonly string[]): Promise<number> {
  if (argv.length > 0) {
    process.stderr.write('dunghan serve takes no arguments; configure it with PORT, HOST and DATA_DIR\n');
    return 2;
  }
  const { closed } = await startServer();
  await closed;
  return 0;
}
