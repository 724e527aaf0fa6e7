import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  ScorecardItem,
  TargetQuerySchema,
  TargetResponse,
  TargetSummaryItem,
  TargetUnit,
} from '../../api/index766.ts';
import { indexVersionInfo, TargetResponseSchema } from '../../api/index766.ts';
import { CHANNELS } from '../../domain/dossier.ts';
import type { Feedback } from '../../domain/feedback.ts';
import { lastMonthOf, roundPoints } from '../../domain/index766.ts';
import type { Scorecard } from '../../domain/scorecard.ts';
import type { TargetSummary } from '../../domain/target.ts';
import { monthPeriodOf, type TargetUnitReport, targetReport } from '../../domain/target-report.ts';
import { MS_PER_DAY, startOfDay } from '../../domain/time.ts';
import { type CanonicalFeedback, normalizeCanonicalFeedback } from '../../ingest/feedback/canonical.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import type { ReadService } from '../metrics/read-service.ts';
import type { TableView } from '../store/table-view.ts';
import { latestPublished, publishedPayloads } from './set-store.ts';

type Db = Kysely<DatabaseSchema>;
type TargetQuery = z.output<typeof TargetQuerySchema>;

const UNKNOWN_CHANNEL = CHANNELS.indexOf('unknown');

/** Months from `count − 1` months before `month` to `month`, oldest first (yyyy-MM). */
export function monthsEndingWith(month: string, count: number): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** For each unit and period, the card of the latest set (payloads come oldest set first). */
function inForce(cards: readonly { payload: ScorecardItem }[]): Scorecard[] {
  const byKey = new Map<string, Scorecard>();
  for (const { payload } of cards)
    byKey.set(`${payload.period}\u0000${payload.unitId ?? payload.unitName}`, payload);
  return [...byKey.values()];
}

/** Feedback items by code, the latest set's version of each, as the core's `Feedback`. */
function feedbackInForce(items: readonly { payload: CanonicalFeedback }[]): Feedback[] {
  const byCode = new Map<string, Feedback>();
  items.forEach(({ payload }, i) => {
    const outcome = normalizeCanonicalFeedback(payload, i + 1);
    if (outcome.kind === 'accepted') byCode.set(outcome.item.code, outcome.item);
  });
  return [...byCode.values()];
}

const summaryOf = (s: TargetSummary): TargetSummaryItem => ({
  period: s.period,
  units: s.units,
  goodOrBetter: s.goodOrBetter,
  share: s.share,
  byUnitGroup: s.byUnitGroup,
  grades: s.grades,
});

function unitOf(u: TargetUnitReport): TargetUnit | null {
  const card = u.basis === 'official' ? u.official : (u.estimate?.scorecard ?? null);
  if (card === null || u.gap === null || u.basis === null) return null;
  const estimate = u.estimate;
  return {
    unitId: u.unitId,
    unitName: u.unitName,
    unitGroup: u.unitGroup,
    official: u.official,
    estimate:
      estimate === null
        ? null
        : {
            scorecard: {
              ...estimate.scorecard,
              total: roundPoints(estimate.scorecard.total),
              groups: Object.fromEntries(
                Object.entries(estimate.scorecard.groups).map(([k, v]) => [
                  k,
                  v === null ? null : roundPoints(v),
                ]),
              ),
            },
            provenance: estimate.provenance,
            complete: estimate.complete,
            officialPeriod: estimate.officialPeriod,
            versionMismatch: estimate.versionMismatch,
          },
    basis: u.basis,
    total: roundPoints(card.total),
    grade: card.grade,
    gap: roundPoints(u.gap.gap),
    lostByGroup: u.gap.lostByGroup.map((l) => ({
      code: l.code,
      maxPoints: l.maxPoints,
      points: l.points === null ? null : roundPoints(l.points),
      lost: l.lost === null ? null : roundPoints(l.lost),
    })),
    progress:
      u.progress === null
        ? null
        : u.progress.kind === 'already'
          ? { kind: 'already', resolve: 0, progressPoints: u.progress.progressPoints }
          : u.progress.kind === 'reachable'
            ? {
                kind: 'reachable',
                resolve: u.progress.resolve,
                progressPoints: u.progress.progressPoints,
                progressPointsAfter: u.progress.progressPointsAfter,
              }
            : {
                kind: 'unreachable',
                reason: u.progress.reason,
                resolveNeeded: u.progress.resolveNeeded,
                progressPoints: u.progress.progressPoints,
              },
    recoverable: u.progress?.recoverable ?? null,
    estimateError:
      u.official !== null && estimate !== null
        ? roundPoints(estimate.scorecard.total - u.official.total)
        : null,
  };
}

