import { EventEmitter } from 'node:events';
import type { AuditAction } from '../../api/audit.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../api/settings.ts';
import type { VersionInfo } from '../../api/versioned.ts';
import { createCalendar, type WorkCalendar } from '../../domain/calendar.ts';
import { DEFAULT_HOLIDAYS, type HolidayYear } from '../../domain/holidays.ts';
import type { RegistryUnit, UnitRegistry } from '../../domain/units.ts';
import { type Actor, audit } from '../audit/audit.ts';
import type { Db } from '../db/database.ts';
import { ApiError } from '../http/api-error.ts';
import { diffByKey, diffFields } from './diff.ts';
import {
  BUILT_IN_VERSION,
  insertVersion,
  latestStoredVersion,
  listStoredVersions,
  storedVersion,
} from './versioned-store.ts';

/** The admin-edited documents, each versioned. */
export interface AdminDocuments {
  registry: RegistryUnit[];
  calendar: HolidayYear[];
  settings: Settings;
}
export type AdminDataKind = keyof AdminDocuments;
export const ADMIN_DATA_KINDS: readonly AdminDataKind[] = ['registry', 'calendar', 'settings'];

export interface Versioned<K extends AdminDataKind> {
  info: VersionInfo;
  body: AdminDocuments[K];
}

export interface AdminDataChange {
  kind: AdminDataKind;
  version: number;
}

export interface AdminDataEvents {
  /**
   * Emitted synchronously right after a new version is committed: recompute what depends on the
   * registry or calendar. Listeners must not throw (schedule heavy work, don't do it inline).
   */
  change: [AdminDataChange];
}

export interface ChangeRequest {
  actor: Actor;
  ip: string | null;
  now: number;
  /** Refuse with 409 unless this is still the current version. */
  baseVersion?: number | undefined;
}

const AUDIT_ACTION: Record<AdminDataKind, AuditAction> = {
  registry: 'registry.update',
  calendar: 'calendar.update',
  settings: 'settings.update',
};

function describeChange<K extends AdminDataKind>(
  kind: K,
  before: AdminDocuments[K],
  after: AdminDocuments[K],
) {
  switch (kind) {
    case 'registry':
      return diffByKey(before as RegistryUnit[], after as RegistryUnit[], (u) => u.id);
    case 'calendar':
      return diffByKey(before as HolidayYear[], after as HolidayYear[], (y) => String(y.year));
    default:
      return diffFields(before as Settings, after as Settings);
  }
}

/**
 * The current unit registry, holiday calendar and settings, held in memory (every request reads
 * them) and written through to the database as new versions.
 */
export class AdminData extends EventEmitter<AdminDataEvents> {
  private calendarCache: WorkCalendar | null = null;

  private constructor(
    private readonly db: Db,
    private readonly defaults: AdminDocuments,
    private readonly current: { [K in AdminDataKind]: Versioned<K> },
  ) {
    super();
  }

  /** `defaults` are version 0 of each document: what is current before any admin change. */
  static async load(db: Db, defaults: Partial<AdminDocuments> = {}): Promise<AdminData> {
    const builtIn: AdminDocuments = {
      registry: defaults.registry ?? [],
      calendar: defaults.calendar ?? DEFAULT_HOLIDAYS,
      settings: defaults.settings ?? DEFAULT_SETTINGS,
    };
    const latest = async <K extends AdminDataKind>(kind: K): Promise<Versioned<K>> => {
      const stored = await latestStoredVersion(db, kind);
      return stored ? (stored as Versioned<K>) : { info: BUILT_IN_VERSION, body: builtIn[kind] };
    };
    return new AdminData(db, builtIn, {
      registry: await latest('registry'),
      calendar: await latest('calendar'),
      settings: await latest('settings'),
    });
  }

  get<K extends AdminDataKind>(kind: K): Versioned<K> {
    return this.current[kind] as Versioned<K>;
  }

  /** The registry in the domain's shape, for `createUnitResolver`. */
  unitRegistry(): UnitRegistry {
    return { version: this.current.registry.info.version, units: this.current.registry.body };
  }

  holidayYears(): HolidayYear[] {
    return this.current.calendar.body;
  }

  workCalendar(): WorkCalendar {
    this.calendarCache ??= createCalendar(this.current.calendar.body);
    return this.calendarCache;
  }

  settings(): Settings {
    return this.current.settings.body;
  }

  versions(): Record<AdminDataKind, number> {
    return {
      registry: this.current.registry.info.version,
      calendar: this.current.calendar.info.version,
      settings: this.current.settings.info.version,
    };
  }

  async version<K extends AdminDataKind>(kind: K, version: number): Promise<Versioned<K> | null> {
    if (version === 0) return { info: BUILT_IN_VERSION, body: this.defaults[kind] };
    return (await storedVersion(this.db, kind, version)) as Versioned<K> | null;
  }

  history(kind: AdminDataKind): Promise<VersionInfo[]> {
    return listStoredVersions(this.db, kind);
  }

  /**
   * Writes `body` as the next version (with its audit entry, in one transaction) unless it equals
   * the current one, in which case nothing is written and `changed` is false.
   */
  async update<K extends AdminDataKind>(
    kind: K,
    body: AdminDocuments[K],
    request: ChangeRequest,
  ): Promise<{ current: Versioned<K>; changed: boolean }> {
    const at = new Date(request.now).toISOString();
    const next = await this.db.transaction().execute(async (trx) => {
      const stored = await latestStoredVersion(trx, kind);
      const latest = stored
        ? (stored as Versioned<K>)
        : { info: BUILT_IN_VERSION, body: this.defaults[kind] };
      if (request.baseVersion !== undefined && request.baseVersion !== latest.info.version) {
        throw new ApiError(
          409,
          'conflict',
          `Dữ liệu đã được người khác sửa (phiên bản ${latest.info.version}, bạn sửa từ phiên bản ${request.baseVersion}). Hãy tải lại rồi sửa tiếp.`,
        );
      }
      if (JSON.stringify(latest.body) === JSON.stringify(body)) return null;
      const info = await insertVersion(trx, kind, latest.info.version + 1, body, at, request.actor.username);
      await audit(trx, {
        actor: request.actor,
        action: AUDIT_ACTION[kind],
        target: kind,
        details: { version: info.version, ...describeChange(kind, latest.body, body) },
        ip: request.ip,
        at,
      });
      return { info, body };
    });
    if (next === null) return { current: this.get(kind), changed: false };
    (this.current as Record<AdminDataKind, Versioned<AdminDataKind>>)[kind] = next;
    if (kind === 'calendar') this.calendarCache = null;
    this.emit('change', { kind, version: next.info.version });
    return { current: next, changed: true };
  }
}
