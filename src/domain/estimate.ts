import { FEEDBACK_INDICATOR_MAX_POINTS, type FeedbackMetrics } from './feedback.ts';
import { gradeOf, type IndexGroup, type IndexVersion, lastMonthOf } from './index766.ts';
import type { Metrics } from './metrics.ts';
import { portalProgressScore, satisfactionScore766 } from './rates.ts';
import type { Scorecard } from './scorecard.ts';

/**
 * The live estimate of a unit's QĐ 766 score for one month (reference §5): the groups a dossier
 * export and a feedback export determine are computed, the rest are carried over from the unit's
 * last official scorecard. Always labelled `source: 'estimate'`, with the origin of every group.
 */

/** Where an estimated group's points come from. */
export type GroupProvenance =
  | { kind: 'dossiers' }
  | { kind: 'feedback' }
  | { kind: 'dossiers+feedback' }
  | { kind: 'official'; period: string }
  | { kind: 'missing' };

export function provenanceLabel(p: GroupProvenance): string {
  return p.kind === 'official' ? `official ${p.period}` : p.kind;
}

/** Online share that earns the online-service group's full marks (reference §5). */
export const ONLINE_FULL_MARKS_SHARE = 0.5;

export interface EstimateInput {
  version: IndexVersion;
  /** `yyyy-MM`. */
  period: string;
  unitId: string;
  unitName: string;
  unitCode?: string | null;
  /** The unit's dossier metrics for the month; null when the dossier export does not list the unit. */
  dossiers: Metrics | null;
  /**
   * Whether the dossier export has a channel column. Without it every new dossier is "unknown"
   * and the online share says nothing.
   */
  channelKnown: boolean;
  /**
   * The unit's feedback metrics for the month. `null` when no feedback export was given at all;
   * a unit absent from a given export had no feedback: pass `noFeedbackMetrics()` (full marks).
   */
  feedback: FeedbackMetrics | null;
  /** The unit's latest official scorecard up to this month (see `lastOfficialCard`), if any. */
  lastOfficial: Scorecard | null;
  /** yyyy-MM-dd the estimate reflects (the dossier export's as-of day). */
  asOf?: string | null;
}

export interface Estimate {
  scorecard: Scorecard;
  provenance: Readonly<Record<string, GroupProvenance>>;
  /** False when some group is missing: `total` then sums the known groups only. */
  complete: boolean;
  /** Period of the official card the carried-over groups come from. */
  officialPeriod: string | null;
  /** Set when that card was scored under another index version: its groups are used, not compared. */
  versionMismatch: { official: string; estimate: string } | null;
  /** The inputs of the computed groups, for the "how was this computed" panel. */
  parts: {
    progressScore: number | null;
    onlineShare: number | null;
    dossierSatisfactionScore: number | null;
    feedbackOnTimeScore: number | null;
    feedbackSatisfactionScore: number | null;
  };
}

/**
 * Computed indicators, by the codes of src/domain/index766.ts; each gives points within its own
 * maximum, or null without the data it needs.
 * - PROGRESS = portalProgressScore scaled to the indicator's maximum: 20 × the 766 progress ratio,
 *   and 0 when the ratio has no data — the estimate predicts the portal's published number, and the
 *   portal gives 0 to a unit with nothing received (reference §5; 49 rows of the real Phú Thọ
 *   data). Our own rate screens keep showing "no data" (progressScore766).
 * - ONLINE_FULL_PROCESS = max × min(1, online share of new dossiers / 50 %): the reference's proxy
 *   (full marks at ≥ 50 %), linear below it. The portal counts full-online dossiers of eligible
 *   procedures only, which an export does not tell. Needs a channel column and new dossiers.
 * - DOSSIER_RECEIVING_SATISFACTION = satisfactionScore766 (6).
 * - PETITION_PROCESSING_ON_TIME, PETITION_HANDLING_SATISFACTION = the feedback indicators (6 + 6).
 */
type Calculators = Readonly<Record<string, ((max: number) => number) | null>>;

