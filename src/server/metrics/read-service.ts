import type { z } from 'zod';
import {
  type DossierListQuerySchema,
  type DossierListResponse,
  DossierListResponseSchema,
} from '../../api/dossiers.ts';
import {
  type MetricsQuerySchema,
  type MetricsResponse,
  MetricsResponseSchema,
  type SeriesQuerySchema,
  type SeriesResponse,
  SeriesResponseSchema,
} from '../../api/metrics.ts';
import type { RowFilterQuery } from '../../api/query.ts';
import { dayRangePeriod, monthsOf, type Period } from '../../domain/period.ts';
import { isoDate, isoDateTime, MS_PER_DAY, parseIsoDate } from '../../domain/time.ts';
import { createUnitResolver } from '../../domain/units.ts';
import type { AdminData } from '../admin-data/admin-data.ts';
import { dossierPage } from '../dossiers/list.ts';
import type { ServingStore, Snapshot } from '../store/serving-store.ts';
import { rowFilters, type TableView, viewOf } from '../store/table-view.ts';
import { metricsRows, sourcesOf } from './compute.ts';

type MetricsQuery = z.output<typeof MetricsQuerySchema>;
type SeriesQuery = z.output<typeof SeriesQuerySchema>;
type DossierListQuery = z.output<typeof DossierListQuerySchema>;

const CACHE_ENTRIES = 256;

function periodOf(q: { from: string; to: string }): Period {
  return dayRangePeriod(parseIsoDate(q.from)!, parseIsoDate(q.to)!);
}

const dayRange = (p: Period) => ({ from: isoDate(p.from), to: isoDate(p.to - MS_PER_DAY) });

function filterQuery(q: RowFilterQuery): RowFilterQuery {
  return {
    unit: q.unit,
    unitGroup: q.unitGroup,
    receivingUnit: q.receivingUnit,
    sector: q.sector,
    procedure: q.procedure,
    channel: q.channel,
  };
}

/**
 * The dashboards' reads over the serving store. Answers depend only on the snapshot and the
 * admin data (registry, calendar, settings), so they are cached until either changes: a
 * dashboard's repeated and shared queries cost one aggregation.
 */
export class ReadService {
  private view: { snapshot: Snapshot; registryVersion: number; view: TableView } | null = null;
  private readonly cache = new Map<string, unknown>();
  private cachedFor: Snapshot | null = null;

  constructor(
    private readonly store: ServingStore,
    private readonly adminData: AdminData,
  ) {
    adminData.on('change', () => {
      this.cache.clear();
      this.view = null;
    });
  }

  /** JSON text of a MetricsResponse. */
  async metrics(q: MetricsQuery): Promise<string> {
    return this.cached('metrics', q, MetricsResponseSchema, (view): MetricsResponse => {
      const period = periodOf(q);
      const filters = rowFilters(view, filterQuery(q));
      return {
        period: dayRange(period),
        groupBy: q.groupBy,
        rankBy: q.rankBy,
        rows: metricsRows(view, period, { ...q, filters, withRankChange: true }),
        ...this.provenance(view, period),
      };
    });
  }

  /** JSON text of a SeriesResponse. */
  async series(q: SeriesQuery): Promise<string> {
    return this.cached('series', q, SeriesResponseSchema, (view): SeriesResponse => {
      const period = periodOf(q);
      const filters = rowFilters(view, filterQuery(q));
      return {
        period: dayRange(period),
        interval: q.interval,
        groupBy: q.groupBy,
        points: monthsOf(period).map((month) => ({
          period: dayRange(month),
          rows: metricsRows(view, month, { ...q, filters, withRankChange: false }),
        })),
        ...this.provenance(view, period),
      };
    });
  }

  /** JSON text of a DossierListResponse. */
  async dossiers(q: DossierListQuery): Promise<string> {
    return this.cached('dossiers', q, DossierListResponseSchema, (view): DossierListResponse => {
      const period = periodOf(q);
      const filters = rowFilters(view, filterQuery(q));
      const dueWithin =
        q.kind === 'dueSoon' ? (q.dueWithin ?? this.adminData.settings().dueSoonWorkingDays) : null;
      const page = dossierPage(view, this.adminData.workCalendar(), {
        kind: q.kind,
        period,
        filters,
        dueWithin,
        sort: q.sort,
        offset: q.offset,
        limit: q.limit,
        selections: this.cache,
        selectionKey: `selection:${JSON.stringify({ ...q, offset: 0, limit: 0, dueWithin })}`,
      });
      return {
        kind: q.kind,
        period: dayRange(period),
        dueWithin,
        total: page.total,
        offset: q.offset,
        limit: q.limit,
        items: page.items,
        ...this.provenance(view, period),
      };
    });
  }

  /** The current snapshot folded through the current registry (after picking up new publications). */
  async tableView(): Promise<TableView> {
    await this.store.refresh();
    return this.currentView();
  }

  /** The registry's version: answers that fold unit names depend on it. */
  registryVersion(): number {
    return this.adminData.versions().registry;
  }

  /** The unit resolver of the current registry. */
  unitResolver() {
    return createUnitResolver(this.adminData.unitRegistry());
  }

  /** The as-of time and source imports of an answer over `period`. */
  provenance(view: TableView, period: Period) {
    const { asOf } = view.snapshot;
    return { asOf: asOf === null ? null : isoDateTime(asOf), sources: sourcesOf(view, period) };
  }

  /**
   * The answer as JSON text, checked against its schema once when computed; later identical
   * queries get the same text, which costs neither an aggregation nor a serialisation.
   */
  private async cached<T>(
    kind: string,
    q: object,
    schema: z.ZodType<T>,
    compute: (view: TableView) => T,
  ): Promise<string> {
    await this.store.refresh();
    const view = this.currentView();
    if (this.cachedFor !== view.snapshot) {
      this.cache.clear();
      this.cachedFor = view.snapshot;
    }
    const key = `${kind}:${JSON.stringify(q)}`;
    const hit = this.cache.get(key);
    if (typeof hit === 'string') return hit;
    const json = JSON.stringify(schema.parse(compute(view)));
    if (this.cache.size >= CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, json);
    return json;
  }

  private currentView(): TableView {
    const snapshot = this.store.current();
    const registryVersion = this.adminData.versions().registry;
    if (this.view?.snapshot !== snapshot || this.view.registryVersion !== registryVersion) {
      const resolver = createUnitResolver(this.adminData.unitRegistry());
      this.view = { snapshot, registryVersion, view: viewOf(snapshot, resolver) };
    }
    return this.view.view;
  }
}
