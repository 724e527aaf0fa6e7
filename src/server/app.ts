import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { DEFAULT_SETTINGS } from '../api/settings.ts';
import { AdminData } from './admin-data/admin-data.ts';
import { registerAdminDataRoutes } from './admin-data/routes.ts';
import { registerAuditRoutes } from './audit/routes.ts';
import { type AuthService, cookieSettings } from './auth/auth-service.ts';
import { isAccessGuard } from './auth/guards.ts';
import { DEFAULT_LOGIN_LIMITS, LoginLimiter, type LoginLimits } from './auth/login-limiter.ts';
import { registerAuthRoutes } from './auth/routes.ts';
import { DEFAULT_SESSION_POLICY, pruneExpiredSessions, type SessionPolicy } from './auth/sessions.ts';
import { SetupToken } from './auth/setup-token.ts';
import { openDatabase } from './db/database.ts';
import './fastify-types.ts';
import { installErrorHandling } from './http/error-handler.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { registerWebApp } from './http/web-app.ts';
import { zodValidatorCompiler } from './http/zod-validation.ts';
import { ImportService } from './imports/import-service.ts';
import { registerImportRoutes } from './imports/routes.ts';
import { registerIndex766Routes } from './index766/routes.ts';
import { ScoreSetService } from './index766/set-service.ts';
import { TargetService } from './index766/target-service.ts';
import { ReadService } from './metrics/read-service.ts';
import { registerReadRoutes } from './metrics/routes.ts';
import { ServingStore } from './store/serving-store.ts';
import { registerUserRoutes } from './users/routes.ts';
import { countUsers } from './users/user-store.ts';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));
/** A staged import nobody published or discarded within this long is discarded by the server. */
export const DEFAULT_STAGED_IMPORT_MAX_AGE_MS = 24 * 3_600_000;

export interface AppOptions {
  /** Where the database lives (created when missing). */
  dataDir: string;
  /** Fastify's pino logger: false (default) for none, true or pino options for JSON logs. */
  logger?: boolean | Record<string, unknown>;
  /** The clock, in epoch milliseconds (tests move it to expire sessions and rate limits). */
  now?: () => number;
  /** Public read-only mode until an admin saves settings (version 0 of the setting). */
  publicMode?: boolean;
  /** Mark the session cookie Secure (behind https). */
  secureCookie?: boolean;
  /** Fastify's trustProxy: set when behind a reverse proxy so the client address is the real one. */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** Built SPA to serve; defaults to dist/web of this repository. */
  webRoot?: string;
  /** Largest request body in bytes for routes that do not set their own `bodyLimit`. */
  bodyLimit?: number;
  sessionPolicy?: Partial<SessionPolicy>;
  loginLimits?: Partial<LoginLimits>;
  /**
   * Imports left unpublished (staged, or an upload that stopped) for longer than this are discarded
   * by the server, at start and then every hour. Default 24 hours.
   */
  stagedImportMaxAgeMs?: number;
  /** Called at start when no account exists, with the one-time token for the setup link. */
  onSetupToken?: (token: string) => void;
}

const SESSION_PRUNE_EVERY_MS = 3_600_000;
const IMPORT_EXPIRY_EVERY_MS = 3_600_000;

/** Only the path and harmless query parameters reach the logs: never a token. */
const redactUrl = (url: string) => url.replace(/([?&](?:token|password)=)[^&]*/gi, '$1[redacted]');

function loggerOptions(logger: AppOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  return {
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        url: redactUrl(req.url),
        ip: req.ip,
      }),
    },
    ...(logger === true ? {} : logger),
  };
}