/**
 * A group is computed only when the version lists indicators for all of its points and every one of
 * them can be computed (TDGQ; CLGQ; MDHL with both exports): an official card gives a group as one
 * number, so official and computed parts cannot be mixed. Every other group comes from the last
 * official card, capped at the group's maximum; without a card it is missing and left out of the
 * total.
 */
export function estimateScorecard(input: EstimateInput): Estimate {
  const { version, dossiers, lastOfficial, feedback } = input;
  const groups: Record<string, number | null> = {};
  const provenance: Record<string, GroupProvenance> = {};
  const versionMismatch =
    lastOfficial !== null && lastOfficial.versionId !== version.id
      ? { official: lastOfficial.versionId, estimate: version.id }
      : null;

  const progressScore = dossiers === null ? null : portalProgressScore(dossiers);
  const onlineShare =
    dossiers !== null && input.channelKnown && dossiers.new > 0 ? dossiers.newOnline / dossiers.new : null;
  const dossierSatisfactionScore = dossiers === null ? null : satisfactionScore766(dossiers);
  const scaled = (points: number | null | undefined, of: number) =>
    points === null || points === undefined ? null : (max: number) => (points / of) * max;
  const calculators: Calculators = {
    PROGRESS: scaled(progressScore, 20),
    ONLINE_FULL_PROCESS:
      onlineShare === null ? null : (max) => max * Math.min(1, onlineShare / ONLINE_FULL_MARKS_SHARE),
    DOSSIER_RECEIVING_SATISFACTION: scaled(dossierSatisfactionScore, 6),
    PETITION_PROCESSING_ON_TIME: scaled(feedback?.onTimeScore, FEEDBACK_INDICATOR_MAX_POINTS),
    PETITION_HANDLING_SATISFACTION: scaled(feedback?.satisfactionScore, FEEDBACK_INDICATOR_MAX_POINTS),
  };

  for (const group of version.groups) {
    const max = group.maxPoints;
    const computed = computeGroup(group, calculators);
    if (computed !== null) {
      groups[group.code] = clamp(computed.points, max);
      provenance[group.code] = { kind: computed.kind };
      continue;
    }
    const official = lastOfficial?.groups[group.code];
    if (lastOfficial !== null && official !== undefined && official !== null) {
      groups[group.code] = clamp(official, max);
      provenance[group.code] = { kind: 'official', period: lastOfficial.period };
    } else {
      groups[group.code] = null;
      provenance[group.code] = { kind: 'missing' };
    }
  }

  const known = Object.values(groups).filter((v): v is number => v !== null);
  const total = known.reduce((s, v) => s + v, 0);
  return {
    scorecard: {
      source: 'estimate',
      versionId: version.id,
      period: input.period,
      unitCode: input.unitCode ?? lastOfficial?.unitCode ?? null,
      unitName: input.unitName,
      unitId: input.unitId,
      groups,
      total,
      grade: gradeOf(total, version).id,
      rank: null,
      asOf: input.asOf ?? null,
    },
    provenance,
    complete: known.length === version.groups.length,
    officialPeriod: lastOfficial?.period ?? null,
    versionMismatch,
    parts: {
      progressScore,
      onlineShare,
      dossierSatisfactionScore,
      feedbackOnTimeScore: feedback?.onTimeScore ?? null,
      feedbackSatisfactionScore: feedback?.satisfactionScore ?? null,
    },
  };
}

function computeGroup(
  group: IndexGroup,
  calculators: Calculators,
): { points: number; kind: 'dossiers' | 'feedback' | 'dossiers+feedback' } | null {
  const indicators = group.indicators;
  if (indicators.length === 0) return null;
  if (indicators.reduce((s, i) => s + i.maxPoints, 0) !== group.maxPoints) return null;
  let points = 0;
  const sources = new Set<string>();
  for (const indicator of indicators) {
    const calculate = calculators[indicator.code];
    if (calculate === undefined || calculate === null || indicator.source === 'other') return null;
    points += clamp(calculate(indicator.maxPoints), indicator.maxPoints);
    sources.add(indicator.source);
  }
  const kind = sources.size > 1 ? 'dossiers+feedback' : sources.has('feedback') ? 'feedback' : 'dossiers';
  return { points, kind };
}