/**
 * The target answer: for each month of the history, the core's targetReport over the published
 * dossiers, feedback and official scorecards in force. Answers are cached until any of the three
 * (or the unit registry) changes.
 */
export class TargetService {
  private readonly cache = new Map<string, TargetResponse>();
  private cacheKey = '';

  constructor(
    private readonly db: Db,
    private readonly reads: ReadService,
  ) {}

  async scorecardsInForce(period: string): Promise<Scorecard[]> {
    const cards = inForce(await publishedPayloads<ScorecardItem>(this.db, 'scorecards'));
    return cards
      .filter((c) => c.period === period)
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'));
  }

  async target(q: TargetQuery): Promise<TargetResponse> {
    const view = await this.reads.tableView();
    const scorecardSet = await latestPublished(this.db, 'scorecards');
    const feedbackSet = await latestPublished(this.db, 'feedback');
    const key = `${view.snapshot.version}:${scorecardSet?.id ?? 0}:${feedbackSet?.id ?? 0}:${this.reads.registryVersion()}`;
    if (key !== this.cacheKey) {
      this.cache.clear();
      this.cacheKey = key;
    }
    const cached = this.cache.get(JSON.stringify(q));
    if (cached) return cached;

    const officialCards = inForce(await publishedPayloads<ScorecardItem>(this.db, 'scorecards'));
    const feedbackItems = feedbackSet
      ? feedbackInForce(await publishedPayloads<CanonicalFeedback>(this.db, 'feedback'))
      : null;
    const answer = this.compute(q, view, officialCards, feedbackItems);
    const parsed = TargetResponseSchema.parse({ ...answer, scorecardSet, feedbackSet });
    if (this.cache.size > 64) this.cache.clear();
    this.cache.set(JSON.stringify(q), parsed);
    return parsed;
  }

  private compute(
    q: TargetQuery,
    view: TableView,
    officialCards: readonly Scorecard[],
    feedback: readonly Feedback[] | null,
  ): Omit<TargetResponse, 'scorecardSet' | 'feedbackSet'> {
    const resolver = this.reads.unitResolver();
    const { asOf } = view.snapshot;
    const dataEnd = asOf === null ? Number.POSITIVE_INFINITY : startOfDay(asOf) + MS_PER_DAY;
    const channelKnown = view.table.channel.some((c) => c !== UNKNOWN_CHANNEL);
    const reportOf = (month: string) =>
      targetReport({
        month,
        table: view.table,
        units: view.units,
        resolver,
        dataEnd,
        channelKnown,
        feedback,
        officialCards,
      });
    const months = monthsEndingWith(q.month, q.months).map((month) => {
      const r = month === q.month ? null : reportOf(month);
      return { month, report: r };
    });
    const current = reportOf(q.month);
    const hasOfficialUpTo = (month: string) =>
      officialCards.some((c) => (lastMonthOf(c.period) ?? '') <= month);
    const comparison = current.comparison;
    return {
      month: q.month,
      version: indexVersionInfo(current.version),
      units: current.units.flatMap((u) => unitOf(u) ?? []),
      months: months.map(({ month, report }) => {
        const r = report ?? current;
        const estimateUsable =
          r.estimate.units > 0 && (hasOfficialUpTo(month) || r.estimate.incompleteLeftOut === 0);
        return {
          period: month,
          versionId: r.version.id,
          official: r.official === null ? null : summaryOf(r.official),
          estimate: estimateUsable ? summaryOf(r.estimate) : null,
        };
      }),
      accuracy:
        comparison.units.length === 0
          ? null
          : {
              units: comparison.units.length,
              totalMeanAbsoluteError:
                comparison.totalMeanAbsoluteError === null
                  ? null
                  : roundPoints(comparison.totalMeanAbsoluteError),
              groups: comparison.groups.map((g) => ({
                code: g.code,
                meanAbsoluteError: g.meanAbsoluteError === null ? null : roundPoints(g.meanAbsoluteError),
                units: g.units,
              })),
              sameGrade: comparison.units.filter((u) => u.sameGrade).length,
            },
      unmatched: current.unmatched.scorecardUnits,
      withoutScorecard: current.unmatched.dossierUnits,
      ...this.reads.provenance(view, monthPeriodOf(q.month)),
    };
  }
}
