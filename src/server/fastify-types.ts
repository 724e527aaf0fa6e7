import type BetterSqlite3 from 'better-sqlite3';
import type { AdminData } from './admin-data/admin-data.ts';
import type { AuthService } from './auth/auth-service.ts';
import type { ActiveSession } from './auth/sessions.ts';
import type { Db } from './db/database.ts';
import type { ImportService } from './imports/import-service.ts';
import type { ScoreSetService } from './index766/set-service.ts';
import type { TargetService } from './index766/target-service.ts';
import type { ReadService } from './metrics/read-service.ts';
import type { ServingStore } from './store/serving-store.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Kysely over the embedded database. */
    db: Db;
    /** The raw SQLite handle, for bulk paths only. */
    sqlite: BetterSqlite3.Database;
    /** Current registry, calendar and settings; emits 'change' when one gets a new version. */
    adminData: AdminData;
    auth: AuthService;
    /** The app's clock (injectable in tests): milliseconds since the epoch. */
    now: () => number;
    /** The published dossiers in memory (the core's columnar table). */
    store: ServingStore;
    /** Staging, publication and retraction of imports (shared with `dunghan import`). */
    imports: ImportService;
    /** Metrics, series and dossier lists over the store, cached per snapshot. */
    reads: ReadService;
    /** Scorecard and feedback sets: publication, history, retraction. */
    scoreSets: ScoreSetService;
    /** Scorecards in force and the monthly "100 % Tốt" target answer. */
    targets: TargetService;
  }
  interface FastifyRequest {
    /** Undefined until looked up by `sessionOf`; null when signed out. */
    session: ActiveSession | null | undefined;
  }
}