function clamp(points: number, max: number): number {
  return Math.min(max, Math.max(0, points));
}

/**
 * The unit's latest official card up to `month`: the one whose period ends last but not after the
 * month; on a tie a monthly card wins over a quarter- or year-to-date one, then the later asOf.
 */
export function lastOfficialCard(
  cards: readonly Scorecard[],
  unitId: string,
  month: string,
): Scorecard | null {
  let best: { card: Scorecard; end: string } | null = null;
  for (const card of cards) {
    if (card.source !== 'official' || card.unitId !== unitId) continue;
    const end = lastMonthOf(card.period);
    if (end === null || end > month) continue;
    if (best === null || isLater(card, end, best.card, best.end)) best = { card, end };
  }
  return best?.card ?? null;
}

function isLater(a: Scorecard, aEnd: string, b: Scorecard, bEnd: string): boolean {
  if (aEnd !== bEnd) return aEnd > bEnd;
  const aMonthly = a.period === aEnd;
  const bMonthly = b.period === bEnd;
  if (aMonthly !== bMonthly) return aMonthly;
  return (a.asOf ?? '') > (b.asOf ?? '');
}

export interface GroupComparison {
  code: string;
  /** Mean absolute error over the units where both cards have the group; null when none has. */
  meanAbsoluteError: number | null;
  units: number;
}

export interface UnitComparison {
  unitId: string | null;
  unitName: string;
  /** estimate − official per group (null where either is missing), and for the total. */
  differences: Record<string, number | null>;
  totalDifference: number;
  sameGrade: boolean;
}

export interface EstimateComparison {
  period: string | null;
  units: UnitComparison[];
  groups: GroupComparison[];
  totalMeanAbsoluteError: number | null;
  /** Pairs left out because the two cards were scored under different index versions. */
  skippedVersionMismatch: { unitName: string; estimate: string; official: string }[];
}

/**
 * Estimate vs official for the same period, per unit and as a mean absolute error per group and for
 * the total. Pairs from different index versions are not compared (reference §5); they are listed.
 */
export function compareWithOfficial(
  pairs: readonly { estimate: Scorecard; official: Scorecard }[],
  version: IndexVersion,
): EstimateComparison {
  const units: UnitComparison[] = [];
  const skippedVersionMismatch: EstimateComparison['skippedVersionMismatch'] = [];
  const sums = new Map<string, { sum: number; n: number }>(
    version.groups.map((g) => [g.code, { sum: 0, n: 0 }]),
  );
  let totalSum = 0;
  for (const { estimate, official } of pairs) {
    if (estimate.versionId !== official.versionId) {
      skippedVersionMismatch.push({
        unitName: estimate.unitName,
        estimate: estimate.versionId,
        official: official.versionId,
      });
      continue;
    }
    const differences: Record<string, number | null> = {};
    for (const g of version.groups) {
      const e = estimate.groups[g.code];
      const o = official.groups[g.code];
      if (e === undefined || e === null || o === undefined || o === null) {
        differences[g.code] = null;
        continue;
      }
      differences[g.code] = e - o;
      const acc = sums.get(g.code)!;
      acc.sum += Math.abs(e - o);
      acc.n++;
    }
    const totalDifference = estimate.total - official.total;
    totalSum += Math.abs(totalDifference);
    units.push({
      unitId: estimate.unitId,
      unitName: estimate.unitName,
      differences,
      totalDifference,
      sameGrade: estimate.grade === official.grade,
    });
  }
  return {
    period: pairs[0]?.official.period ?? null,
    units,
    groups: version.groups.map((g) => {
      const { sum, n } = sums.get(g.code)!;
      return { code: g.code, meanAbsoluteError: n === 0 ? null : sum / n, units: n };
    }),
    totalMeanAbsoluteError: units.length === 0 ? null : totalSum / units.length,
    skippedVersionMismatch,
  };
}