/**
 * The whole server as a Fastify instance, not yet listening: `app.inject()` in tests, `listen()` in
 * `startServer`. Opens the database under `dataDir` and runs its migrations first.
 */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const now = options.now ?? Date.now;
  const stagedImportMaxAgeMs = options.stagedImportMaxAgeMs ?? DEFAULT_STAGED_IMPORT_MAX_AGE_MS;
  if (!Number.isFinite(stagedImportMaxAgeMs) || stagedImportMaxAgeMs <= 0)
    throw new Error(
      `stagedImportMaxAgeMs must be a positive number of milliseconds, not ${stagedImportMaxAgeMs}`,
    );
  const { db, sqlite, path } = await openDatabase(options.dataDir);
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
  });
  app.addHook('onClose', async () => {
    await db.destroy();
  });

  try {
    app.setValidatorCompiler(zodValidatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    // Only JSON bodies: a cross-site HTML form cannot send one without a CORS preflight we never grant.
    app.removeContentTypeParser('text/plain');
    await app.register(fastifyCookie);

    const adminData = await AdminData.load(db, {
      settings: { ...DEFAULT_SETTINGS, publicMode: options.publicMode ?? DEFAULT_SETTINGS.publicMode },
    });
    const auth: AuthService = {
      db,
      now,
      policy: { ...DEFAULT_SESSION_POLICY, ...options.sessionPolicy },
      cookie: cookieSettings(options.secureCookie ?? false),
      limiter: new LoginLimiter({ ...DEFAULT_LOGIN_LIMITS, ...options.loginLimits }, now),
      setupToken: new SetupToken(),
    };
    app.decorate('db', db);
    app.decorate('sqlite', sqlite);
    app.decorate('adminData', adminData);
    app.decorate('auth', auth);
    app.decorate('now', now);
    app.decorateRequest('session', undefined);

    const store = await ServingStore.open(path, { now });
    app.addHook('onClose', async () => store.close());
    app.decorate('store', store);
    app.decorate(
      'imports',
      new ImportService(db, sqlite, { store, log: (err, message) => app.log.error({ err }, message) }),
    );
    const reads = new ReadService(store, adminData);
    app.decorate('reads', reads);
    app.decorate('scoreSets', new ScoreSetService(db, adminData));
    app.decorate('targets', new TargetService(db, reads));

    // Default deny: an /api route without an access guard is a bug caught at start, not a hole.
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/')) return;
      const hooks = [route.onRequest ?? []].flat();
      if (hooks.filter(isAccessGuard).length !== 1) {
        throw new Error(
          `${String(route.method)} ${route.url}: needs exactly one access guard (requireRole / allowAnonymous) in onRequest`,
        );
      }
    });

    installSecurityHeaders(app);
    installErrorHandling(app);
    registerAuthRoutes(app);
    registerUserRoutes(app);
    registerAuditRoutes(app);
    registerAdminDataRoutes(app);
    registerImportRoutes(app);
    registerReadRoutes(app);
    registerIndex766Routes(app);
    await registerWebApp(app, options.webRoot ?? DEFAULT_WEB_ROOT);

    await pruneExpiredSessions(db, now(), auth.policy);
    const pruning = setInterval(() => {
      pruneExpiredSessions(db, now(), auth.policy).catch((err) =>
        app.log.error({ err }, 'session pruning failed'),
      );
    }, SESSION_PRUNE_EVERY_MS);
    pruning.unref();
    app.addHook('onClose', async () => clearInterval(pruning));

    // Abandoned uploads (page closed, discard call lost) must not stay staged forever.
    let expiring: Promise<void> = Promise.resolve();
    const expireImports = () => {
      expiring = expiring.then(async () => {
        try {
          const expired = await app.imports.expireUnpublished(stagedImportMaxAgeMs, now());
          if (expired.length > 0) app.log.info({ importIds: expired }, 'unpublished imports expired');
        } catch (err) {
          app.log.error({ err }, 'import expiry failed');
        }
      });
      return expiring;
    };
    await expireImports();
    const expiry = setInterval(expireImports, IMPORT_EXPIRY_EVERY_MS);
    expiry.unref();
    // Runs before the database closes (onClose hooks run last-added first).
    app.addHook('onClose', async () => {
      clearInterval(expiry);
      await expiring;
    });

    if ((await countUsers(db)) === 0) options.onSetupToken?.(auth.setupToken.issue());
    return app;
  } catch (e) {
    await app.close();
    throw e;
  }
}
