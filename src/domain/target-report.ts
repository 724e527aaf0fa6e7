import {
  compareWithOfficial,
  type Estimate,
  type EstimateComparison,
  estimateScorecard,
  lastOfficialCard,
} from './estimate.ts';
import { type Feedback, type FeedbackMetrics, feedbackMetricsByUnit, noFeedbackMetrics } from './feedback.ts';
import { INDEX_766_PORTAL_2025, type IndexVersion, indexVersionFor } from './index766.ts';
import type { Metrics } from './metrics.ts';
import { monthPeriod, type Period } from './period.ts';
import type { Scorecard } from './scorecard.ts';
import type { DossierTable } from './table.ts';
import {
  progressSides,
  progressWhatItTakes,
  type TargetSummary,
  targetSummary,
  type UnitGap,
  unitGap,
  type WhatItTakes,
} from './target.ts';
import { isoDate, MS_PER_DAY, type WallTime } from './time.ts';
import { type UnitIndex, type UnitKey, unitMetrics } from './unit-metrics.ts';
import type { UnitGroup, UnitResolver } from './units.ts';

/**
 * One month of the "100 % Tốt" target, assembled from the dossier table, feedback items and
 * official scorecards: what the CLI's `target` prints and the server's target answer holds.
 */

/** The card with its registry unit: by name (folded, aliases), else by its code when the registry knows it. */
export function matchScorecardUnit(
  card: Scorecard,
  resolver: UnitResolver,
): { card: Scorecard; group: UnitGroup; registered: boolean } {
  let unit = resolver.resolve(card.unitName);
  if (unit.source !== 'registry' && card.unitCode !== null) {
    const byCode = resolver.resolve(card.unitCode);
    if (byCode.source === 'registry') unit = byCode;
  }
  return { card: { ...card, unitId: unit.id }, group: unit.group, registered: unit.source === 'registry' };
}

export interface TargetReportInput {
  /** yyyy-MM */
  month: string;
  table: DossierTable;
  units: UnitIndex;
  resolver: UnitResolver;
  /**
   * The end of the data (exclusive): dossiers pending then and due before the month's end can still
   * be resolved on time. Clipped to the month; the month's end when the month is over.
   */
  dataEnd: WallTime;
  /** Whether the dossier export had a channel column (the online share means something). */
  channelKnown: boolean;
  /** Feedback items; null when no feedback export was given at all. */
  feedback: readonly Feedback[] | null;
  /** Official cards of any period, unit ids not yet matched. */
  officialCards: readonly Scorecard[];
}

export interface TargetUnitReport {
  unitId: string;
  unitName: string;
  unitGroup: UnitGroup;
  official: Scorecard | null;
  estimate: Estimate | null;
  /**
   * The gap is taken on the official card of the month when there is one, else on a complete
   * estimate; null when neither exists (the unit cannot be placed against 80).
   */
  basis: 'official' | 'estimate' | null;
  gap: UnitGap | null;
  progress: (WhatItTakes & { recoverable: number; good: number; bad: number }) | null;
  feedback: FeedbackMetrics | null;
  dossiers: Metrics | null;
}

export interface TargetReport {
  month: string;
  version: IndexVersion;
  /** yyyy-MM-dd of the last day the data covers in the month. */
  asOf: string;
  /** Below Tốt first, the closest to 80 first (the quickest wins); then the rest by name. */
  units: TargetUnitReport[];
  official: TargetSummary | null;
  /** Over complete estimates only (a missing group would read as a low score). */
  estimate: TargetSummary & { incompleteLeftOut: number };
  comparison: EstimateComparison;
  unmatched: {
    /** Units named in the scorecards that neither the registry nor the dossiers know. */
    scorecardUnits: string[];
    /** Units with dossiers in the month but no official scorecard at all. */
    dossierUnits: string[];
  };
}

export function monthPeriodOf(month: string): Period {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return monthPeriod(year, mon);
}

export function targetReport(input: TargetReportInput): TargetReport {
  const { month, resolver, table, units: index } = input;
  const version: IndexVersion = indexVersionFor(month) ?? INDEX_766_PORTAL_2025;
  const period = monthPeriodOf(month);
  const dataEnd = Math.min(period.to, Math.max(period.from + MS_PER_DAY, input.dataEnd));
  const atEnd = unitMetrics(table, period, index, { withRankChange: false });
  // Overdue at the data's end vs at the month's end: the difference is still recoverable.
  const overdueAtDataEnd =
    dataEnd < period.to
      ? new Map(
          unitMetrics(table, { from: period.from, to: dataEnd }, index, { withRankChange: false }).map(
            (u) => [u.id, u.metrics.overdue],
          ),
        )
      : null;
  const feedbackByUnit =
    input.feedback === null ? null : feedbackMetricsByUnit(input.feedback, period, resolver);

  const dossierUnits = new Map<string, { key: UnitKey; metrics: Metrics }>(
    atEnd.map((u) => [u.id, { key: u, metrics: u.metrics }]),
  );
  const unitGroups = new Map<string, UnitGroup>();
  for (const u of index.units) unitGroups.set(u.id, u.group);
  const unmatchedScorecardUnits = new Set<string>();
  const officialCards: Scorecard[] = [];
  for (const raw of input.officialCards) {
    const { card, group, registered } = matchScorecardUnit(raw, resolver);
    officialCards.push(card);
    if (!unitGroups.has(card.unitId!)) {
      if (!registered) unmatchedScorecardUnits.add(card.unitName);
      unitGroups.set(card.unitId!, group);
    }
  }
  const officialOfMonth = new Map(officialCards.filter((c) => c.period === month).map((c) => [c.unitId!, c]));
  const unitsWithCards = new Set(officialCards.map((c) => c.unitId!));

  const estimates = new Map<string, Estimate>();
  for (const [id, { key, metrics }] of dossierUnits) {
    const fb = feedbackByUnit === null ? null : (feedbackByUnit.get(id)?.metrics ?? noFeedbackMetrics());
    estimates.set(
      id,
      estimateScorecard({
        version,
        period: month,
        unitId: id,
        unitName: key.name,
        dossiers: metrics,
        channelKnown: input.channelKnown,
        feedback: fb,
        lastOfficial: lastOfficialCard(officialCards, id, month),
        asOf: isoDate(dataEnd - 1),
      }),
    );
  }

  const ids = [...new Set([...dossierUnits.keys(), ...officialOfMonth.keys()])];
  const units = ids.map((id): TargetUnitReport => {
    const official = officialOfMonth.get(id) ?? null;
    const estimate = estimates.get(id) ?? null;
    const metrics = dossierUnits.get(id)?.metrics ?? null;
    // An incomplete estimate (no official card to carry the other groups from) sums only part of the
    // index: its "gap" would be a fiction, so such a unit has no basis and is listed apart.
    const usableEstimate = estimate?.complete ? estimate : null;
    const basisCard = official ?? usableEstimate?.scorecard ?? null;
    let progress: TargetUnitReport['progress'] = null;
    if (estimate !== null && metrics !== null) {
      const sides = progressSides(metrics);
      const recoverable =
        overdueAtDataEnd === null ? 0 : Math.max(0, metrics.overdue - (overdueAtDataEnd.get(id) ?? 0));
      const progressPoints = estimate.scorecard.groups.TDGQ ?? 0;
      progress = {
        ...progressWhatItTakes({
          otherPoints: estimate.scorecard.total - progressPoints,
          ...sides,
          recoverable,
        }),
        recoverable,
        ...sides,
      };
    }
    return {
      unitId: id,
      unitName: dossierUnits.get(id)?.key.name ?? official?.unitName ?? id,
      unitGroup: unitGroups.get(id) ?? 'other',
      official,
      estimate,
      basis: official !== null ? 'official' : usableEstimate !== null ? 'estimate' : null,
      gap: basisCard === null ? null : unitGap(basisCard, version),
      progress,
      feedback: feedbackByUnit === null ? null : (feedbackByUnit.get(id)?.metrics ?? noFeedbackMetrics()),
      dossiers: metrics,
    };
  });
  const below = (u: TargetUnitReport) => u.gap !== null && u.gap.gap > 0;
  units.sort(
    (a, b) =>
      Number(below(b)) - Number(below(a)) ||
      (below(a) ? a.gap!.gap - b.gap!.gap : 0) ||
      a.unitName.localeCompare(b.unitName, 'vi'),
  );

  const groupOfCard = (c: Scorecard) => unitGroups.get(c.unitId ?? '') ?? 'other';
  const complete = [...estimates.values()].filter((e) => e.complete).map((e) => e.scorecard);
  const pairs = [...estimates.values()].flatMap((e) => {
    const o = officialOfMonth.get(e.scorecard.unitId!);
    return o ? [{ estimate: e.scorecard, official: o }] : [];
  });
  const byName = (a: string, b: string) => a.localeCompare(b, 'vi');
  return {
    month,
    version,
    asOf: isoDate(dataEnd - 1),
    units,
    official:
      officialOfMonth.size === 0
        ? null
        : targetSummary(month, [...officialOfMonth.values()], groupOfCard, version),
    estimate: {
      ...targetSummary(month, complete, groupOfCard, version),
      incompleteLeftOut: estimates.size - complete.length,
    },
    comparison: compareWithOfficial(pairs, version),
    unmatched: {
      scorecardUnits: [...unmatchedScorecardUnits].sort(byName),
      dossierUnits: [...dossierUnits.values()]
        .filter((u) => !unitsWithCards.has(u.key.id))
        .map((u) => u.key.name)
        .sort(byName),
    },
  };
}
